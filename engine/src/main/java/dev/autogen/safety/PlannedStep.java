package dev.autogen.safety;

import dev.autogen.op.MigrationOp;
import java.util.List;

/** One op of a revision's upgrade, numbered from 1 as the file calls them, with the statements the dialect makes of it. */
public record PlannedStep(int number, MigrationOp op, List<String> statements) {

  public PlannedStep {
    statements = List.copyOf(statements);
  }
}
