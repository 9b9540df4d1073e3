package dev.autogen.diff;

import dev.autogen.op.AddForeignKeyOp;
import dev.autogen.op.CreateTableOp;
import dev.autogen.op.DropForeignKeyOp;
import dev.autogen.op.DropTableOp;
import dev.autogen.op.SetTableCommentOp;
import dev.autogen.schema.ForeignKeyModel;
import dev.autogen.schema.TableModel;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One table name on either side: created, dropped, or compared element by element.
 *
 * <p>Foreign keys of created and dropped tables become ops of their own, so tables that reference each other can be
 * created and dropped in any order, and a dropped table's keys are recreated by the downgrade after every table they
 * reference exists again.
 */
final class TableComparator {

  private static final List<ElementComparator> ELEMENT_COMPARATORS = List.of(
      new ColumnComparator(),
      new PrimaryKeyComparator(),
      new UniqueConstraintComparator(),
      new IndexComparator(),
      new ForeignKeyComparator(),
      new CheckConstraintComparator());

  private TableComparator() {
  }

  /** Either side may be {@code null}: the table is then being created or dropped. */
  static void compare(TableModel current, TableModel target, PlanBuilder plan) {
    if (current == null) {
      plan.add(Phase.CREATE_TABLES, new CreateTableOp(target.withForeignKeys(List.of())));
      for (ForeignKeyModel foreignKey : sortedByName(target.foreignKeys())) {
        plan.add(Phase.ADD_FOREIGN_KEYS, new AddForeignKeyOp(target.name(), foreignKey));
      }
    } else if (target == null) {
      for (ForeignKeyModel foreignKey : sortedByName(current.foreignKeys())) {
        plan.add(Phase.DROP_FOREIGN_KEYS, new DropForeignKeyOp(current.name(), foreignKey.name(), foreignKey));
      }
      plan.add(Phase.DROP_TABLES, new DropTableOp(current.name(), current.withForeignKeys(List.of())));
    } else {
      if (!Objects.equals(current.comment(), target.comment())) {
        plan.add(Phase.SET_TABLE_COMMENTS, new SetTableCommentOp(target.name(), current.comment(), target.comment()));
      }
      for (ElementComparator comparator : ELEMENT_COMPARATORS) {
        comparator.compare(current, target, plan);
      }
    }
  }

  private static List<ForeignKeyModel> sortedByName(List<ForeignKeyModel> foreignKeys) {
    return foreignKeys.stream().sorted(Comparator.comparing(ForeignKeyModel::name)).toList();
  }
}
