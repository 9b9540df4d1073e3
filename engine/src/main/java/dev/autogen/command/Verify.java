package dev.autogen.command;

import dev.autogen.diff.DiffOptions;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.introspect.IntrospectionFilter;
import dev.autogen.introspect.PostgresIntrospector;
import dev.autogen.op.MigrationOp;
import dev.autogen.runtime.Autogen;
import dev.autogen.runtime.LoadedRevision;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.runtime.RevisionInfo;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import dev.autogen.verify.AllowedLoss;
import dev.autogen.verify.RevisionVerification;
import dev.autogen.verify.RowGenerator;
import dev.autogen.verify.RowSnapshot;
import dev.autogen.verify.VerifyFailure;
import dev.autogen.verify.VerifyReport;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@code verify}: proves revisions on a scratch database. For each revision, oldest first: the scratch database is
 * upgraded to just before it and every table gets rows ({@link RowGenerator}); the revision is upgraded and
 * downgraded; the catalog must then equal the one before (introspection and diff, exact), the rows must have come
 * back except those the upgrade drops ({@link AllowedLoss}); and the upgrade must run again. One scratch database
 * serves a whole line of revisions; one on another branch gets a fresh one.
 */
final class Verify {

  private final Project project;

  Verify(Project project) {
    this.project = project;
  }

