package dev.autogen.op;

import dev.autogen.schema.QualifiedName;
import java.util.Objects;

/**
 * {@code ALTER TABLE ... RENAME TO}: keeps the rows, unlike a drop and a create.
 *
 * @param from       the table's current name
 * @param to         its new name, in the same schema (PostgreSQL cannot move a table by renaming it)
 * @param confidence how sure the diff is that a rename was meant, in [0, 1]; 1 for a rename written by hand
 */
public record RenameTableOp(QualifiedName from, QualifiedName to, double confidence) implements MigrationOp {

  public RenameTableOp {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!Objects.equals(from.schema(), to.schema())) {
      throw new IllegalArgumentException("cannot rename '" + from + "' to '" + to + "': not the same schema");
    }
    RenameColumnOp.requireConfidence(confidence);
  }

  /** A rename asked for by name: certain. */
  public RenameTableOp(QualifiedName from, QualifiedName to) {
    this(from, to, 1.0);
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitRenameTable(this);
  }

  @Override
  public MigrationOp reverse() {
    return new RenameTableOp(to, from, confidence);
  }

  @Override
  public String description() {
    return "renamed table '" + from + "' to '" + to + "'";
  }
}
