package dev.autogen.safety;

import java.util.List;

/** What {@code lint} found in the revisions it read, in graph order. */
public record LintReport(List<RevisionReport> revisions, boolean measured) {

  public LintReport {
    revisions = List.copyOf(revisions);
  }

  public List<Finding> findings() {
    return revisions.stream().flatMap(revision -> revision.findings().stream()).toList();
  }

  /** Whether a finding is an error: {@code lint} then exits non-zero. */
  public boolean hasErrors() {
    return findings().stream().anyMatch(finding -> finding.severity() == Severity.ERROR);
  }
}