  VerifyReport verify(VerifyRequest request, Consumer<RevisionVerification> progress) {
    RevisionGraph graph = project.graph();
    List<RevisionInfo> selected = VerifySelection.select(graph, request.target(), project::databaseHeads);
    Map<String, LoadedRevision> loaded = new HashMap<>();
    if (!selected.isEmpty()) {
      project.revisions().forEach(revision -> loaded.put(revision.info().id(), revision));
    }
    List<RevisionVerification> results = new ArrayList<>();
    Database server = selected.isEmpty() ? null : project.scratchServer(request.scratchUrl());
    Scratch scratch = null;
    try {
      for (RevisionInfo info : selected) {
        long start = System.nanoTime();
        if (scratch == null || !scratch.canReach(graph, info)) {
          if (scratch != null) {
            scratch.close();
          }
          scratch = new Scratch(ScratchDatabase.create(server,
              "verify works on a scratch database: name a server for it with --scratch-url"));
        }
        Outcome outcome = verify(scratch, info, loaded.get(info.id()));
        RevisionVerification result = new RevisionVerification(info.id(), info.message(),
            info.source() == null ? null : info.source().toAbsolutePath().toString(), outcome.rows,
            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), outcome.failure, outcome.notes);
        results.add(result);
        progress.accept(result);
        if (!result.ok()) {
          break;
        }
      }
    } finally {
      if (scratch != null) {
        scratch.close();
      }
      if (server != null && request.scratchUrl() != null) {
        server.close();
      }
    }
    return new VerifyReport(results);
  }

  private static final class Outcome {
    int rows;
    VerifyFailure failure;
    List<String> notes = List.of();

    Outcome fail(String step, String message) {
      failure = new VerifyFailure(step, message);
      return this;
    }
  }

  private Outcome verify(Scratch scratch, RevisionInfo info, LoadedRevision revision) {
    Outcome outcome = new Outcome();
    Set<String> before = new LinkedHashSet<>(info.parents());
    before.addAll(info.dependsOn());
    for (String requirement : before) {
      Optional<String> failed = run(() -> scratch.autogen.upgrade(requirement));
      if (failed.isPresent()) {
        return outcome.fail("prepare", "cannot upgrade the scratch database to " + requirement + ": " + failed.get());
      }
    }
    try (Connection connection = scratch.database.database().connect()) {
      SchemaModel schema = introspect(connection);
      RowGenerator.Fill fill = new RowGenerator(project.dialect()).fill(connection, schema);
      outcome.notes = fill.notes();
      AllowedLoss loss = AllowedLoss.of(upgradeOps(revision));
      RowSnapshot rows = RowSnapshot.take(connection, project.dialect(), schema, loss);
      outcome.rows = rows.rowCount();

      Optional<String> failed = run(() -> scratch.autogen.upgrade(info.id()));
      if (failed.isPresent()) {
        return outcome.fail("upgrade", failed.get());
      }
      String down = info.parents().isEmpty() ? "base" : info.parents().get(0);
      failed = run(() -> scratch.autogen.downgrade(down));
      if (failed.isPresent()) {
        return outcome.fail("downgrade", failed.get());
      }
      SchemaModel after = introspect(connection);
      Optional<String> catalog = catalogDifference(schema, after);
      if (catalog.isPresent()) {
        return outcome.fail("catalog", "the downgrade does not restore the schema: " + catalog.get());
      }
      Optional<String> lost = rows.firstDifference(
          RowSnapshot.take(connection, project.dialect(), schema, loss), connection);
      if (lost.isPresent()) {
        return outcome.fail("rows", "data not restored by the downgrade, nor dropped by the upgrade: " + lost.get());
      }
      failed = run(() -> scratch.autogen.upgrade(info.id()));
      if (failed.isPresent()) {
        return outcome.fail("upgrade again", failed.get());
      }
      return outcome;
    } catch (SQLException e) {
      throw new AutogenException("verify " + info.id() + ": cannot read the scratch database: " + e.getMessage(), e);
    }
  }

  /** The ops of a revision's upgrade, collected without a database; those before a data step when it has one. */
  private List<MigrationOp> upgradeOps(LoadedRevision revision) {
    List<MigrationOp> ops = new ArrayList<>();
    try {
      revision.newInstance().upgrade(new Operations(project.dialect(), sql -> { }, ops::add));
    } catch (RuntimeException e) {
      // a data step cannot run without a database: what it does to rows is not declared, so it is not allowed
    }
    return ops;
  }

  /**
   * What differs between the catalogs, as the ops that would turn {@code before} into {@code after}. The order of a
   * table's columns is not compared: a downgrade adds a dropped column back at the end, as PostgreSQL appends it.
   */
  private static Optional<String> catalogDifference(SchemaModel before, SchemaModel after) {
    if (columnsByName(before).equals(columnsByName(after))) {
      return Optional.empty();
    }
    List<String> changes = SchemaDiff.compare(before, after, DiffOptions.DEFAULTS.withoutRenames()).plan()
        .upgradeOps().stream().map(MigrationOp::description).toList();
    if (!changes.isEmpty()) {
      return Optional.of(String.join("; ", changes));
    }
    // nothing the diff acts on, yet not the same catalog: name the first object that differs
    SchemaModel left = columnsByName(before);
    SchemaModel right = columnsByName(after);
    for (TableModel table : left.tables()) {
      if (!right.table(table.name()).map(table::equals).orElse(false)) {
        return Optional.of("table '" + table.name() + "' differs: " + table + " before, "
            + right.table(table.name()).map(TableModel::toString).orElse("none") + " after");
      }
    }
    return Optional.of("sequences, enum types or schemas differ: " + left + " before, " + right + " after");
  }

  private static SchemaModel columnsByName(SchemaModel schema) {
    return schema.withTables(schema.tables().stream().map(table -> table.withColumns(table.columns().stream()
        .sorted(Comparator.comparing(ColumnModel::name)).toList())).toList());
  }

  private SchemaModel introspect(Connection connection) throws SQLException {
    List<String> schemas = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname !~ '^pg_'"
            + " AND nspname <> 'information_schema' ORDER BY nspname")) {
      while (rows.next()) {
        schemas.add(rows.getString(1));
      }
    }
    // every schema the revisions made; the version tables and exclude.tables left out as everywhere
    IntrospectionFilter filter = project.config().introspectionFilter().withSchemas(schemas.toArray(String[]::new));
    return new PostgresIntrospector().read(connection, filter).schema();
  }

  /** Runs a migration on the scratch database: the error's message, or empty when it worked. */
  private static Optional<String> run(Runnable migration) {
    try {
      migration.run();
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of(e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  /** A scratch database with the runner over it. */
  private final class Scratch implements AutoCloseable {
    final ScratchDatabase database;
    final Autogen autogen;

    Scratch(ScratchDatabase database) {
      this.database = database;
      this.autogen = Autogen.configure()
          .connections(database.database()::connect)
          .revisions(project::revisions)
          .versionTable(project.versionTable().table())
          .lockTimeout(project.config().lockTimeout())
          .reporter(line -> { })
          .load();
    }

    /** Whether everything applied here is on the revision's line, so its downgrade reverts the revision alone. */
    boolean canReach(RevisionGraph graph, RevisionInfo info) {
      Set<String> requirements = new LinkedHashSet<>(info.parents());
      requirements.addAll(info.dependsOn());
      Set<String> line = graph.ancestorsOrSelf(requirements);
      return line.containsAll(graph.ancestorsOrSelf(autogen.current()));
    }

    @Override
    public void close() {
      database.close();
    }
  }
}
