package dev.autogen.op;

import dev.autogen.schema.CheckConstraintModel;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.CompositeTypeModel;
import dev.autogen.schema.EnumTypeModel;
import dev.autogen.schema.ForeignKeyModel;
import dev.autogen.schema.IndexModel;
import dev.autogen.schema.PrimaryKeyModel;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.Renames;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.SequenceModel;
import dev.autogen.schema.TableModel;
import dev.autogen.schema.UniqueConstraintModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Applies ops to a {@link SchemaModel} without a database: what a diff is checked against (applying the upgrade to
 * the current model must give the target) and what a migration history can be replayed on.
 *
 * <p>It is as strict as PostgreSQL without {@code CASCADE}: an op that names a missing table, column or constraint,
 * adds one that exists, or drops a table or column something still depends on fails with an
 * {@link IllegalStateException} naming the object. That strictness is what lets a test prove an op order valid.
 */
public final class ModelInterpreter implements OpVisitor<Void> {

  private final Map<QualifiedName, TableModel> tables = new HashMap<>();
  private final Map<QualifiedName, SequenceModel> sequences = new HashMap<>();
  private final Set<String> schemas = new HashSet<>();
  private final Map<QualifiedName, EnumTypeModel> enumTypes = new HashMap<>();
  private final Map<QualifiedName, CompositeTypeModel> compositeTypes = new HashMap<>();

  private ModelInterpreter(SchemaModel model) {
    schemas.addAll(model.schemas());
    for (TableModel table : model.tables()) {
      tables.put(table.name(), table);
    }
    for (SequenceModel sequence : model.sequences()) {
      sequences.put(sequence.name(), sequence);
    }
    for (EnumTypeModel type : model.enumTypes()) {
      enumTypes.put(type.name(), type);
    }
    for (CompositeTypeModel type : model.compositeTypes()) {
      compositeTypes.put(type.name(), type);
    }
  }

  /** The model after running {@code ops} in order. */
  public static SchemaModel apply(SchemaModel model, List<MigrationOp> ops) {
    ModelInterpreter interpreter = new ModelInterpreter(model);
    for (MigrationOp op : ops) {
      op.accept(interpreter);
    }
    return new SchemaModel(List.copyOf(interpreter.tables.values()), List.copyOf(interpreter.sequences.values()),
        List.copyOf(interpreter.schemas), List.copyOf(interpreter.enumTypes.values()),
        List.copyOf(interpreter.compositeTypes.values()));
  }

  @Override
  public Void visitCreateTable(CreateTableOp op) {
    TableModel table = op.table();
    if (tables.containsKey(table.name())) {
      throw new IllegalStateException("cannot create table '" + table.name() + "': it exists");
    }
    requireSchema(table.name());
    requireDistinctNames(table);
    // Put first so a foreign key may reference its own table.
    tables.put(table.name(), table);
    if (table.primaryKey() != null) {
      requireColumns(table, table.primaryKey().columns(), "primary key");
    }
    table.uniqueConstraints().forEach(unique -> requireColumns(table, unique.columns(), unique.name()));
    table.indexes().forEach(index -> requireColumns(table, index.columns(), index.name()));
    table.foreignKeys().forEach(foreignKey -> requireReferences(table, foreignKey));
    return null;
  }

  @Override
  public Void visitDropTable(DropTableOp op) {
    TableModel table = table(op.table());
    for (TableModel other : tables.values()) {
      for (ForeignKeyModel foreignKey : other.foreignKeys()) {
        if (!other.name().equals(table.name()) && foreignKey.referencedTable().equals(table.name())) {
          throw new IllegalStateException("cannot drop table '" + table.name() + "': foreign key '"
              + foreignKey.name() + "' on '" + other.name() + "' references it");
        }
      }
    }
    tables.remove(table.name());
    return null;
  }

  @Override
  public Void visitAddColumn(AddColumnOp op) {
    TableModel table = table(op.table());
    if (table.column(op.column().name()).isPresent()) {
      throw new IllegalStateException("cannot add column '" + op.table() + "." + op.column().name() + "': it exists");
    }
    tables.put(table.name(), table.withColumns(appended(table.columns(), op.column())));
    return null;
  }

