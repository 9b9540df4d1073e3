package dev.autogen.corpus;

import dev.autogen.command.AutogenConfig;
import dev.autogen.command.Project;
import dev.autogen.command.RevisionRequest;
import dev.autogen.introspect.IntrospectionFilter;
import dev.autogen.introspect.IntrospectionResult;
import dev.autogen.introspect.PostgresIntrospector;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.jpa.EntityModelReader;
import dev.autogen.schema.jpa.EntityScanner;
import dev.autogen.schema.jpa.ScannedEntities;
import dev.autogen.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A project over one corpus model, set up as a user would: migrations in a fresh directory, the model's jar as
 * {@code entities.classpath}, its packages as {@code entities.packages}, the product's Hibernate settings, and a test
 * database. Every command goes through the engine's facade, {@link Project}, as the command line's do.
 */
final class CorpusProject {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

  final CorpusModel model;
  final AutogenConfig config;
  final List<String> output = new ArrayList<>();

  CorpusProject(CorpusModel model, Path directory, TestDatabase db) {
    this.model = model;
    Path migrations = directory.resolve("migrations");
    try {
      Files.createDirectories(migrations.resolve("versions"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.config = AutogenConfig.builder(directory.resolve("autogen.properties"), migrations)
        .url(db.jdbcUrl()).user(db.user()).password(db.password())
        .entityPackages(model.packages()).entityClasspath(model.jars())
        .versionTable(IntrospectionFilter.VERSION_TABLE).hibernateSettings(model.settings())
        .build();
  }

  private Project open() {
    return new Project(config, output::add, CLOCK);
  }

  void revision(String id, String message) {
    try (Project project = open()) {
      project.revision(new RevisionRequest(message, false, false, id), output::add);
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

  /** The script {@code upgrade base:head --sql} prints, contacting no database. */
  String upgradeScript() {
    StringBuilder script = new StringBuilder();
    try (Project project = open()) {
      project.upgradeSql("base:head", line -> script.append(line).append('\n'));
    }
    return script.toString();
  }

  List<String> check() {
    try (Project project = open()) {
      return project.check(output::add).differences();
    }
  }

  ScannedEntities scan() {
    return EntityScanner.scan(model.jars(), model.packages());
  }

  /** The model autogen's entity reader builds: what the migration is expected to create. */
  SchemaModel entityModel() {
    try (ScannedEntities entities = scan()) {
      return new EntityModelReader(model.settings()).read(entities).model();
    }
  }

  /** What PostgreSQL's catalog holds in every schema the entity model uses, without autogen's own tables. */
  static IntrospectionResult introspect(TestDatabase db, SchemaModel entityModel) throws SQLException {
    try (Connection connection = db.connect()) {
      return new PostgresIntrospector().read(connection, IntrospectionFilter.defaults().covering(entityModel));
    }
  }
}
