package dev.autogen.safety;

import dev.autogen.dialect.LockFacts;
import java.util.List;

/** A step as measured: each of its statements, and their effects taken together. */
public record MeasuredStep(PlannedStep step, List<MeasuredStatement> statements, LockFacts facts) {

  public MeasuredStep {
    statements = List.copyOf(statements);
  }
}
