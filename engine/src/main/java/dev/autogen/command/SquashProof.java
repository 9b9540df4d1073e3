package dev.autogen.command;

import dev.autogen.diff.DiffOptions;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.introspect.IntrospectionResult;
import dev.autogen.introspect.PostgresIntrospector;
import dev.autogen.op.MigrationOp;
import dev.autogen.render.RenderedMigration;
import dev.autogen.runtime.Autogen;
import dev.autogen.runtime.LoadedRevision;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import dev.autogen.script.MigrationLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The proof a squash must pass before it is written: its file, compiled with the project's revisions, run on a
 * scratch database from FROM must leave the catalog the range leaves, and its downgrade FROM's again.
 */
final class SquashProof {

  private final Project project;

  SquashProof(Project project) {
    this.project = project;
  }

  void prove(String range, RenderedMigration rendered, String id, String from, IntrospectionResult atFrom,
      IntrospectionResult atTo, Consumer<String> out) {
    Path directory = null;
    try {
      directory = Files.createTempDirectory("autogen-squash");
      Path file = Files.writeString(directory.resolve(rendered.fileName()), rendered.source());
      List<Path> sources = new ArrayList<>(project.scripts().sources());
      sources.add(file);
      List<LoadedRevision> withSquash =
          new MigrationLoader(project.config().entityClasspath(), project.config().compileCacheDirectory())
              .load(sources);
      try (ScratchDatabase scratch = ScratchDatabase.create(project.database(),
        "squash proves its revision on scratch databases beside the project's: its user needs CREATEDB")) {
        Autogen autogen = autogen(project, scratch, withSquash);
        upgrade(autogen, from, "the squash's scratch database");
        requireEqual(range, "before the squash, the scratch database", atFrom, read(project, scratch));
        upgrade(autogen, id, "the squash's scratch database");
        requireEqual(range, "the squash's upgrade", atTo, read(project, scratch));
        try {
          autogen.downgrade(from == null ? "base" : from);
        } catch (RuntimeException e) {
          throw unproven(range, "its downgrade fails: " + e.getMessage(), e);
        }
        requireEqual(range, "the squash's downgrade", atFrom, read(project, scratch));
      }
      out.accept("Proven on scratch databases: the squash builds the catalog the range builds, and its downgrade"
          + " returns to " + (from == null ? "base" : from) + "'s");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the squash to a temporary directory: " + e.getMessage(), e);
    } finally {
      delete(directory);
    }
  }

  private static void requireEqual(String range, String what, IntrospectionResult expected,
      IntrospectionResult actual) {
    if (expected.schema().equals(actual.schema()) && expected.unmanaged().equals(actual.unmanaged())) {
      return;
    }
    List<String> differences = SchemaDiff.compare(actual.schema(), expected.schema(), DiffOptions.DEFAULTS)
        .plan().upgradeOps().stream().map(MigrationOp::description).toList();
    throw unproven(range, what + " leaves another catalog than the range"
        + (differences.isEmpty() ? " (" + firstDifference(expected.schema(), actual.schema()) + ")"
        : ": " + differences.get(0) + (differences.size() > 1 ? " and " + (differences.size() - 1) + " more" : "")),
        null);
  }

  /** Where two catalogs the diff finds alike differ: a table's column order, a name the diff does not match by. */
  private static String firstDifference(SchemaModel expected, SchemaModel actual) {
    for (TableModel table : expected.tables()) {
      TableModel other = actual.table(table.name()).orElse(null);
      if (other != null && !table.equals(other)) {
        List<String> columns = table.columns().stream().map(ColumnModel::name).toList();
        List<String> otherColumns = other.columns().stream().map(ColumnModel::name).toList();
        return columns.equals(otherColumns)
            ? "table '" + table.name() + "' differs in names the diff does not match by"
            : "the columns of table '" + table.name() + "' are in another order: " + otherColumns + ", not "
                + columns + ", which no diff can express";
      }
    }
    return "sequences, enum types or schemas differ in what the diff does not compare";
  }

  private static AutogenException unproven(String range, String reason, Throwable cause) {
    return new AutogenException("squash " + range + " is unproven, nothing written: " + reason, cause);
  }

  /** The runtime's API over a scratch database and {@code revisions}, silent. */
  static Autogen autogen(Project project, ScratchDatabase scratch, List<LoadedRevision> revisions) {
    return Autogen.configure()
        .connections(scratch.database()::connect)
        .revisions(() -> revisions)
        .versionTable(project.versionTable().table())
        .lockTimeout(project.config().lockTimeout())
        .reporter(line -> { })
        .load();
  }

  static void upgrade(Autogen autogen, String target, String where) {
    if (target == null) {
      return;
    }
    try {
      autogen.upgrade(target);
    } catch (RuntimeException e) {
      throw new AutogenException("squash: cannot upgrade " + where + " to " + target + ": " + e.getMessage(), e);
    }
  }

  static IntrospectionResult read(Project project, ScratchDatabase scratch) {
    try (Connection connection = scratch.database().connect()) {
      return new PostgresIntrospector().read(connection, project.config().introspectionFilter());
    } catch (SQLException e) {
      throw new AutogenException("squash: cannot read the scratch database: " + e.getMessage(), e);
    }
  }

  private static void delete(Path directory) {
    if (directory == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is no failure of the squash
    }
  }
}
