package dev.autogen.verify;

import java.util.List;

/** The revisions {@code verify} went through, in order; it stops at the first failure. */
public record VerifyReport(List<RevisionVerification> revisions) {

  public VerifyReport {
    revisions = List.copyOf(revisions);
  }

  public boolean ok() {
    return revisions.stream().allMatch(RevisionVerification::ok);
  }
}
