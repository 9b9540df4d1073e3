package dev.autogen.diff;

import dev.autogen.op.AddPrimaryKeyOp;
import dev.autogen.op.DropPrimaryKeyOp;
import dev.autogen.schema.PrimaryKeyModel;
import dev.autogen.schema.TableModel;
import java.util.List;

/**
 * Primary keys, compared by their columns; the name is ignored (PostgreSQL picks {@code <table>_pkey} when the
 * mapping names none). A changed key is dropped under its current name and added as the target declares it; the
 * foreign keys referencing the old key were released by {@link PrimaryKeyChanges} first.
 */
final class PrimaryKeyComparator implements ElementComparator {

  @Override
  public void compare(TableModel current, TableModel target, PlanBuilder plan) {
    if (changed(current, target)) {
      PrimaryKeyModel existing = current.primaryKey();
      if (existing != null) {
        String name = existing.name() == null ? AddPrimaryKeyOp.implicitName(current.name()) : existing.name();
        plan.add(Phase.DROP_PRIMARY_KEYS, new DropPrimaryKeyOp(current.name(), name, existing));
      }
      if (target.primaryKey() != null) {
        plan.add(Phase.ADD_PRIMARY_KEYS, new AddPrimaryKeyOp(target.name(), target.primaryKey()));
      }
    }
  }

  static boolean changed(TableModel current, TableModel target) {
    return !columns(current.primaryKey()).equals(columns(target.primaryKey()));
  }

  private static List<String> columns(PrimaryKeyModel primaryKey) {
    return primaryKey == null ? List.of() : primaryKey.columns();
  }
}
