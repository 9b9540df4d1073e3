package dev.autogen.introspect;

import dev.autogen.schema.CheckConstraintModel;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.CompositeTypeModel;
import dev.autogen.schema.EnumTypeModel;
import dev.autogen.schema.ForeignKeyModel;
import dev.autogen.schema.IndexModel;
import dev.autogen.schema.PrimaryKeyModel;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.SequenceModel;
import dev.autogen.schema.TableModel;
import dev.autogen.schema.UniqueConstraintModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Groups catalog rows into tables by relation oid, in one pass over each result, whatever the number of tables.
 * Rows of tables that were not added (excluded by name) are ignored. Sequences stand alone and are kept as read,
 * unless excluded by name as tables are, and so do enum and composite types.
 */
final class SchemaAssembler {

  private final String currentSchema;
  private final BiPredicate<String, String> excluded;
  private final Map<Long, TableParts> tables = new HashMap<>();
  private final List<SequenceModel> sequences = new ArrayList<>();
  private final List<EnumTypeModel> enumTypes = new ArrayList<>();
  private final List<CompositeTypeModel> compositeTypes = new ArrayList<>();
  private final List<String> schemas = new ArrayList<>();
  private final List<IntrospectionNote> notes = new ArrayList<>();
  private final List<UnmanagedObject> unmanaged = new ArrayList<>();
  private final SortedSet<String> keptSchemas = new TreeSet<>();
  private final List<QualifiedName> partitionedTables = new ArrayList<>();
  private final List<OutsideUse> outsideUses = new ArrayList<>();
  private final List<PartitionedUse> partitionedUses = new ArrayList<>();

  /**
   * @param currentSchema the connection's {@code current_schema()}, whose tables are named without a schema; may be
   *                      {@code null} when the search path names no existing schema
   * @param excluded      which tables and sequences to leave out, given their schema and name
   */
  SchemaAssembler(String currentSchema, BiPredicate<String, String> excluded) {
    this.currentSchema = currentSchema;
    this.excluded = excluded;
  }

  /** A named schema that exists; the current schema is the default one, which the model does not name. */
  void addSchema(String schema) {
    if (!schema.equals(currentSchema)) {
      schemas.add(schema);
    }
  }

  void addUnmanaged(UnmanagedRow row) {
    unmanaged.add(new UnmanagedObject(row.kind(), qualify(row.schema(), row.name())));
    keep(row.schema());
  }

  void addTable(TableRow row) {
    if (excluded.test(row.schema(), row.name())) {
      keep(row.schema());
    } else {
      QualifiedName name = qualify(row.schema(), row.name());
      tables.put(row.oid(), new TableParts(name, row.comment()));
      if (row.partitioned()) {
        partitionedTables.add(name);
      }
    }
  }

  void addColumn(ColumnRow row) {
    table(row.tableOid()).ifPresent(table -> table.columns.add(row.toModel()));
  }

  void addConstraint(ConstraintRow row) {
    table(row.tableOid()).ifPresent(table -> {
      switch (row.type()) {
        case "p":
          table.primaryKey = new PrimaryKeyModel(row.name(), row.columns());
          break;
        case "u":
          table.uniqueConstraints.add(new UniqueConstraintModel(row.name(), row.columns()));
          break;
        case "f":
          table.foreignKeys.add(new ForeignKeyModel(
              row.name(),
              row.columns(),
              qualify(row.referencedSchema(), row.referencedTable()),
              row.referencedColumns(),
              row.onDeleteAction()));
          break;
        case "c":
          table.checks.add(new CheckConstraintModel(row.name(), row.checkExpression()));
          break;
        default:
          throw new IllegalStateException("unexpected contype '" + row.type() + "' of constraint " + row.name());
      }
    });
  }

  void addIndex(IndexRow row) {
    table(row.tableOid()).ifPresent(table -> row.unsupportedFeature().ifPresentOrElse(
        feature -> table.note(row.name(), feature + " left out: the model cannot represent it"),
        () -> table.indexes.add(row.toModel())));
  }

