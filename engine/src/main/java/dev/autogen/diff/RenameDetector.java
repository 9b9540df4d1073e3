package dev.autogen.diff;

import dev.autogen.op.RenameColumnOp;
import dev.autogen.op.RenameTableOp;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.ColumnOrdering;
import dev.autogen.schema.ForeignKeyModel;
import dev.autogen.schema.IdentityGeneration;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.Renames;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import dev.autogen.schema.UniqueConstraintModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Proposes renames where a table or column disappears and one of exactly the same definition appears, and returns
 * the current schema as it is after them, so the rest of the diff compares like with like under the new names.
 * Constraint and index names are left alone: the comparators match those by definition.
 */
final class RenameDetector {

  private record ColumnDefinition(String type, boolean isNullable, String defaultExpression,
      IdentityGeneration identity, String generationExpression) {
  }

  private record IndexDefinition(List<String> columns, boolean unique, List<ColumnOrdering> orderings) {
  }

  /** {@code referencedTable} is {@code null} for a reference to the table itself, which follows its rename. */
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
    Map<QualifiedName, TableModel> currentByName = renamed.tables().stream()
        .collect(Collectors.toMap(TableModel::name, Function.identity()));
    // A table's column renames depend on its own columns only, so all are found first and applied in one pass:
    // rewriting the whole schema after each would cost the number of renames times the number of tables.
    Map<QualifiedName, List<RenameColumnOp>> columnRenames = new HashMap<>();
    for (TableModel wanted : target.tables()) {
      TableModel existing = currentByName.get(wanted.name());
      if (existing != null) {
        List<RenameColumnOp> renames = renameColumns(existing, wanted, threshold, plan);
        if (!renames.isEmpty()) {
          columnRenames.put(wanted.name(), renames);
        }
      }
    }
    return columnRenames.isEmpty() ? renamed : rewrite(renamed, table -> {
      TableModel result = table;
      for (QualifiedName owner : tablesTouching(table, columnRenames.keySet())) {
        for (RenameColumnOp rename : columnRenames.get(owner)) {
          result = Renames.renameColumn(result, owner, rename.from(), rename.to());
        }
      }
      return result;
    });
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
    if (result.renames().isEmpty()) {
      return current;
    }
    Map<QualifiedName, QualifiedName> newNames = new HashMap<>();
    for (RenameMatcher.Rename<TableModel> rename : result.renames()) {
      QualifiedName from = rename.from().name();
      QualifiedName to = rename.to().name();
      plan.add(Phase.RENAME_TABLES, new RenameTableOp(from, to, rename.score()));
      newNames.put(from, to);
    }
    return rewrite(current, table -> {
      TableModel renamedTable = table;
      for (QualifiedName from : tablesTouching(table, newNames.keySet())) {
        renamedTable = Renames.renameTable(renamedTable, from, newNames.get(from));
      }
      return renamedTable;
    });
  }

  /** The column renames of one table, added to the plan; the schema is rewritten for them by the caller. */
  private static List<RenameColumnOp> renameColumns(TableModel current, TableModel target, double threshold,
      PlanBuilder plan) {
    Set<String> targetColumns = columnNames(target);
    Set<String> currentColumns = columnNames(current);
    RenameMatcher.Result<ColumnModel> result = RenameMatcher.match(
        sortedByName(current.columns().stream().filter(column -> !targetColumns.contains(column.name())).toList()),
        sortedByName(target.columns().stream().filter(column -> !currentColumns.contains(column.name())).toList()),
        RenameDetector::definition, ColumnModel::name,
        column -> "column '" + current.name() + "." + column.name() + "'", threshold);
    result.notes().forEach(plan::note);
    List<RenameColumnOp> renames = new ArrayList<>();
    for (RenameMatcher.Rename<ColumnModel> rename : result.renames()) {
      RenameColumnOp op = new RenameColumnOp(current.name(), rename.from().name(), rename.to().name(),
          rename.score());
      plan.add(Phase.RENAME_COLUMNS, op);
      renames.add(op);
    }
    return renames;
  }

  /** The renamed tables whose names {@code table} holds: its own, and those its foreign keys reference. */
  private static Set<QualifiedName> tablesTouching(TableModel table, Set<QualifiedName> renamedTables) {
    Set<QualifiedName> touching = new TreeSet<>();
    if (renamedTables.contains(table.name())) {
      touching.add(table.name());
    }
    for (ForeignKeyModel foreignKey : table.foreignKeys()) {
      if (renamedTables.contains(foreignKey.referencedTable())) {
        touching.add(foreignKey.referencedTable());
      }
    }
    return touching;
  }

  private static ColumnDefinition definition(ColumnModel column) {
    return new ColumnDefinition(column.type().sql(), column.isNullable(), column.defaultExpression(),
        column.identityGeneration(), column.generationExpression());
  }

  private static TableDefinition definition(TableModel table) {
    return new TableDefinition(
        table.name().schema(),
        table.columns().stream().collect(Collectors.toMap(ColumnModel::name, RenameDetector::definition)),
        table.primaryKey() == null ? List.of() : table.primaryKey().columns(),
        table.uniqueConstraints().stream().map(UniqueConstraintModel::columns).collect(Collectors.toSet()),
        table.indexes().stream()
            .map(index -> new IndexDefinition(index.columns(), index.unique(), index.orderings()))
            .collect(Collectors.toSet()),
        table.foreignKeys().stream().map(foreignKey -> definition(table.name(), foreignKey))
            .collect(Collectors.toSet()));
  }

  private static ForeignKeyDefinition definition(QualifiedName owner, ForeignKeyModel foreignKey) {
    QualifiedName referenced = foreignKey.referencedTable().equals(owner) ? null : foreignKey.referencedTable();
    return new ForeignKeyDefinition(foreignKey.columns(), referenced, foreignKey.referencedColumns(),
        foreignKey.onDelete());
  }

  private static SchemaModel rewrite(SchemaModel schema, Function<TableModel, TableModel> change) {
    return schema.withTables(schema.tables().stream().map(change).toList());
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
