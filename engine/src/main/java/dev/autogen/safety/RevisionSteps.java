package dev.autogen.safety;

import dev.autogen.dialect.Dialect;
import dev.autogen.op.MigrationOp;
import dev.autogen.runtime.LoadedRevision;
import dev.autogen.runtime.Operations;
import java.util.ArrayList;
import java.util.List;

/** A revision's upgrade as steps: its ops and their statements, collected without a database as {@code --sql} does. */
public final class RevisionSteps {

  private RevisionSteps() {
  }

  public static List<PlannedStep> of(Dialect dialect, LoadedRevision revision) {
    List<MigrationOp> ops = new ArrayList<>();
    List<List<String>> statements = new ArrayList<>();
    Operations operations = new Operations(dialect, sql -> statements.get(statements.size() - 1).add(sql), op -> {
      ops.add(op);
      statements.add(new ArrayList<>());
    });
    revision.newInstance().upgrade(operations);
    return steps(ops, statements);
  }

  /** Steps of ops given as records (a plan just written). */
  public static List<PlannedStep> of(Dialect dialect, List<MigrationOp> ops) {
    List<List<String>> statements = new ArrayList<>();
    for (MigrationOp op : ops) {
      statements.add(dialect.sql(op));
    }
    return steps(ops, statements);
  }

  private static List<PlannedStep> steps(List<MigrationOp> ops, List<List<String>> statements) {
    List<PlannedStep> steps = new ArrayList<>();
    for (int i = 0; i < ops.size(); i++) {
      steps.add(new PlannedStep(i + 1, ops.get(i), statements.get(i)));
    }
    return steps;
  }
}