  @Override
  public Void visitDropColumn(DropColumnOp op) {
    TableModel table = table(op.table());
    requireColumn(table, op.column());
    requireUnused(table, op.column());
    tables.put(table.name(), table.withColumns(
        table.columns().stream().filter(column -> !column.name().equals(op.column())).toList()));
    return null;
  }

  @Override
  public Void visitAlterColumn(AlterColumnOp op) {
    TableModel table = table(op.table());
    requireColumn(table, op.column());
    List<ColumnModel> columns = new ArrayList<>(table.columns().stream()
        .map(column -> column.name().equals(op.column()) ? op.to() : column)
        .toList());
    if (op.recreatesColumn()) {
      // dropped and added again, it comes last, as in the catalog
      columns.removeIf(column -> column.name().equals(op.column()));
      columns.add(op.to());
    }
    tables.put(table.name(), table.withColumns(columns));
    return null;
  }

  @Override
  public Void visitAddForeignKey(AddForeignKeyOp op) {
    TableModel table = table(op.table());
    requireUnusedName(table, op.foreignKey().name());
    requireReferences(table, op.foreignKey());
    tables.put(table.name(), table.withForeignKeys(appended(table.foreignKeys(), op.foreignKey())));
    return null;
  }

  @Override
  public Void visitDropForeignKey(DropForeignKeyOp op) {
    TableModel table = table(op.table());
    tables.put(table.name(), table.withForeignKeys(
        withoutNamed(table, table.foreignKeys(), ForeignKeyModel::name, op.name(), "foreign key")));
    return null;
  }

  @Override
  public Void visitAddUniqueConstraint(AddUniqueConstraintOp op) {
    TableModel table = table(op.table());
    UniqueConstraintModel constraint = op.constraint();
    requireUnusedName(table, constraint.name());
    requireColumns(table, constraint.columns(), constraint.name());
    tables.put(table.name(), table.withUniqueConstraints(appended(table.uniqueConstraints(), constraint)));
    return null;
  }

  @Override
  public Void visitDropUniqueConstraint(DropUniqueConstraintOp op) {
    TableModel table = table(op.table());
    tables.put(table.name(), table.withUniqueConstraints(
        withoutNamed(table, table.uniqueConstraints(), UniqueConstraintModel::name, op.name(), "unique constraint")));
    return null;
  }

  @Override
  public Void visitCreateIndex(CreateIndexOp op) {
    TableModel table = table(op.table());
    IndexModel index = op.index();
    requireUnusedName(table, index.name());
    requireColumns(table, index.columns(), index.name());
    tables.put(table.name(), table.withIndexes(appended(table.indexes(), index)));
    return null;
  }

  @Override
  public Void visitDropIndex(DropIndexOp op) {
    TableModel table = table(op.table());
    tables.put(table.name(), table.withIndexes(
        withoutNamed(table, table.indexes(), IndexModel::name, op.name(), "index")));
    return null;
  }

  @Override
  public Void visitCreateSequence(CreateSequenceOp op) {
    SequenceModel sequence = op.sequence();
    if (sequences.containsKey(sequence.name())) {
      throw new IllegalStateException("cannot create sequence '" + sequence.name() + "': it exists");
    }
    requireSchema(sequence.name());
    sequences.put(sequence.name(), sequence);
    return null;
  }

  @Override
  public Void visitDropSequence(DropSequenceOp op) {
    requireSequence(op.name());
    sequences.remove(op.name());
    return null;
  }

  @Override
  public Void visitAlterSequence(AlterSequenceOp op) {
    requireSequence(op.to().name());
    sequences.put(op.to().name(), op.to());
    return null;
  }

  @Override
  public Void visitCreateSchema(CreateSchemaOp op) {
    if (!schemas.add(op.name())) {
      throw new IllegalStateException("cannot create schema '" + op.name() + "': it exists");
    }
    return null;
  }

