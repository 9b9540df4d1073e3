package dev.autogen.command;

import dev.autogen.diff.DiffOptions;
import dev.autogen.diff.DiffResult;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.introspect.IntrospectionResult;
import dev.autogen.op.AddColumnOp;
import dev.autogen.op.MigrationOp;
import dev.autogen.op.MigrationPlan;
import dev.autogen.op.ModelInterpreter;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.SchemaModel;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What a squash does: the ops that take the catalog at FROM to the catalog at TO. */
final class SquashPlan {

  private SquashPlan() {
  }

  /**
   * The ops from FROM's catalog to TO's: first the renames the range makes of what FROM has (a diff would drop and
   * add), then the diff, without guessing further renames; columns added to a table in the order TO's catalog has
   * them. Dropped checks carry a text that re-creates them exactly.
   */
  static MigrationPlan of(ScratchDatabase scratch, IntrospectionResult atFrom, IntrospectionResult atTo,
      List<MigrationOp> rangeOps) {
    List<MigrationOp> renames = RangeRenames.of(atFrom.schema(), rangeOps);
    SchemaModel renamed;
    try {
      renamed = ModelInterpreter.apply(atFrom.schema(), renames);
    } catch (IllegalStateException e) {
      // renames that cross (a swap): left to the diff, and to the proof
      renames = List.of();
      renamed = atFrom.schema();
    }
    DiffResult diff = SchemaDiff.compare(renamed, atTo.schema().withSchemas(atFrom.keptSchemas()),
        DiffOptions.DEFAULTS.withoutRenames());
    try (Connection connection = scratch.database().connect()) {
      diff = new RestorableChecks(connection, renamed).restore(diff);
    } catch (SQLException e) {
      throw new AutogenException("squash: cannot read the scratch database: " + e.getMessage(), e);
    }
    List<MigrationOp> ops = new ArrayList<>(renames);
    ops.addAll(inCatalogOrder(diff.plan().upgradeOps(), atTo.schema()));
    return new MigrationPlan(ops);
  }

  /** The added columns (one run of ops in the diff's order) sorted as the catalog numbers them, table by table. */
  private static List<MigrationOp> inCatalogOrder(List<MigrationOp> ops, SchemaModel target) {
    List<Integer> positions = new ArrayList<>();
    List<AddColumnOp> added = new ArrayList<>();
    for (int i = 0; i < ops.size(); i++) {
      if (ops.get(i) instanceof AddColumnOp add) {
        positions.add(i);
        added.add(add);
      }
    }
    added.sort(Comparator.comparing((AddColumnOp add) -> add.table().toString())
        .thenComparingInt(add -> target.table(add.table())
            .map(table -> table.columns().stream().map(ColumnModel::name).toList().indexOf(add.column().name()))
            .orElse(Integer.MAX_VALUE)));
    List<MigrationOp> ordered = new ArrayList<>(ops);
    for (int i = 0; i < positions.size(); i++) {
      ordered.set(positions.get(i), added.get(i));
    }
    return ordered;
  }
}
