package dev.autogen.op;

import dev.autogen.schema.EnumTypeModel;
import dev.autogen.schema.QualifiedName;
import java.util.List;
import java.util.Objects;

/**
 * {@code ALTER TYPE ... ADD VALUE}. PostgreSQL cannot use the new value in the transaction that added it (before
 * version 12 it cannot add one inside a transaction block at all), so a generated revision holding this op is
 * declared {@code transactional = false}.
 *
 * <p>PostgreSQL cannot remove an enum value either: the reverse recreates the type without it, converting the
 * columns that use it, which is why the op carries the type as it was and those columns.
 *
 * @param type     the enum type
 * @param value    the new value
 * @param position where it goes; {@code null} appends it at the end
 * @param existing the type before the value is added; {@code null} when built from names only (not reversible)
 * @param columns  the columns of the type, which undoing the op converts; empty when built from names only
 */
public record AddEnumValueOp(
    QualifiedName type, String value, EnumValuePosition position, EnumTypeModel existing, List<EnumColumn> columns)
    implements MigrationOp {

  public AddEnumValueOp {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    columns = List.copyOf(columns);
    if (existing != null && !existing.name().equals(type)) {
      throw new IllegalArgumentException("addEnumValue names two types: " + type + " and " + existing.name());
    }
  }

  /** An added value as written by hand. */
  public AddEnumValueOp(QualifiedName type, String value, EnumValuePosition position) {
    this(type, value, position, null, List.of());
  }

  /** The type as it is after the value is added. */
  public EnumTypeModel added(EnumTypeModel before) {
    List<String> labels = before.labels();
    if (position == null) {
      return before.withLabelAt(labels.size(), value);
    }
    int neighbour = labels.indexOf(position.neighbour());
    if (neighbour < 0) {
      throw new IllegalStateException("enum type '" + type + "' has no value '" + position.neighbour() + "'");
    }
    return before.withLabelAt(position.before() ? neighbour : neighbour + 1, value);
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitAddEnumValue(this);
  }

  @Override
  public MigrationOp reverse() {
    if (existing == null) {
      throw new IrreversibleOpException("PostgreSQL cannot remove value '" + value + "' from enum type '" + type
          + "', and this addEnumValue does not carry the type's values to recreate it without");
    }
    return new RecreateEnumTypeOp(added(existing), existing, columns);
  }

  @Override
  public String description() {
    return "added value '" + value + "' to enum type '" + type + "'" + (position == null ? "" : " (" + position + ")");
  }
}
