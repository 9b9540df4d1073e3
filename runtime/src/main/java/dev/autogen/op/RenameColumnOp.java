package dev.autogen.op;

import dev.autogen.schema.QualifiedName;
import java.util.Objects;

/**
 * {@code ALTER TABLE ... RENAME COLUMN}: keeps the column's data, unlike a drop and an add.
 *
 * @param confidence how sure the diff is that a rename was meant, in [0, 1]; 1 for a rename written by hand
 */
public record RenameColumnOp(QualifiedName table, String from, String to, double confidence) implements MigrationOp {

  public RenameColumnOp {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    requireConfidence(confidence);
  }

  /** A rename asked for by name: certain. */
  public RenameColumnOp(QualifiedName table, String from, String to) {
    this(table, from, to, 1.0);
  }

  static void requireConfidence(double confidence) {
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
    }
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitRenameColumn(this);
  }

  @Override
  public MigrationOp reverse() {
    return new RenameColumnOp(table, to, from, confidence);
  }

  @Override
  public String description() {
    return "renamed column '" + table + "." + from + "' to '" + table + "." + to + "'";
  }
}
