package dev.autogen.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A whole database schema as autogen compares it: the same record whether it was read from entities or from a
 * live database. Tables are kept sorted by name so equal schemas are equal records.
 */
public record SchemaModel(List<TableModel> tables) {

  public static final SchemaModel EMPTY = new SchemaModel(List.of());

  public SchemaModel {
    tables = tables.stream().sorted(Comparator.comparing(TableModel::name)).toList();
  }

  public Optional<TableModel> table(QualifiedName name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst();
  }
}
