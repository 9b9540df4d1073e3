package dev.autogen.schema;

import java.util.List;
import java.util.Objects;

/**
 * A primary key.
 *
 * @param name    the constraint name, or {@code null} to let PostgreSQL name it {@code <table>_pkey}
 * @param columns key columns in key order
 */
public record PrimaryKeyModel(String name, List<String> columns) implements TableElement {

  public PrimaryKeyModel {
    columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
  }
}
