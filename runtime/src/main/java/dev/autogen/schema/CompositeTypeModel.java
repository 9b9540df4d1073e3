package dev.autogen.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A PostgreSQL composite type ({@code CREATE TYPE postal_address AS (city varchar(255), zip varchar(10))}), such as
 * Hibernate creates for an embeddable annotated {@code @Struct}.
 *
 * @param name       qualified name, as stored
 * @param attributes the attributes in their order: a value of the type is read and written by position, so two
 *                   types with the same attributes in another order differ
 */
public record CompositeTypeModel(QualifiedName name, List<CompositeAttribute> attributes) {

  public CompositeTypeModel {
    Objects.requireNonNull(name, "name");
    attributes = List.copyOf(attributes);
    Set<String> names = new HashSet<>();
    for (CompositeAttribute attribute : attributes) {
      if (!names.add(attribute.name())) {
        throw new IllegalArgumentException("composite type " + name + " has attribute " + attribute.name()
            + " twice");
      }
    }
  }

  public static CompositeTypeModel of(QualifiedName name, CompositeAttribute... attributes) {
    return new CompositeTypeModel(name, List.of(attributes));
  }

  public Optional<CompositeAttribute> attribute(String attributeName) {
    return attributes.stream().filter(attribute -> attribute.name().equals(attributeName)).findFirst();
  }

  /** Whether a column (or an attribute) of {@code type} holds this type, or an array of it. */
  public boolean isTypeOf(ColumnType type) {
    return UserTypeName.names(type, name);
  }

  /** Whether one of the attributes is of {@code other} (or an array of it): this type depends on that one. */
  public boolean uses(CompositeTypeModel other) {
    return attributes.stream().anyMatch(attribute -> other.isTypeOf(attribute.type()));
  }

  /**
   * {@code types} in their order, except that a type comes after every type of its attributes: the order to create
   * them in (and, reversed, to drop them in).
   */
  public static List<CompositeTypeModel> dependenciesFirst(List<CompositeTypeModel> types) {
    List<CompositeTypeModel> ordered = new ArrayList<>();
    Set<QualifiedName> visited = new HashSet<>();
    for (CompositeTypeModel type : types) {
      visit(type, types, visited, ordered);
    }
    return ordered;
  }

  private static void visit(CompositeTypeModel type, List<CompositeTypeModel> all, Set<QualifiedName> visited,
      List<CompositeTypeModel> ordered) {
    if (!visited.add(type.name())) {
      return;
    }
    for (CompositeTypeModel other : all) {
      if (!other.name().equals(type.name()) && type.uses(other)) {
        visit(other, all, visited, ordered);
      }
    }
    ordered.add(type);
  }

  /** Whether {@code type} is an array type ({@code postal_address[]}). */
  public static boolean isArray(ColumnType type) {
    return UserTypeName.isArray(type);
  }
}
