package dev.autogen.diff;

import dev.autogen.op.AddCheckConstraintOp;
import dev.autogen.op.DropCheckConstraintOp;
import dev.autogen.schema.CheckConstraintModel;
import dev.autogen.schema.TableModel;

/**
 * Check constraints, matched by expression, names ignored: Hibernate leaves enum checks unnamed, so their names are
 * PostgreSQL's choice. A changed expression is a drop and an add, as PostgreSQL cannot alter a check.
 */
final class CheckConstraintComparator implements ElementComparator {

  @Override
  public void compare(TableModel current, TableModel target, PlanBuilder plan) {
    DefinitionMatcher.Unmatched<CheckConstraintModel> unmatched = DefinitionMatcher.match(
        current.checks(), target.checks(), CheckConstraintModel::expression, CheckConstraintModel::name);
    for (CheckConstraintModel removed : unmatched.removed()) {
      plan.add(Phase.DROP_CHECK_CONSTRAINTS, new DropCheckConstraintOp(current.name(), removed.name(), removed));
    }
    for (CheckConstraintModel added : unmatched.added()) {
      plan.add(Phase.ADD_CHECK_CONSTRAINTS, new AddCheckConstraintOp(target.name(), added));
    }
  }
}
