package dev.autogen.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A whole database schema as autogen compares it: the same record whether it was read from entities or from a
 * live database. Tables, sequences, enum and composite types are kept sorted by name so equal schemas are equal records.
 *
 * @param tables    the tables
 * @param sequences the standalone sequences (not those owned by identity or serial columns)
 * @param schemas   the named schemas (never the default one): those given, plus every schema a table, sequence or
 *                  type is named in, so a schema holding nothing yet is kept and a model never names a missing
 *                  one
 * @param enumTypes the enum types ({@code CREATE TYPE ... AS ENUM})
 * @param compositeTypes the composite types ({@code CREATE TYPE ... AS (...)})
 */
public record SchemaModel(
    List<TableModel> tables, List<SequenceModel> sequences, List<String> schemas, List<EnumTypeModel> enumTypes,
    List<CompositeTypeModel> compositeTypes) {

  public static final SchemaModel EMPTY = new SchemaModel(List.of(), List.of());

  public SchemaModel {
    tables = tables.stream().sorted(Comparator.comparing(TableModel::name)).toList();
    sequences = sequences.stream().sorted(Comparator.comparing(SequenceModel::name)).toList();
    enumTypes = enumTypes.stream().sorted(Comparator.comparing(EnumTypeModel::name)).toList();
    compositeTypes = compositeTypes.stream().sorted(Comparator.comparing(CompositeTypeModel::name)).toList();
    Stream<String> used = Stream.of(
        tables.stream().map(table -> table.name().schema()),
        sequences.stream().map(sequence -> sequence.name().schema()),
        enumTypes.stream().map(type -> type.name().schema()),
        compositeTypes.stream().map(type -> type.name().schema())).flatMap(names -> names);
    schemas = Stream.concat(schemas.stream(), used).filter(Objects::nonNull).distinct().sorted().toList();
  }

  /** A schema without composite types. */
  public SchemaModel(
      List<TableModel> tables, List<SequenceModel> sequences, List<String> schemas, List<EnumTypeModel> enumTypes) {
    this(tables, sequences, schemas, enumTypes, List.of());
  }

  /** A schema without enum or composite types. */
  public SchemaModel(List<TableModel> tables, List<SequenceModel> sequences, List<String> schemas) {
    this(tables, sequences, schemas, List.of());
  }

  /** A schema of tables and sequences, in the schemas they are named in. */
  public SchemaModel(List<TableModel> tables, List<SequenceModel> sequences) {
    this(tables, sequences, List.of());
  }

  /** A schema of tables only. */
  public SchemaModel(List<TableModel> tables) {
    this(tables, List.of());
  }

  /** This model also naming {@code moreSchemas}. */
  public SchemaModel withSchemas(List<String> moreSchemas) {
    return new SchemaModel(tables, sequences, Stream.concat(schemas.stream(), moreSchemas.stream()).toList(),
        enumTypes, compositeTypes);
  }

  /** This model with {@code newTables} instead of its tables; sequences, named schemas and types kept. */
  public SchemaModel withTables(List<TableModel> newTables) {
    return new SchemaModel(newTables, sequences, schemas, enumTypes, compositeTypes);
  }

  /** This model with {@code types} as its enum types. */
  public SchemaModel withEnumTypes(List<EnumTypeModel> types) {
    return new SchemaModel(tables, sequences, schemas, types, compositeTypes);
  }

  /** This model with {@code types} as its composite types. */
  public SchemaModel withCompositeTypes(List<CompositeTypeModel> types) {
    return new SchemaModel(tables, sequences, schemas, enumTypes, types);
  }

  public Optional<CompositeTypeModel> compositeType(QualifiedName name) {
    return compositeTypes.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  public Optional<EnumTypeModel> enumType(QualifiedName name) {
    return enumTypes.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  public Optional<TableModel> table(QualifiedName name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  public Optional<SequenceModel> sequence(QualifiedName name) {
    return sequences.stream().filter(s -> s.name().equals(name)).findFirst();
  }
}
