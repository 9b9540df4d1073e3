package dev.autogen.op;

import dev.autogen.schema.CompositeTypeModel;
import dev.autogen.schema.QualifiedName;
import java.util.Objects;

/**
 * {@code DROP TYPE}, without {@code CASCADE}: it fails while a column or another type still uses the type.
 *
 * @param name     the type to drop
 * @param existing its definition, so the drop can be reversed; {@code null} when built from a name only
 */
public record DropCompositeTypeOp(QualifiedName name, CompositeTypeModel existing) implements MigrationOp {

  public DropCompositeTypeOp {
    Objects.requireNonNull(name, "name");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitDropCompositeType(this);
  }

  @Override
  public MigrationOp reverse() {
    if (existing == null) {
      throw new IrreversibleOpException("drop of composite type '" + name + "' does not carry its attributes");
    }
    return new CreateCompositeTypeOp(existing);
  }

  @Override
  public String description() {
    return "removed composite type '" + name + "'";
  }
}
