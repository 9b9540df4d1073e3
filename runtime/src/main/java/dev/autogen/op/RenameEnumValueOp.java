package dev.autogen.op;

import dev.autogen.schema.QualifiedName;
import java.util.Objects;

/**
 * {@code ALTER TYPE ... RENAME VALUE} (PostgreSQL 10 and later): rows holding the value keep it under its new name.
 *
 * @param confidence how sure the diff is that this is a rename rather than a removed and an added value: 1 when
 *                   written by hand; rendered as a {@code // REVIEW:} comment
 */
public record RenameEnumValueOp(QualifiedName type, String from, String to, double confidence) implements MigrationOp {

  public RenameEnumValueOp {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  /** A rename written by hand. */
  public RenameEnumValueOp(QualifiedName type, String from, String to) {
    this(type, from, to, 1.0);
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitRenameEnumValue(this);
  }

  @Override
  public MigrationOp reverse() {
    return new RenameEnumValueOp(type, to, from, confidence);
  }

  @Override
  public String description() {
    return "renamed value '" + from + "' of enum type '" + type + "' to '" + to + "'";
  }
}
