package dev.autogen.diff;

import dev.autogen.dialect.Identifiers;
import dev.autogen.op.AddCheckConstraintOp;
import dev.autogen.op.AddColumnOp;
import dev.autogen.op.AddForeignKeyOp;
import dev.autogen.op.AddPrimaryKeyOp;
import dev.autogen.op.AddUniqueConstraintOp;
import dev.autogen.op.AlterColumnOp;
import dev.autogen.op.BackfillOp;
import dev.autogen.op.CreateIndexOp;
import dev.autogen.op.CreateTableOp;
import dev.autogen.op.DropCheckConstraintOp;
import dev.autogen.op.DropIndexOp;
import dev.autogen.op.MigrationOp;
import dev.autogen.op.MigrationPlan;
import dev.autogen.op.ValidateConstraintOp;
import dev.autogen.schema.CheckConstraintModel;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.IdentityGeneration;
import dev.autogen.schema.QualifiedName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The plan {@code revision --safe} writes: each step on a table that existed before the revision in the form that
 * keeps the application running (the lint rules' "instead"), leaving the same catalog as the plain plan. Steps on
 * tables the plan creates stay plain: nobody uses them yet.
 *
 * <ul>
 *   <li>indexes created and dropped {@code CONCURRENTLY};
 *   <li>foreign keys and checks added {@code NOT VALID}, then validated;
 *   <li>{@code SET NOT NULL} proven by a {@code CHECK (col IS NOT NULL)} added {@code NOT VALID} and validated, which
 *       PostgreSQL 12+ reads instead of the table, then dropped;
 *   <li>a {@code NOT NULL} column without a default added nullable, backfilled (a {@link BackfillOp} the author
 *       replaces with data steps), then set {@code NOT NULL} as above;
 *   <li>unique and primary keys built on a unique index created {@code CONCURRENTLY}.
 * </ul>
 *
 * <p>The revision then runs outside a transaction (each statement commits on its own); the renderer marks it so.
 */
public final class SafeForms {

  private SafeForms() {
  }

  public static MigrationPlan of(MigrationPlan plan) {
    Set<QualifiedName> created = new HashSet<>();
    for (MigrationOp op : plan.upgradeOps()) {
      if (op instanceof CreateTableOp create) {
        created.add(create.table().name());
      }
    }
    List<MigrationOp> backfills = new ArrayList<>();
    List<MigrationOp> safe = new ArrayList<>();
    for (MigrationOp op : plan.upgradeOps()) {
      if (op instanceof CreateTableOp || created.contains(tableOf(op))) {
        safe.add(op);
      } else {
        safe.addAll(safeForm(op, backfills));
      }
    }
    // every placeholder first: an unwritten backfill stops the upgrade before any statement runs
    List<MigrationOp> ops = new ArrayList<>(backfills);
    ops.addAll(safe);
    return new MigrationPlan(ops);
  }

  /** The table the op works on, or {@code null} for one that works on none (a sequence, a type, a schema). */
  private static QualifiedName tableOf(MigrationOp op) {
    if (op instanceof CreateIndexOp create) {
      return create.table();
    } else if (op instanceof DropIndexOp drop) {
      return drop.table();
    } else if (op instanceof AddForeignKeyOp add) {
      return add.table();
    } else if (op instanceof AddCheckConstraintOp add) {
      return add.table();
    } else if (op instanceof AlterColumnOp alter) {
      return alter.table();
    } else if (op instanceof AddColumnOp add) {
      return add.table();
    } else if (op instanceof AddUniqueConstraintOp add) {
      return add.table();
    } else if (op instanceof AddPrimaryKeyOp add) {
      return add.table();
    }
    return null;
  }

  private static List<MigrationOp> safeForm(MigrationOp op, List<MigrationOp> backfills) {
    if (op instanceof CreateIndexOp create) {
      return List.of(new CreateIndexOp(create.table(), create.index(), true));
    } else if (op instanceof DropIndexOp drop) {
      return List.of(new DropIndexOp(drop.table(), drop.name(), drop.existing(), true));
    } else if (op instanceof AddForeignKeyOp add) {
      return List.of(new AddForeignKeyOp(add.table(), add.foreignKey(), true),
          new ValidateConstraintOp(add.table(), add.foreignKey().name()));
    } else if (op instanceof AddCheckConstraintOp add) {
      return List.of(new AddCheckConstraintOp(add.table(), add.constraint(), true),
          new ValidateConstraintOp(add.table(), add.constraint().name()));
    } else if (op instanceof AlterColumnOp alter && setsNotNull(alter)) {
      return provenNotNull(alter.table(), alter);
    } else if (op instanceof AddColumnOp add && needsBackfill(add.column())) {
      ColumnModel nullable = add.column().withNullable(true);
      backfills.add(new BackfillOp(add.table(), nullable.name()));
      List<MigrationOp> ops = new ArrayList<>();
      ops.add(new AddColumnOp(add.table(), nullable));
      ops.addAll(provenNotNull(add.table(), new AlterColumnOp(add.table(), nullable, add.column())));
      return ops;
    } else if (op instanceof AddUniqueConstraintOp add) {
      return List.of(new AddUniqueConstraintOp(add.table(), add.constraint(), true));
    } else if (op instanceof AddPrimaryKeyOp add) {
      return List.of(new AddPrimaryKeyOp(add.table(), add.primaryKey(), true));
    }
    return List.of(op);
  }

  /** A column that gets {@code NOT NULL} in place; one dropped and added again is a new column already. */
  private static boolean setsNotNull(AlterColumnOp alter) {
    return alter.nullabilityChanged() && !alter.to().isNullable() && !alter.recreatesColumn();
  }

  /**
   * A {@code NOT NULL} column nothing fills on its own: existing rows need a value someone chooses. A constant
   * default fills them (and costs no rewrite since PostgreSQL 11); an identity, serial or generated column fills them
   * but rewrites the table, which is another rule's business.
   */
  private static boolean needsBackfill(ColumnModel column) {
    return !column.isNullable() && column.defaultExpression() == null && column.generationExpression() == null
        && column.identityGeneration() == IdentityGeneration.NONE && !column.ownsSequence();
  }

  /**
   * The alter, preceded by the validated check that spares it the scan and followed by that check's drop. Not named
   * {@code <table>_<column>_not_null}: PostgreSQL 18 gives the column's own {@code NOT NULL} constraint that name, and
   * would number it aside if the check held it.
   */
  private static List<MigrationOp> provenNotNull(QualifiedName table, AlterColumnOp alter) {
    CheckConstraintModel proof = new CheckConstraintModel(
        Identifiers.objectName(table.name(), alter.column(), "not_null_check"),
        Identifiers.quote(alter.column()) + " IS NOT NULL");
    return List.of(
        new AddCheckConstraintOp(table, proof, true),
        new ValidateConstraintOp(table, proof.name()),
        alter,
        new DropCheckConstraintOp(table, proof.name(), proof));
  }
}
