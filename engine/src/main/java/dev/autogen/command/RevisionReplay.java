package dev.autogen.command;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Identifiers;
import dev.autogen.op.AddPrimaryKeyOp;
import dev.autogen.op.CreateTableOp;
import dev.autogen.op.ExecuteOp;
import dev.autogen.op.MigrationOp;
import dev.autogen.op.ModelInterpreter;
import dev.autogen.runtime.DataAccess;
import dev.autogen.runtime.LoadedRevision;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.runtime.RevisionInfo;
import dev.autogen.runtime.Row;
import dev.autogen.runtime.Step;
import dev.autogen.schema.PrimaryKeyModel;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The schema the revisions build, without a database: every revision's {@code upgrade()}, in graph order from base
 * up to the heads, is run against an {@link Operations} whose ops are collected instead of executed, and the ops are
 * applied to an empty model by {@link ModelInterpreter}. What {@code revision --offline} and {@code check --offline}
 * compare the entities with.
 *
 * <p>SQL the model cannot interpret ({@code op.execute} and the data steps) stops the replay with an
 * {@link UnreplayableRevisionException} naming the revision: its effect on the schema is unknown without a database,
 * so callers build the schema on a {@link ShadowDatabase} instead.
 */
public final class RevisionReplay {

  private final Dialect dialect;

  public RevisionReplay(Dialect dialect) {
    this.dialect = dialect;
  }

  /** The schema at the heads of {@code revisions}' graph. */
  public SchemaModel schemaAtHeads(List<LoadedRevision> revisions) {
    return schemaAt(revisions, null);
  }

  /**
   * The schema a database at {@code heads} has (the version table's rows): those revisions and their ancestors,
   * in the order an upgrade runs them. Empty {@code heads} is base.
   */
  public SchemaModel schemaAt(List<LoadedRevision> revisions, Set<String> heads) {
    Map<String, LoadedRevision> byId = revisions.stream()
        .collect(Collectors.toMap(revision -> revision.info().id(), Function.identity()));
    RevisionGraph graph = new RevisionGraph(revisions.stream().map(LoadedRevision::info).toList());
    SchemaModel model = SchemaModel.EMPTY;
    if (graph.heads().isEmpty()) {
      return model;
    }
    Set<String> wanted = heads == null ? null : graph.ancestorsOrSelf(heads);
    for (Step step : graph.upgradeSteps(Set.of(), "heads")) {
      if (wanted == null || wanted.contains(step.revision().id())) {
        model = replay(byId.get(step.revision().id()), model);
      }
    }
    return model;
  }

  private SchemaModel replay(LoadedRevision revision, SchemaModel model) {
    RevisionInfo info = revision.info();
    List<MigrationOp> ops = new ArrayList<>();
    Operations operations = new Operations(dialect, statement -> { }, op -> {
      if (op instanceof ExecuteOp) {
        throw unreplayable(info, "op.execute");
      }
      ops.add(op);
    }, new RefusedDataAccess(info));
    try {
      revision.newInstance().upgrade(operations);
    } catch (AutogenException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new AutogenException("revision " + info.describe() + ": upgrade() failed while it was replayed: " + e,
          e);
    }
    // one model per revision, not per op: building a model sorts every table, so per op a long chain is quadratic
    try {
      return namingImplicitPrimaryKeys(
          ModelInterpreter.apply(model, ops.stream().map(RevisionReplay::namingPrimaryKey).toList()));
    } catch (IllegalStateException e) {
      throw new AutogenException("revision " + info.describe() + " cannot be replayed onto the schema its"
          + " parents build: " + e.getMessage(), e);
    }
  }

  /**
   * The op with its unnamed primary key named as PostgreSQL names it when the op runs, from the table's name at
   * that moment: a later rename, in this revision or another, keeps the name, as in the catalog.
   */
  private static MigrationOp namingPrimaryKey(MigrationOp op) {
    if (op instanceof CreateTableOp create && create.table().primaryKey() != null
        && create.table().primaryKey().name() == null) {
      TableModel table = create.table();
      return new CreateTableOp(table.withPrimaryKey(implicit(table.name(), table.primaryKey())));
    }
    if (op instanceof AddPrimaryKeyOp add && add.primaryKey().name() == null) {
      return new AddPrimaryKeyOp(add.table(), implicit(add.table(), add.primaryKey()));
    }
    return op;
  }

  private static PrimaryKeyModel implicit(QualifiedName table, PrimaryKeyModel primaryKey) {
    return new PrimaryKeyModel(Identifiers.objectName(table.name(), null, "pkey"), primaryKey.columns());
  }

  /**
   * A primary key created without a name gets the one PostgreSQL gives it at that moment, and keeps it when the
   * table is renamed later, as in the catalog: a later drop names it so. The create ops are named before they are
   * applied ({@link #namingPrimaryKey}); this catches any other op that leaves one unnamed.
   */
  private static SchemaModel namingImplicitPrimaryKeys(SchemaModel model) {
    if (model.tables().stream().allMatch(table -> table.primaryKey() == null || table.primaryKey().name() != null)) {
      return model;
    }
    return model.withTables(model.tables().stream()
        .map(table -> table.primaryKey() == null || table.primaryKey().name() != null
            ? table
            : table.withPrimaryKey(new PrimaryKeyModel(
                Identifiers.objectName(table.name().name(), null, "pkey"), table.primaryKey().columns())))
        .toList());
  }

  private static AutogenException unreplayable(RevisionInfo revision, String call) {
    return new UnreplayableRevisionException("revision " + revision.describe() + " calls " + call + ", which"
        + " cannot be replayed without a database", "run without --offline, against a database at head");
  }

  /** Data steps read and write rows: there are none to replay, and what they do to the schema is unknown. */
  private record RefusedDataAccess(RevisionInfo revision) implements DataAccess {

    @Override
    public List<Row> query(String sql, List<?> parameters) {
      throw unreplayable(revision, "op.query");
    }

    @Override
    public int update(String sql, List<?> parameters) {
      throw unreplayable(revision, "op.update");
    }

    @Override
    public int[] batch(String sql, List<? extends List<?>> rows) {
      throw unreplayable(revision, "op.batch");
    }
  }
}
