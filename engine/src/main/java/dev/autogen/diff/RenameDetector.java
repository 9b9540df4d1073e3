package dev.autogen.diff;

import dev.autogen.op.RenameColumnOp;
import dev.autogen.op.RenameTableOp;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.ForeignKeyModel;
import dev.autogen.schema.IdentityGeneration;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.Renames;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import dev.autogen.schema.UniqueConstraintModel;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Proposes renames where a table or column disappears and one of exactly the same definition appears, and returns
 * the current schema as it is after them, so the rest of the diff compares like with like under the new names.
 * Constraint and index names are left alone: the comparators match those by definition.
 */
final class RenameDetector {

  private record ColumnDefinition(String type, boolean isNullable, String defaultExpression,
      IdentityGeneration identity) {
  }

  private record IndexDefinition(List<String> columns, boolean unique) {
  }

  private record ForeignKeyDefinition(List<String> columns, QualifiedName referencedTable,
      List<String> referencedColumns, ReferentialAction onDelete) {
  }

  /** A table apart from its name and the names of its constraints and indexes. */
  private record TableDefinition(String schema, Map<String, ColumnDefinition> columns, List<String> primaryKey,
      Set<List<String>> uniques, Set<IndexDefinition> indexes, Set<ForeignKeyDefinition> foreignKeys) {
  }

  private RenameDetector() {
  }

  static SchemaModel detect(SchemaModel current, SchemaModel target, double threshold, PlanBuilder plan) {
    SchemaModel renamed = renameTables(current, target, threshold, plan);
    Set<QualifiedName> currentNames = names(renamed);
    for (TableModel wanted : target.tables()) {
      if (currentNames.contains(wanted.name())) {
        renamed = renameColumns(renamed, renamed.table(wanted.name()).orElseThrow(), wanted, threshold, plan);
      }
    }
    return renamed;
  }

  private static SchemaModel renameTables(SchemaModel current, SchemaModel target, double threshold,
      PlanBuilder plan) {
    Set<QualifiedName> targetNames = names(target);
    Set<QualifiedName> currentNames = names(current);
    RenameMatcher.Result<TableModel> result = RenameMatcher.match(
        current.tables().stream().filter(table -> !targetNames.contains(table.name())).toList(),
        target.tables().stream().filter(table -> !currentNames.contains(table.name())).toList(),
        RenameDetector::definition, table -> table.name().name(), table -> "table '" + table.name() + "'",
        threshold);
    result.notes().forEach(plan::note);
    SchemaModel renamed = current;
    for (RenameMatcher.Rename<TableModel> rename : result.renames()) {
      QualifiedName from = rename.from().name();
      QualifiedName to = rename.to().name();
      plan.add(Phase.RENAME_TABLES, new RenameTableOp(from, to, rename.score()));
      renamed = rewrite(renamed, table -> Renames.renameTable(table, from, to));
    }
    return renamed;
  }

  private static SchemaModel renameColumns(SchemaModel schema, TableModel current, TableModel target,
      double threshold, PlanBuilder plan) {
    Set<String> targetColumns = columnNames(target);
    Set<String> currentColumns = columnNames(current);
    RenameMatcher.Result<ColumnModel> result = RenameMatcher.match(
        sortedByName(current.columns().stream().filter(column -> !targetColumns.contains(column.name())).toList()),
        sortedByName(target.columns().stream().filter(column -> !currentColumns.contains(column.name())).toList()),
        RenameDetector::definition, ColumnModel::name,
        column -> "column '" + current.name() + "." + column.name() + "'", threshold);
    result.notes().forEach(plan::note);
    SchemaModel renamed = schema;
    for (RenameMatcher.Rename<ColumnModel> rename : result.renames()) {
      String from = rename.from().name();
      String to = rename.to().name();
      plan.add(Phase.RENAME_COLUMNS, new RenameColumnOp(current.name(), from, to, rename.score()));
      renamed = rewrite(renamed, table -> Renames.renameColumn(table, current.name(), from, to));
    }
    return renamed;
  }

  private static ColumnDefinition definition(ColumnModel column) {
    return new ColumnDefinition(column.type().sql(), column.isNullable(), column.defaultExpression(),
        column.identityGeneration());
  }

  private static TableDefinition definition(TableModel table) {
    return new TableDefinition(
        table.name().schema(),
        table.columns().stream().collect(Collectors.toMap(ColumnModel::name, RenameDetector::definition)),
        table.primaryKey() == null ? List.of() : table.primaryKey().columns(),
        table.uniqueConstraints().stream().map(UniqueConstraintModel::columns).collect(Collectors.toSet()),
        table.indexes().stream().map(index -> new IndexDefinition(index.columns(), index.unique()))
            .collect(Collectors.toSet()),
        table.foreignKeys().stream().map(RenameDetector::definition).collect(Collectors.toSet()));
  }

  private static ForeignKeyDefinition definition(ForeignKeyModel foreignKey) {
    return new ForeignKeyDefinition(foreignKey.columns(), foreignKey.referencedTable(),
        foreignKey.referencedColumns(), foreignKey.onDelete());
  }

  private static SchemaModel rewrite(SchemaModel schema, Function<TableModel, TableModel> change) {
    return new SchemaModel(schema.tables().stream().map(change).toList(), schema.sequences(), List.of(),
        schema.enumTypes());
  }

  private static Set<QualifiedName> names(SchemaModel schema) {
    return schema.tables().stream().map(TableModel::name).collect(Collectors.toSet());
  }

  private static Set<String> columnNames(TableModel table) {
    return table.columns().stream().map(ColumnModel::name).collect(Collectors.toSet());
  }

  private static List<ColumnModel> sortedByName(List<ColumnModel> columns) {
    return columns.stream().sorted(Comparator.comparing(ColumnModel::name)).toList();
  }
}
