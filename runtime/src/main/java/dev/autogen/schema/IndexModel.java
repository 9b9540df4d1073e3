package dev.autogen.schema;

import java.util.List;
import java.util.Objects;

/**
 * An index that does not back a constraint.
 *
 * @param name    index name
 * @param columns indexed columns in index order
 * @param unique  whether it is a {@code UNIQUE} index
 */
public record IndexModel(String name, List<String> columns, boolean unique) implements TableElement {

  public IndexModel {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
  }
}
