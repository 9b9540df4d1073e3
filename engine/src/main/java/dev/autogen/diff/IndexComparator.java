package dev.autogen.diff;

import dev.autogen.op.CreateIndexOp;
import dev.autogen.op.DropIndexOp;
import dev.autogen.schema.ColumnOrdering;
import dev.autogen.schema.IndexModel;
import dev.autogen.schema.TableModel;
import java.util.List;

/** Indexes, matched by their columns, their ordering and uniqueness; a changed ordering is a drop and a create. */
final class IndexComparator implements ElementComparator {

  private record Definition(List<String> columns, boolean unique, List<ColumnOrdering> orderings) {
  }

  @Override
  public void compare(TableModel current, TableModel target, PlanBuilder plan) {
    DefinitionMatcher.Unmatched<IndexModel> unmatched = DefinitionMatcher.match(
        current.indexes(), target.indexes(),
        index -> new Definition(index.columns(), index.unique(), index.orderings()), IndexModel::name);
    for (IndexModel removed : unmatched.removed()) {
      plan.add(Phase.DROP_INDEXES, new DropIndexOp(current.name(), removed.name(), removed));
    }
    for (IndexModel added : unmatched.added()) {
      plan.add(Phase.CREATE_INDEXES, new CreateIndexOp(target.name(), added));
    }
  }
}
