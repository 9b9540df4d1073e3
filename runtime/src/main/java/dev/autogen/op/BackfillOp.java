package dev.autogen.op;

import dev.autogen.schema.QualifiedName;
import java.util.Objects;

/**
 * A backfill not written yet: the existing rows of {@code table} need a value in {@code column} before it can be
 * made {@code NOT NULL}, and only the author of the migration knows which. {@code revision --safe} writes it at the
 * start of {@code upgrade()}, where it stops the upgrade before any statement runs, until the data steps are written
 * and the op deleted. No SQL: it changes no schema, and there is nothing to undo.
 */
public record BackfillOp(QualifiedName table, String column) implements MigrationOp {

  public BackfillOp {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitBackfill(this);
  }

  /** Itself; {@link MigrationPlan} leaves it out of a downgrade. */
  @Override
  public MigrationOp reverse() {
    return this;
  }

  @Override
  public boolean leavesNothingToUndo() {
    return true;
  }

  @Override
  public String description() {
    return "backfill of column '" + table + "." + column + "' to write";
  }

  /** What stops the upgrade while the backfill is not written. */
  public String unwrittenMessage() {
    return "the backfill of '" + table + "." + column + "' is not written (the upgrade stopped before its first"
        + " statement): give every existing row a value with data steps (op.update) after the column is added, then"
        + " delete op.backfill(...) from upgrade()";
  }
}
