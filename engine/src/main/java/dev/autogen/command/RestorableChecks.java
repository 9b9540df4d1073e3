package dev.autogen.command;

import dev.autogen.dialect.CheckSources;
import dev.autogen.diff.DiffResult;
import dev.autogen.introspect.ExpressionCanonicalizer;
import dev.autogen.op.DropCheckConstraintOp;
import dev.autogen.op.DropTableOp;
import dev.autogen.op.MigrationOp;
import dev.autogen.op.MigrationPlan;
import dev.autogen.schema.CheckConstraintModel;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives the checks a plan drops a text PostgreSQL prints back exactly as the catalog holds them, so the downgrade
 * that creates them again restores the same catalog: the printed text of an {@code IN} list is not its own source
 * ({@link CheckSources}). Each candidate is printed by PostgreSQL ({@link ExpressionCanonicalizer}, on scratch
 * tables) and used only when it comes back as the catalog's text; otherwise the catalog's text stays.
 */
final class RestorableChecks {

  private record CheckKey(QualifiedName table, String name) {
  }

  private final Connection connection;
  private final SchemaModel current;

  /** @param current the catalog's schema the plan starts from: the columns the checks read */
  RestorableChecks(Connection connection, SchemaModel current) {
    this.connection = connection;
    this.current = current;
  }

  DiffResult restore(DiffResult diff) {
    Map<CheckKey, String> sources = verifiedSources(diff.plan().upgradeOps());
    if (sources.isEmpty()) {
      return diff;
    }
    List<MigrationOp> ops = diff.plan().upgradeOps().stream().map(op -> restore(op, sources)).toList();
    return new DiffResult(new MigrationPlan(ops), diff.notes());
  }

  private static MigrationOp restore(MigrationOp op, Map<CheckKey, String> sources) {
    if (op instanceof DropCheckConstraintOp drop && drop.existing() != null) {
      return new DropCheckConstraintOp(drop.table(), drop.name(), restore(drop.table(), drop.existing(), sources));
    }
    if (op instanceof DropTableOp drop && drop.existing() != null) {
      TableModel table = drop.existing();
      return new DropTableOp(drop.table(), table.withChecks(
          table.checks().stream().map(check -> restore(table.name(), check, sources)).toList()));
    }
    return op;
  }

  private static CheckConstraintModel restore(QualifiedName table, CheckConstraintModel check,
      Map<CheckKey, String> sources) {
    String source = sources.get(new CheckKey(table, check.name()));
    return source == null ? check : check.withExpression(source);
  }

  /** The dropped checks whose candidate source PostgreSQL prints as the catalog's text, with that source. */
  private Map<CheckKey, String> verifiedSources(List<MigrationOp> ops) {
    Map<QualifiedName, TableModel> candidates = new LinkedHashMap<>();
    Map<CheckKey, String> printed = new HashMap<>();
    for (MigrationOp op : ops) {
      if (op instanceof DropCheckConstraintOp drop && drop.existing() != null) {
        current.table(drop.table()).ifPresent(table -> addCandidate(candidates, printed, table, drop.existing()));
      } else if (op instanceof DropTableOp drop && drop.existing() != null) {
        drop.existing().checks().forEach(check -> addCandidate(candidates, printed, drop.existing(), check));
      }
    }
    if (candidates.isEmpty()) {
      return Map.of();
    }
    SchemaModel reprinted = new ExpressionCanonicalizer().canonicalize(connection,
        current.withTables(new ArrayList<>(candidates.values())));
    Map<CheckKey, String> verified = new HashMap<>();
    for (TableModel table : reprinted.tables()) {
      TableModel asWritten = candidates.get(table.name());
      for (int i = 0; i < table.checks().size(); i++) {
        CheckKey key = new CheckKey(table.name(), table.checks().get(i).name());
        if (table.checks().get(i).expression().equals(printed.get(key))) {
          verified.put(key, asWritten.checks().get(i).expression());
        }
      }
    }
    return verified;
  }

  private static void addCandidate(Map<QualifiedName, TableModel> candidates, Map<CheckKey, String> printed,
      TableModel table, CheckConstraintModel check) {
    Optional<String> source = CheckSources.inList(check.expression());
    if (source.isEmpty()) {
      return;
    }
    TableModel holder = candidates.getOrDefault(table.name(), table.withChecks(List.of()));
    List<CheckConstraintModel> checks = new ArrayList<>(holder.checks());
    checks.add(check.withExpression(source.get()));
    candidates.put(table.name(), holder.withChecks(checks).withForeignKeys(List.of()));
    printed.put(new CheckKey(table.name(), check.name()), check.expression());
  }
}
