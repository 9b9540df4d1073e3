package dev.autogen.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A PostgreSQL enum type ({@code CREATE TYPE mood AS ENUM ('sad', 'ok')}), such as Hibernate creates for an enum
 * mapped with {@code @JdbcTypeCode(SqlTypes.NAMED_ENUM)}.
 *
 * @param name   qualified name, as stored
 * @param labels the values in their sort order, as stored (case-sensitive); distinct
 */
public record EnumTypeModel(QualifiedName name, List<String> labels) {

  public EnumTypeModel {
    Objects.requireNonNull(name, "name");
    labels = List.copyOf(labels);
    if (new HashSet<>(labels).size() != labels.size()) {
      throw new IllegalArgumentException("enum type " + name + " lists a value twice: " + labels);
    }
  }

  public static EnumTypeModel of(QualifiedName name, String... labels) {
    return new EnumTypeModel(name, List.of(labels));
  }

  public EnumTypeModel withLabels(List<String> newLabels) {
    return new EnumTypeModel(name, newLabels);
  }

  /** These labels with {@code label} inserted at {@code index}. */
  public EnumTypeModel withLabelAt(int index, String label) {
    List<String> copy = new ArrayList<>(labels);
    copy.add(index, label);
    return withLabels(copy);
  }

  /** Whether a column of {@code type} holds this enum, or an array of it. */
  public boolean isTypeOf(ColumnType type) {
    return UserTypeName.names(type, name);
  }
}
