package dev.autogen.fixpoint;

import dev.autogen.command.AutogenConfig;
import dev.autogen.command.Project;
import dev.autogen.command.RevisionRequest;
import dev.autogen.introspect.IntrospectionFilter;
import dev.autogen.introspect.PostgresIntrospector;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import dev.autogen.schema.jpa.EntityModelReader;
import dev.autogen.schema.jpa.EntityScanner;
import dev.autogen.schema.jpa.ScannedEntities;
import dev.autogen.schema.jpa.fixtures.Fixture;
import dev.autogen.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A project over one fixture scenario, set up as a user would: migrations in a fresh directory, the fixture's
 * compiled entities as the entity classpath, and a test database as the target.
 */
final class FixtureProject {

  static final String VERSION_TABLE = "autogen_version";
  static final String HISTORY_TABLE = "autogen_version_history";

  /**
   * The settings both autogen and Hibernate's own export are given: {@code user} is a reserved word, so Hibernate's
   * DDL needs it quoted to run at all, and snake case names show the naming strategy is honoured.
   */
  static final Map<String, String> HIBERNATE_SETTINGS = Map.of(
      "hibernate.auto_quote_keyword", "true",
      "hibernate.physical_naming_strategy", "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl");

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

  final String scenario;
  final AutogenConfig config;
  final List<String> output = new ArrayList<>();

  FixtureProject(String scenario, Path directory, TestDatabase db) {
    this.scenario = scenario;
    Path migrations = directory.resolve("migrations");
    try {
      Files.createDirectories(migrations.resolve("versions"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.config = AutogenConfig.builder(directory.resolve("autogen.properties"), migrations)
        .url(db.jdbcUrl()).user(db.user()).password(db.password())
        .entityPackages(List.of(Fixture.scenario(scenario))).entityClasspath(List.of(Fixture.classesDirectory()))
        .versionTable(VERSION_TABLE).hibernateSettings(HIBERNATE_SETTINGS)
        .build();
  }

  Project open() {
    return new Project(config, output::add, CLOCK);
  }

  /** Autogenerates a revision with the given id against the database as it is now. */
  void revision(String id, String message) {
    try (Project project = open()) {
      project.revision(new RevisionRequest(message, false, false, id), output::add);
    }
  }

  /** The same with {@code --safe}: each step on an existing table in its safe form. */
  void revisionSafe(String id, String message) {
    try (Project project = open()) {
      project.revision(new RevisionRequest(message, false, false, id).withSafeForms(), output::add);
    }
  }

  void upgrade(String target) {
    try (Project project = open()) {
      project.upgrade(target, output::add);
    }
  }

  void downgrade(String target) {
    try (Project project = open()) {
      project.downgrade(target, output::add);
    }
  }

  List<String> check() {
    try (Project project = open()) {
      return project.check(output::add).differences();
    }
  }

  List<String> heads() {
    try (Project project = open()) {
      return project.heads();
    }
  }

  List<Path> migrationFiles() {
    try (Stream<Path> files = Files.list(config.scriptLocation().resolve("versions"))) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The model autogen's entity reader builds for the scenario: what the migration is expected to create. */
  SchemaModel entityModel() {
    return entityModel(scenario);
  }

  static SchemaModel entityModel(String scenario) {
    try (ScannedEntities entities = scan(scenario)) {
      return new EntityModelReader(HIBERNATE_SETTINGS).read(entities).model();
    }
  }

  static ScannedEntities scan(String scenario) {
    return EntityScanner.scan(List.of(Fixture.classesDirectory()), List.of(Fixture.scenario(scenario)));
  }

  /**
   * Creates the schemas other than {@code public} that the model's tables live in, for a database that is not built
   * by autogen's migrations alone (one Hibernate exports to, or one built before autogen created schemas).
   */
  static void createSchemasOf(SchemaModel model, TestDatabase db) throws SQLException {
    try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
      for (String schema : schemasOf(model)) {
        statement.execute("CREATE SCHEMA IF NOT EXISTS \"" + schema.replace("\"", "\"\"") + "\"");
      }
    }
  }

  static String[] schemasOf(SchemaModel model) {
    return model.tables().stream()
        .map(TableModel::name)
        .map(name -> name.schema() == null ? "public" : name.schema())
        .distinct().sorted().toArray(String[]::new);
  }

  /** What {@link #introspect} reads: every schema the entity model uses, without the version table. */
  static IntrospectionFilter filter(SchemaModel entityModel) {
    return IntrospectionFilter.defaults().withSchemas(schemasOf(entityModel)).excluding(VERSION_TABLE);
  }

  /** The tables in every schema the entity model uses, as PostgreSQL's catalog describes them. */
  static SchemaModel introspect(TestDatabase db, SchemaModel entityModel) throws SQLException {
    try (Connection connection = db.connect()) {
      return new PostgresIntrospector().read(connection, filter(entityModel)).schema();
    }
  }
}
