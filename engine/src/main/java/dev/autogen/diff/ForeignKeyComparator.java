package dev.autogen.diff;

import dev.autogen.op.AddForeignKeyOp;
import dev.autogen.op.DropForeignKeyOp;
import dev.autogen.schema.ForeignKeyModel;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.TableModel;
import java.util.List;

/** Foreign keys, matched by what they link and their {@code ON DELETE} action. */
final class ForeignKeyComparator implements ElementComparator {

  private record Definition(
      List<String> columns, QualifiedName referencedTable, List<String> referencedColumns,
      ReferentialAction onDelete) {
  }

  @Override
  public void compare(TableModel current, TableModel target, PlanBuilder plan) {
    DefinitionMatcher.Unmatched<ForeignKeyModel> unmatched = DefinitionMatcher.match(
        current.foreignKeys(), target.foreignKeys(), ForeignKeyComparator::definition, ForeignKeyModel::name);
    for (ForeignKeyModel removed : unmatched.removed()) {
      plan.add(Phase.DROP_FOREIGN_KEYS, new DropForeignKeyOp(current.name(), removed.name(), removed));
    }
    for (ForeignKeyModel added : unmatched.added()) {
      plan.add(Phase.ADD_FOREIGN_KEYS, new AddForeignKeyOp(target.name(), added));
    }
  }

  private static Definition definition(ForeignKeyModel foreignKey) {
    return new Definition(foreignKey.columns(), foreignKey.referencedTable(), foreignKey.referencedColumns(),
        foreignKey.onDelete());
  }
}