  @Override
  public Void visitDropSchema(DropSchemaOp op) {
    if (!schemas.contains(op.name())) {
      throw new IllegalStateException("no schema '" + op.name() + "'");
    }
    Stream.of(tables.keySet().stream(), sequences.keySet().stream(), enumTypes.keySet().stream(),
            compositeTypes.keySet().stream())
        .flatMap(names -> names)
        .filter(name -> op.name().equals(name.schema()))
        .findFirst()
        .ifPresent(name -> {
          throw new IllegalStateException("cannot drop schema '" + op.name() + "': '" + name + "' is in it");
        });
    schemas.remove(op.name());
    return null;
  }

  @Override
  public Void visitSetTableComment(SetTableCommentOp op) {
    TableModel table = table(op.table());
    tables.put(table.name(), table.withComment(op.to()));
    return null;
  }

  @Override
  public Void visitCreateEnumType(CreateEnumTypeOp op) {
    EnumTypeModel type = op.type();
    if (enumTypes.containsKey(type.name())) {
      throw new IllegalStateException("cannot create enum type '" + type.name() + "': it exists");
    }
    requireSchema(type.name());
    enumTypes.put(type.name(), type);
    return null;
  }

  /** Without {@code CASCADE}: PostgreSQL refuses to drop a type a column still uses, and so does the model. */
  @Override
  public Void visitDropEnumType(DropEnumTypeOp op) {
    EnumTypeModel type = enumType(op.name());
    for (TableModel table : tables.values()) {
      for (ColumnModel column : table.columns()) {
        if (type.isTypeOf(column.type())) {
          throw new IllegalStateException("cannot drop enum type '" + op.name() + "': column '" + table.name() + "."
              + column.name() + "' uses it");
        }
      }
    }
    enumTypes.remove(op.name());
    return null;
  }

  @Override
  public Void visitAddEnumValue(AddEnumValueOp op) {
    EnumTypeModel type = enumType(op.type());
    if (type.labels().contains(op.value())) {
      throw new IllegalStateException("cannot add value '" + op.value() + "' to enum type '" + op.type()
          + "': it exists");
    }
    enumTypes.put(type.name(), op.added(type));
    return null;
  }

  @Override
  public Void visitRenameEnumValue(RenameEnumValueOp op) {
    EnumTypeModel type = enumType(op.type());
    if (!type.labels().contains(op.from())) {
      throw new IllegalStateException("enum type '" + op.type() + "' has no value '" + op.from() + "'");
    }
    if (type.labels().contains(op.to())) {
      throw new IllegalStateException("cannot rename value '" + op.from() + "' of enum type '" + op.type() + "' to '"
          + op.to() + "': it exists");
    }
    enumTypes.put(type.name(), type.withLabels(type.labels().stream()
        .map(label -> label.equals(op.from()) ? op.to() : label)
        .toList()));
    return null;
  }

  /** The op names every column it converts: a column of the type it leaves out would keep the dropped type. */
  @Override
  public Void visitRecreateEnumType(RecreateEnumTypeOp op) {
    EnumTypeModel type = enumType(op.from().name());
    if (!type.equals(op.from())) {
      throw new IllegalStateException("enum type '" + type.name() + "' has values " + type.labels() + ", not "
          + op.from().labels());
    }
    Set<String> converted = new HashSet<>();
    op.columns().forEach(column -> converted.add(column.table() + "." + column.column()));
    for (TableModel table : tables.values()) {
      for (ColumnModel column : table.columns()) {
        if (type.isTypeOf(column.type()) && !converted.remove(table.name() + "." + column.name())) {
          throw new IllegalStateException("recreating enum type '" + type.name() + "' leaves out column '"
              + table.name() + "." + column.name() + "'");
        }
      }
    }
    if (!converted.isEmpty()) {
      throw new IllegalStateException("recreating enum type '" + type.name() + "' names columns not of the type: "
          + converted);
    }
    enumTypes.put(type.name(), op.to());
    return null;
  }

  @Override
  public Void visitExecute(ExecuteOp op) {
    throw new UnsupportedOperationException("raw SQL cannot be applied to a schema model: " + op.sql());
  }

