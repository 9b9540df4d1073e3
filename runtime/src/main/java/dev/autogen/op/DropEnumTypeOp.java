package dev.autogen.op;

import dev.autogen.schema.EnumTypeModel;
import dev.autogen.schema.QualifiedName;
import java.util.Objects;

/**
 * {@code DROP TYPE}, without {@code CASCADE}: it fails while a column still uses the type.
 *
 * @param name     the type to drop
 * @param existing its definition, so the drop can be reversed; {@code null} when built from a name only
 */
public record DropEnumTypeOp(QualifiedName name, EnumTypeModel existing) implements MigrationOp {

  public DropEnumTypeOp {
    Objects.requireNonNull(name, "name");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitDropEnumType(this);
  }

  @Override
  public MigrationOp reverse() {
    if (existing == null) {
      throw new IrreversibleOpException("drop of enum type '" + name + "' does not carry its values");
    }
    return new CreateEnumTypeOp(existing);
  }

  @Override
  public String description() {
    return "removed enum type '" + name + "'";
  }
}
