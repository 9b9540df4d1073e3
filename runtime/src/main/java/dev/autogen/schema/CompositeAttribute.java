package dev.autogen.schema;

import java.util.Objects;

/**
 * An attribute of a composite type.
 *
 * @param name the name as stored (case-exact)
 * @param type its type, canonical as a column's ({@code character varying(255)}, another composite type's name)
 */
public record CompositeAttribute(String name, ColumnType type) {

  public CompositeAttribute {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }
}
