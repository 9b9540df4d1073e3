package dev.autogen.op;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The ordered ops of one migration. The downgrade is a pure function of the upgrade: each op reversed, in reverse
 * order; values added to one enum type one after another come out as one recreate of the type, not one each.
 */
public record MigrationPlan(List<MigrationOp> upgradeOps) {

  public static final MigrationPlan EMPTY = new MigrationPlan(List.of());

  public MigrationPlan {
    upgradeOps = List.copyOf(upgradeOps);
  }

  public List<MigrationOp> downgradeOps() {
    List<MigrationOp> downgrade = new ArrayList<>(upgradeOps.size());
    for (MigrationOp op : upgradeOps) {
      if (!op.leavesNothingToUndo()) {
        downgrade.add(op.reverse());
      }
    }
    Collections.reverse(downgrade);
    return List.copyOf(mergeRecreates(withoutTemporaryChecks(downgrade)));
  }

  /**
   * A check the upgrade adds and drops again (the proof {@code SET NOT NULL} reads instead of the table) would be
   * added and dropped again by the downgrade: both are left out.
   */
  private static List<MigrationOp> withoutTemporaryChecks(List<MigrationOp> ops) {
    List<MigrationOp> kept = new ArrayList<>(ops);
    for (int i = 0; i < kept.size(); i++) {
      if (kept.get(i) instanceof AddCheckConstraintOp add) {
        for (int j = i + 1; j < kept.size(); j++) {
          if (kept.get(j) instanceof DropCheckConstraintOp drop && drop.table().equals(add.table())
              && drop.name().equals(add.constraint().name())) {
            kept.remove(j);
            kept.remove(i);
            i--;
            break;
          }
        }
      }
    }
    return kept;
  }

  /** Two recreates of a type in a row, the second starting where the first ends, become one. */
  private static List<MigrationOp> mergeRecreates(List<MigrationOp> ops) {
    List<MigrationOp> merged = new ArrayList<>(ops.size());
    for (MigrationOp op : ops) {
      MigrationOp last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last instanceof RecreateEnumTypeOp first && op instanceof RecreateEnumTypeOp second
          && first.to().equals(second.from()) && first.columns().equals(second.columns())) {
        merged.set(merged.size() - 1, new RecreateEnumTypeOp(first.from(), second.to(), first.columns()));
      } else {
        merged.add(op);
      }
    }
    return merged;
  }

  public boolean isEmpty() {
    return upgradeOps.isEmpty();
  }
}
