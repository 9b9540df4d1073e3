package dev.autogen.schema;

import java.util.List;
import java.util.Objects;

/**
 * A {@code UNIQUE} constraint (not to be confused with the unique index PostgreSQL builds to back it).
 *
 * @param name    constraint name
 * @param columns columns in constraint order
 */
public record UniqueConstraintModel(String name, List<String> columns) implements TableElement {

  public UniqueConstraintModel {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
  }
}
