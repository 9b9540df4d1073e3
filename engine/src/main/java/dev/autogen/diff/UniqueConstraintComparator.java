package dev.autogen.diff;

import dev.autogen.op.AddUniqueConstraintOp;
import dev.autogen.op.DropUniqueConstraintOp;
import dev.autogen.schema.TableModel;
import dev.autogen.schema.UniqueConstraintModel;

/** Unique constraints, matched by their column list. */
final class UniqueConstraintComparator implements ElementComparator {

  @Override
  public void compare(TableModel current, TableModel target, PlanBuilder plan) {
    DefinitionMatcher.Unmatched<UniqueConstraintModel> unmatched = DefinitionMatcher.match(
        current.uniqueConstraints(), target.uniqueConstraints(),
        UniqueConstraintModel::columns, UniqueConstraintModel::name);
    for (UniqueConstraintModel removed : unmatched.removed()) {
      plan.add(Phase.DROP_UNIQUE_CONSTRAINTS, new DropUniqueConstraintOp(current.name(), removed.name(), removed));
    }
    for (UniqueConstraintModel added : unmatched.added()) {
      plan.add(Phase.ADD_UNIQUE_CONSTRAINTS, new AddUniqueConstraintOp(target.name(), added));
    }
  }
}
