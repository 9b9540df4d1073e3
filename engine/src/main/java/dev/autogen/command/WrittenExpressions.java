package dev.autogen.command;

import dev.autogen.diff.DiffResult;
import dev.autogen.op.AddCheckConstraintOp;
import dev.autogen.op.AddColumnOp;
import dev.autogen.op.AlterColumnOp;
import dev.autogen.op.CreateTableOp;
import dev.autogen.op.MigrationOp;
import dev.autogen.op.MigrationPlan;
import dev.autogen.schema.CheckConstraintModel;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the entities' check expressions, defaults and generation expressions, as the mapping writes them, back into a plan diffed against
 * their canonical form. The canonical form only decides whether something changed: PostgreSQL does not print it back
 * unchanged when it is created again ({@code ARRAY[...]::text[]} comes back rewritten), so a migration that wrote it
 * would never reach a fixpoint, while {@code tier in ('FREE','PRO')} always reads back as its canonical form.
 */
final class WrittenExpressions {

  private final Map<QualifiedName, TableModel> written = new HashMap<>();

  /** @param asWritten the entities' model before canonicalisation */
  WrittenExpressions(SchemaModel asWritten) {
    asWritten.tables().forEach(table -> written.put(table.name(), table));
  }

  DiffResult restore(DiffResult diff) {
    List<MigrationOp> ops = diff.plan().upgradeOps().stream().map(this::restore).toList();
    return new DiffResult(new MigrationPlan(ops), diff.notes());
  }

  // only these ops carry a target definition; drops and the other ops carry the database's own text
  private MigrationOp restore(MigrationOp op) {
    if (op instanceof CreateTableOp create) {
      TableModel table = create.table();
      return new CreateTableOp(table.withColumns(table.columns().stream().map(c -> column(table.name(), c)).toList())
          .withChecks(table.checks().stream().map(check -> check(table.name(), check)).toList()));
    }
    if (op instanceof AddColumnOp add) {
      return new AddColumnOp(add.table(), column(add.table(), add.column()));
    }
    if (op instanceof AlterColumnOp alter) {
      return new AlterColumnOp(alter.table(), alter.from(), column(alter.table(), alter.to()));
    }
    if (op instanceof AddCheckConstraintOp add) {
      return new AddCheckConstraintOp(add.table(), check(add.table(), add.constraint()));
    }
    return op;
  }

  private ColumnModel column(QualifiedName table, ColumnModel canonical) {
    ColumnModel asWritten = written.get(table).column(canonical.name()).orElseThrow();
    return canonical.defaultValue(asWritten.defaultExpression()).generatedAs(asWritten.generationExpression());
  }

  private CheckConstraintModel check(QualifiedName table, CheckConstraintModel canonical) {
    return written.get(table).checks().stream()
        .filter(check -> check.name().equals(canonical.name()))
        .findFirst()
        .orElseThrow();
  }
}
