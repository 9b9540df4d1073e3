package dev.autogen.op;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The ordered ops of one migration. The downgrade is a pure function of the upgrade: each op reversed, in reverse
 * order.
 */
public record MigrationPlan(List<MigrationOp> upgradeOps) {

  public static final MigrationPlan EMPTY = new MigrationPlan(List.of());

  public MigrationPlan {
    upgradeOps = List.copyOf(upgradeOps);
  }

  public List<MigrationOp> downgradeOps() {
    List<MigrationOp> downgrade = new ArrayList<>(upgradeOps.size());
    for (MigrationOp op : upgradeOps) {
      downgrade.add(op.reverse());
    }
    Collections.reverse(downgrade);
    return List.copyOf(downgrade);
  }

  public boolean isEmpty() {
    return upgradeOps.isEmpty();
  }
}
