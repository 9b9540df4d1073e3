package dev.autogen.command;

import dev.autogen.op.DropColumnOp;
import dev.autogen.op.DropTableOp;
import dev.autogen.op.MigrationOp;
import dev.autogen.op.RenameColumnOp;
import dev.autogen.op.RenameTableOp;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The renames a range of revisions makes, net, of the tables and columns that existed before it: what a squash
 * must rename too, where a diff of the two catalogs would only see a drop and an add (and lose the rows). A table or
 * column the range renames and later drops, or creates and renames, is none of them.
 */
final class RangeRenames {

  // current name -> name before the range, for tables and, per table's name before the range, columns
  private final Map<QualifiedName, QualifiedName> tables = new LinkedHashMap<>();
  private final Map<QualifiedName, Map<String, String>> columns = new HashMap<>();

  private RangeRenames(SchemaModel before) {
    for (TableModel table : before.tables()) {
      tables.put(table.name(), table.name());
      Map<String, String> names = new LinkedHashMap<>();
      table.columns().forEach(column -> names.put(column.name(), column.name()));
      columns.put(table.name(), names);
    }
  }

  /** The net renames of {@code ops} (the range's, in order) on {@code before}: tables first, then columns. */
  static List<MigrationOp> of(SchemaModel before, List<MigrationOp> ops) {
    RangeRenames renames = new RangeRenames(before);
    ops.forEach(renames::follow);
    return renames.net();
  }

  private void follow(MigrationOp op) {
    if (op instanceof RenameTableOp rename) {
      QualifiedName original = tables.remove(rename.from());
      if (original != null) {
        tables.put(rename.to(), original);
      }
    } else if (op instanceof DropTableOp drop) {
      tables.remove(drop.table());
    } else if (op instanceof RenameColumnOp rename) {
      Map<String, String> names = columnsOf(rename.table());
      String original = names.remove(rename.from());
      if (original != null) {
        names.put(rename.to(), original);
      }
    } else if (op instanceof DropColumnOp drop) {
      columnsOf(drop.table()).remove(drop.column());
    }
  }

  private Map<String, String> columnsOf(QualifiedName table) {
    QualifiedName original = tables.get(table);
    return original == null ? new HashMap<>() : columns.get(original);
  }

  private List<MigrationOp> net() {
    List<MigrationOp> renames = new ArrayList<>();
    tables.forEach((now, original) -> {
      if (!now.equals(original)) {
        renames.add(new RenameTableOp(original, now, 1.0));
      }
    });
    tables.forEach((now, original) -> columns.get(original).forEach((column, originalColumn) -> {
      if (!column.equals(originalColumn)) {
        renames.add(new RenameColumnOp(now, originalColumn, column, 1.0));
      }
    }));
    return renames;
  }
}
