package dev.autogen.diff;

import dev.autogen.op.AddColumnOp;
import dev.autogen.op.AlterColumnOp;
import dev.autogen.op.DropColumnOp;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.TableModel;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Columns, matched by name; their order is ignored, as PostgreSQL cannot reorder columns anyway.
 *
 * <p>Defaults and generation expressions are compared as text: both sides must hold PostgreSQL's spelling of them
 * ({@code 'x'::character varying}), which {@code ExpressionCanonicalizer} gives the entities' side. Whether a column
 * owns the sequence its default calls (a serial) is not compared: the entities never say so, and it only tells how to
 * undo a change.
 */
final class ColumnComparator implements ElementComparator {

  @Override
  public void compare(TableModel current, TableModel target, PlanBuilder plan) {
    Map<String, ColumnModel> currentByName = byName(current.columns());
    Map<String, ColumnModel> targetByName = byName(target.columns());
    for (ColumnModel wanted : sortedByName(target.columns())) {
      ColumnModel existing = currentByName.get(wanted.name());
      if (existing == null) {
        plan.add(Phase.ADD_COLUMNS, new AddColumnOp(target.name(), wanted));
      } else if (differs(existing, wanted)) {
        plan.add(Phase.ALTER_COLUMNS, new AlterColumnOp(target.name(), existing, wanted));
      }
    }
    for (ColumnModel existing : sortedByName(current.columns())) {
      if (!targetByName.containsKey(existing.name())) {
        plan.add(Phase.DROP_COLUMNS, new DropColumnOp(current.name(), existing.name(), existing));
      }
    }
  }

  private static boolean differs(ColumnModel existing, ColumnModel wanted) {
    return !existing.type().equals(wanted.type())
        || !Objects.equals(existing.collation(), wanted.collation())
        || existing.isNullable() != wanted.isNullable()
        || existing.identityGeneration() != wanted.identityGeneration()
        || !Objects.equals(existing.defaultExpression(), wanted.defaultExpression())
        || !Objects.equals(existing.generationExpression(), wanted.generationExpression())
        || !Objects.equals(existing.comment(), wanted.comment());
  }

  private static Map<String, ColumnModel> byName(List<ColumnModel> columns) {
    Map<String, ColumnModel> byName = new HashMap<>();
    columns.forEach(column -> byName.put(column.name(), column));
    return byName;
  }

  private static List<ColumnModel> sortedByName(List<ColumnModel> columns) {
    return columns.stream().sorted(Comparator.comparing(ColumnModel::name)).toList();
  }
}
