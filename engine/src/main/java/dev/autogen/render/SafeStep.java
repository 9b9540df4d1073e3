package dev.autogen.render;

import dev.autogen.op.AddPrimaryKeyOp;
import dev.autogen.op.AddUniqueConstraintOp;
import dev.autogen.op.CreateIndexOp;
import dev.autogen.op.DropIndexOp;
import dev.autogen.op.MigrationOp;
import dev.autogen.op.ValidateConstraintOp;

/** The steps of a safe form that only do their job outside a transaction block. */
final class SafeStep {

  private SafeStep() {
  }

  static boolean needsOwnTransaction(MigrationOp op) {
    return op instanceof CreateIndexOp create && create.concurrently()
        || op instanceof DropIndexOp drop && drop.concurrently()
        || op instanceof AddUniqueConstraintOp unique && unique.concurrently()
        || op instanceof AddPrimaryKeyOp key && key.concurrently()
        || op instanceof ValidateConstraintOp;
  }
}