  @Override
  public Void visitRenameTable(RenameTableOp op) {
    table(op.from());
    if (tables.containsKey(op.to())) {
      throw new IllegalStateException("cannot rename table '" + op.from() + "' to '" + op.to() + "': it exists");
    }
    List<TableModel> renamed = tables.values().stream()
        .map(table -> Renames.renameTable(table, op.from(), op.to()))
        .toList();
    replaceAll(renamed);
    return null;
  }

  @Override
  public Void visitRenameColumn(RenameColumnOp op) {
    TableModel owner = table(op.table());
    requireColumn(owner, op.from());
    if (owner.column(op.to()).isPresent()) {
      throw new IllegalStateException("cannot rename column '" + op.table() + "." + op.from() + "' to '" + op.to()
          + "': it exists");
    }
    replaceAll(tables.values().stream()
        .map(table -> Renames.renameColumn(table, op.table(), op.from(), op.to()))
        .toList());
    return null;
  }

  @Override
  public Void visitAddPrimaryKey(AddPrimaryKeyOp op) {
    TableModel table = table(op.table());
    PrimaryKeyModel primaryKey = op.primaryKey();
    if (table.primaryKey() != null) {
      throw new IllegalStateException("cannot add a primary key to '" + table.name() + "': it has one");
    }
    if (primaryKey.name() != null) {
      requireUnusedName(table, primaryKey.name());
    }
    requireColumns(table, primaryKey.columns(), "primary key");
    tables.put(table.name(), table.withPrimaryKey(primaryKey));
    return null;
  }

  /** A key declared without a name carries PostgreSQL's implicit one, which is what a drop names. */
  @Override
  public Void visitDropPrimaryKey(DropPrimaryKeyOp op) {
    TableModel table = table(op.table());
    PrimaryKeyModel primaryKey = table.primaryKey();
    boolean named = primaryKey != null && (primaryKey.name() == null
        ? AddPrimaryKeyOp.isImplicitName(table.name(), op.name()) : op.name().equals(primaryKey.name()));
    if (!named) {
      throw new IllegalStateException("no primary key '" + op.name() + "' on '" + table.name() + "'");
    }
    Set<String> keyColumns = Set.copyOf(primaryKey.columns());
    for (TableModel other : tables.values()) {
      for (ForeignKeyModel foreignKey : other.foreignKeys()) {
        if (foreignKey.referencedTable().equals(table.name())
            && Set.copyOf(foreignKey.referencedColumns()).equals(keyColumns)) {
          throw new IllegalStateException("cannot drop primary key '" + op.name() + "' on '" + table.name()
              + "': foreign key '" + foreignKey.name() + "' on '" + other.name() + "' references it");
        }
      }
    }
    tables.put(table.name(), table.withPrimaryKey(null));
    return null;
  }

  private void replaceAll(List<TableModel> renamed) {
    tables.clear();
    renamed.forEach(table -> tables.put(table.name(), table));
  }

  public Void visitAddCheckConstraint(AddCheckConstraintOp op) {
    TableModel table = table(op.table());
    requireUnusedName(table, op.constraint().name());
    tables.put(table.name(), table.withChecks(appended(table.checks(), op.constraint())));
    return null;
  }

  @Override
  public Void visitDropCheckConstraint(DropCheckConstraintOp op) {
    TableModel table = table(op.table());
    tables.put(table.name(), table.withChecks(
        withoutNamed(table, table.checks(), CheckConstraintModel::name, op.name(), "check constraint")));
    return null;
  }

  /** The schema stays as it is; the constraint must be there, a foreign key or a check. */
  @Override
  public Void visitValidateConstraint(ValidateConstraintOp op) {
    TableModel table = table(op.table());
    boolean present = table.foreignKeys().stream().anyMatch(fk -> fk.name().equals(op.name()))
        || table.checks().stream().anyMatch(check -> op.name().equals(check.name()));
    if (!present) {
      throw new IllegalStateException("no foreign key or check constraint '" + op.name() + "' on '" + op.table()
          + "' to validate");
    }
    return null;
  }

  /** Rows only: it comes before the column it fills is added, on a table that exists. */
  @Override
  public Void visitBackfill(BackfillOp op) {
    table(op.table());
    return null;
  }

