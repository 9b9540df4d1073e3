package dev.autogen.diff;

import dev.autogen.op.DropForeignKeyOp;
import dev.autogen.schema.ForeignKeyModel;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * PostgreSQL refuses to drop a primary key that a foreign key references. Before a key changes, every foreign key
 * referencing its columns is dropped and taken out of the current schema, so the {@link ForeignKeyComparator} adds
 * it back, after the new key exists, if the target still declares it.
 */
final class PrimaryKeyChanges {

  private PrimaryKeyChanges() {
  }

  static SchemaModel releaseReferencingForeignKeys(SchemaModel current, SchemaModel target, PlanBuilder plan) {
    Map<QualifiedName, TableModel> targetTables = target.tables().stream()
        .collect(Collectors.toMap(TableModel::name, Function.identity()));
    Map<QualifiedName, Set<String>> changedKeys = current.tables().stream()
        .filter(table -> table.primaryKey() != null && targetTables.containsKey(table.name())
            && PrimaryKeyComparator.changed(table, targetTables.get(table.name())))
        .collect(Collectors.toMap(TableModel::name, table -> Set.copyOf(table.primaryKey().columns())));
    if (changedKeys.isEmpty()) {
      return current;
    }
    List<TableModel> tables = new ArrayList<>();
    for (TableModel table : current.tables()) {
      List<ForeignKeyModel> kept = new ArrayList<>();
      for (ForeignKeyModel foreignKey : sortedByName(table.foreignKeys())) {
        Set<String> key = changedKeys.get(foreignKey.referencedTable());
        if (key != null && key.equals(Set.copyOf(foreignKey.referencedColumns()))) {
          plan.add(Phase.DROP_FOREIGN_KEYS, new DropForeignKeyOp(table.name(), foreignKey.name(), foreignKey));
        } else {
          kept.add(foreignKey);
        }
      }
      tables.add(table.withForeignKeys(kept));
    }
    return current.withTables(tables);
  }

  private static List<ForeignKeyModel> sortedByName(List<ForeignKeyModel> foreignKeys) {
    return foreignKeys.stream().sorted(Comparator.comparing(ForeignKeyModel::name)).toList();
  }
}