  void addSequence(SequenceRow row) {
    if (excluded.test(row.schema(), row.name())) {
      keep(row.schema());
    } else {
      sequences.add(new SequenceModel(qualify(row.schema(), row.name()), row.start(), row.increment()));
    }
  }

  void addEnumType(EnumTypeRow row) {
    if (excluded.test(row.schema(), row.name())) {
      keep(row.schema());
    } else {
      enumTypes.add(new EnumTypeModel(qualify(row.schema(), row.name()), row.labels()));
    }
  }

  void addCompositeType(CompositeTypeRow row) {
    if (excluded.test(row.schema(), row.name())) {
      keep(row.schema());
    } else {
      compositeTypes.add(new CompositeTypeModel(qualify(row.schema(), row.name()), row.attributes()));
    }
  }

  /**
   * A use of an enum type, composite type or sequence: kept when the user is not a table or composite type this
   * model holds (read and not excluded), since the diff never sees it and would drop what it uses.
   */
  void addUse(OutsideUseRow row) {
    boolean managed = row.relationOid() != null && ("c".equals(row.relationKind())
        ? compositeTypes.stream().anyMatch(type -> type.name().equals(
            qualify(row.relationSchema(), row.relationName())))
        : tables.containsKey(row.relationOid()));
    OutsideUse use = new OutsideUse(row.kind(), qualify(row.schema(), row.name()), row.description());
    if (!managed) {
      outsideUses.add(use);
    } else if (!"c".equals(row.relationKind())) {
      QualifiedName table = tables.get(row.relationOid()).name;
      if (partitionedTables.contains(table)) {
        // outside too, should the target not map the partitioned table
        partitionedUses.add(new PartitionedUse(table, use));
      }
    }
  }

  /** A schema holding something the model leaves out, which dropping the schema would fail on (or take along). */
  private void keep(String schema) {
    if (!schema.equals(currentSchema)) {
      keptSchemas.add(schema);
    }
  }

  IntrospectionResult result() {
    List<TableModel> models = tables.values().stream().map(TableParts::toModel).toList();
    List<IntrospectionNote> sortedNotes = notes.stream()
        .sorted(Comparator.comparing(IntrospectionNote::table).thenComparing(IntrospectionNote::objectName))
        .toList();
    return new IntrospectionResult(new SchemaModel(models, sequences, schemas, enumTypes, compositeTypes), sortedNotes,
        unmanaged, List.copyOf(keptSchemas), partitionedTables, outsideUses, partitionedUses);
  }

  private Optional<TableParts> table(long oid) {
    return Optional.ofNullable(tables.get(oid));
  }

  private QualifiedName qualify(String schema, String name) {
    return new QualifiedName(schema.equals(currentSchema) ? null : schema, name);
  }

  /** One table's parts as they arrive; lists are sorted by name when the model is built. */
  private final class TableParts {
    private final QualifiedName name;
    private final List<ColumnModel> columns = new ArrayList<>();
    private final List<UniqueConstraintModel> uniqueConstraints = new ArrayList<>();
    private final List<IndexModel> indexes = new ArrayList<>();
    private final List<ForeignKeyModel> foreignKeys = new ArrayList<>();
    private final List<CheckConstraintModel> checks = new ArrayList<>();
    private final String comment;
    private PrimaryKeyModel primaryKey;

    TableParts(QualifiedName name, String comment) {
      this.name = name;
      this.comment = comment;
    }

    void note(String objectName, String message) {
      notes.add(new IntrospectionNote(name, objectName, message));
    }

    TableModel toModel() {
      return new TableModel(
          name,
          columns,
          primaryKey,
          sorted(uniqueConstraints, UniqueConstraintModel::name),
          sorted(indexes, IndexModel::name),
          sorted(foreignKeys, ForeignKeyModel::name),
          sorted(checks, CheckConstraintModel::name),
          comment);
    }

    private <T> List<T> sorted(List<T> elements, Function<T, String> name) {
      return elements.stream().sorted(Comparator.comparing(name)).toList();
    }
  }
}