  private TableModel table(QualifiedName name) {
    TableModel table = tables.get(name);
    if (table == null) {
      throw new IllegalStateException("no table '" + name + "'");
    }
    return table;
  }

  @Override
  public Void visitCreateCompositeType(CreateCompositeTypeOp op) {
    CompositeTypeModel type = op.type();
    if (compositeTypes.containsKey(type.name()) || enumTypes.containsKey(type.name())) {
      throw new IllegalStateException("cannot create composite type '" + type.name() + "': a type of the name exists");
    }
    requireSchema(type.name());
    compositeTypes.put(type.name(), type);
    return null;
  }

  /** Without {@code CASCADE}: PostgreSQL refuses to drop a type a column or another type uses, and so does the model. */
  @Override
  public Void visitDropCompositeType(DropCompositeTypeOp op) {
    CompositeTypeModel type = compositeType(op.name());
    for (TableModel table : tables.values()) {
      for (ColumnModel column : table.columns()) {
        if (type.isTypeOf(column.type())) {
          throw new IllegalStateException("cannot drop composite type '" + op.name() + "': column '" + table.name()
              + "." + column.name() + "' uses it");
        }
      }
    }
    for (CompositeTypeModel other : compositeTypes.values()) {
      if (!other.name().equals(type.name()) && other.uses(type)) {
        throw new IllegalStateException("cannot drop composite type '" + op.name() + "': composite type '"
            + other.name() + "' uses it");
      }
    }
    compositeTypes.remove(op.name());
    return null;
  }

  /** A recreate names every column it converts: a column of the type it leaves out would keep the dropped type. */
  @Override
  public Void visitAlterCompositeType(AlterCompositeTypeOp op) {
    CompositeTypeModel type = compositeType(op.from().name());
    if (!type.equals(op.from())) {
      throw new IllegalStateException("composite type '" + type.name() + "' has attributes " + type.attributes()
          + ", not " + op.from().attributes());
    }
    if (!op.inPlace()) {
      Set<String> converted = new HashSet<>();
      op.columns().forEach(column -> converted.add(column.table() + "." + column.column()));
      for (TableModel table : tables.values()) {
        for (ColumnModel column : table.columns()) {
          if (type.isTypeOf(column.type()) && !converted.remove(table.name() + "." + column.name())) {
            throw new IllegalStateException("recreating composite type '" + type.name() + "' leaves out column '"
                + table.name() + "." + column.name() + "'");
          }
        }
      }
      if (!converted.isEmpty()) {
        throw new IllegalStateException("recreating composite type '" + type.name()
            + "' names columns not of the type: " + converted);
      }
    }
    compositeTypes.put(type.name(), op.to());
    return null;
  }

  private CompositeTypeModel compositeType(QualifiedName name) {
    CompositeTypeModel type = compositeTypes.get(name);
    if (type == null) {
      throw new IllegalStateException("no composite type '" + name + "'");
    }
    return type;
  }

  /** A table or sequence can only be created in the default schema or in one that exists. */
  private void requireSchema(QualifiedName name) {
    if (name.schema() != null && !schemas.contains(name.schema())) {
      throw new IllegalStateException("cannot create '" + name + "': no schema '" + name.schema() + "'");
    }
  }

  private EnumTypeModel enumType(QualifiedName name) {
    EnumTypeModel type = enumTypes.get(name);
    if (type == null) {
      throw new IllegalStateException("no enum type '" + name + "'");
    }
    return type;
  }

  private void requireSequence(QualifiedName name) {
    if (!sequences.containsKey(name)) {
      throw new IllegalStateException("no sequence '" + name + "'");
    }
  }

  private static void requireColumn(TableModel table, String name) {
    if (table.column(name).isEmpty()) {
      throw new IllegalStateException("no column '" + table.name() + "." + name + "'");
    }
  }

  private static void requireColumns(TableModel table, List<String> columns, String usedBy) {
    for (String column : columns) {
      if (table.column(column).isEmpty()) {
        throw new IllegalStateException(
            "'" + usedBy + "' on '" + table.name() + "' names missing column '" + column + "'");
      }
    }
  }

