package dev.autogen.safety;

import java.util.List;

/** A linted revision: each step with its costs, and the rules its steps break. */
public record RevisionReport(String revision, String message, String file, List<StepReport> steps,
    List<Finding> findings) {

  public RevisionReport {
    steps = List.copyOf(steps);
    findings = List.copyOf(findings);
  }
}