  private void requireReferences(TableModel table, ForeignKeyModel foreignKey) {
    requireColumns(table, foreignKey.columns(), foreignKey.name());
    TableModel referenced = tables.get(foreignKey.referencedTable());
    if (referenced == null) {
      throw new IllegalStateException("foreign key '" + foreignKey.name() + "' on '" + table.name()
          + "' references missing table '" + foreignKey.referencedTable() + "'");
    }
    requireColumns(referenced, foreignKey.referencedColumns(), foreignKey.name());
  }

  /** Constraint and index names share one namespace per table here, as constraint names do in PostgreSQL. */
  private static Set<String> usedNames(TableModel table) {
    Set<String> names = new HashSet<>();
    if (table.primaryKey() != null && table.primaryKey().name() != null) {
      names.add(table.primaryKey().name());
    }
    table.uniqueConstraints().forEach(unique -> names.add(unique.name()));
    table.indexes().forEach(index -> names.add(index.name()));
    table.foreignKeys().forEach(foreignKey -> names.add(foreignKey.name()));
    table.checks().forEach(check -> names.add(check.name()));
    return names;
  }

  private static void requireUnusedName(TableModel table, String name) {
    if (usedNames(table).contains(name)) {
      throw new IllegalStateException("cannot add '" + name + "' on '" + table.name() + "': the name is taken");
    }
  }

  private static void requireDistinctNames(TableModel table) {
    Set<String> columns = new HashSet<>();
    for (ColumnModel column : table.columns()) {
      if (!columns.add(column.name())) {
        throw new IllegalStateException("table '" + table.name() + "' declares column '" + column.name() + "' twice");
      }
    }
    int constraintCount = table.uniqueConstraints().size() + table.indexes().size() + table.foreignKeys().size()
        + table.checks().size()
        + (table.primaryKey() != null && table.primaryKey().name() != null ? 1 : 0);
    if (usedNames(table).size() != constraintCount) {
      throw new IllegalStateException("table '" + table.name() + "' declares a constraint or index name twice");
    }
  }

  /** PostgreSQL would silently drop a dependent index or constraint with the column; a model must not. */
  private void requireUnused(TableModel table, String column) {
    if (table.primaryKey() != null && table.primaryKey().columns().contains(column)) {
      throw dependedOn(table, column, "the primary key");
    }
    for (UniqueConstraintModel unique : table.uniqueConstraints()) {
      if (unique.columns().contains(column)) {
        throw dependedOn(table, column, "unique constraint '" + unique.name() + "'");
      }
    }
    for (IndexModel index : table.indexes()) {
      if (index.columns().contains(column)) {
        throw dependedOn(table, column, "index '" + index.name() + "'");
      }
    }
    for (TableModel other : tables.values()) {
      for (ForeignKeyModel foreignKey : other.foreignKeys()) {
        boolean referencing = other.name().equals(table.name()) && foreignKey.columns().contains(column);
        boolean referenced = foreignKey.referencedTable().equals(table.name())
            && foreignKey.referencedColumns().contains(column);
        if (referencing || referenced) {
          throw dependedOn(table, column, "foreign key '" + foreignKey.name() + "' on '" + other.name() + "'");
        }
      }
    }
  }

  private static IllegalStateException dependedOn(TableModel table, String column, String dependent) {
    return new IllegalStateException(
        "cannot drop column '" + table.name() + "." + column + "': " + dependent + " uses it");
  }

  private static <T> List<T> appended(List<T> list, T element) {
    List<T> copy = new ArrayList<>(list);
    copy.add(element);
    return copy;
  }

  private static <T> List<T> withoutNamed(
      TableModel table, List<T> elements, Function<T, String> nameOf, String name, String kind) {
    List<T> remaining = elements.stream().filter(element -> !nameOf.apply(element).equals(name)).toList();
    if (remaining.size() == elements.size()) {
      throw new IllegalStateException("no " + kind + " '" + name + "' on '" + table.name() + "'");
    }
    return remaining;
  }
}
