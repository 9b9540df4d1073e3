package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.cli.CliProject.GeneratedRevision;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's Alembic walk-through (init, configure, modify an entity, autogenerate, review, upgrade, add a data step,
 * verify, roll back, current/history), step for step through the command line's entry point against a real
 * PostgreSQL. Each step asserts what the user sees and what the database holds.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class SeedWorkflowIT {

  private static final String ADD_PHONE_NUMBER = "op.addColumn(\"user\", column(\"phone_number\", varchar(255)));";
  private static final String DROP_PHONE_NUMBER = "op.dropColumn(\"user\", \"phone_number\");";
  private static final String FILL_PHONE_NUMBER =
      "op.execute(\"UPDATE \\\"user\\\" SET phone_number = '000-000-0000'\");";

  @TempDir
  Path directory;

  @Test
  void seedWalkThrough(TestDatabase database) throws Exception {
    CliProject project = new CliProject(directory).environment("AUTOGEN_PASSWORD", database.password());
    Catalog catalog = new Catalog(database);

    // Step 2: initialise
    CliResult init = project.init();
    assertThat(project.versions()).isEmptyDirectory();
    assertThat(project.directory().resolve("migrations/README.md")).isRegularFile();
    assertThat(CliProject.read(project.configFile()))
        .contains("# autogen configuration", "script_location = migrations", "url = embedded");
    assertThat(init.outLines()).contains(
        "Generating " + project.directory().resolve("migrations/README.md") + " ...  done",
        "Generating " + project.configFile() + " ...  done");

    CliResult templates = project.run("list-templates");
    assertThat(templates.exitCode()).isZero();
    assertThat(templates.outLines()).anyMatch(line -> line.startsWith("generic - "))
        .anyMatch(line -> line.startsWith("server - "));

    // Steps 3 and 4: the database and the entities (the target metadata), edited into the generated file
    editConfig(project, Map.of(
        "url", database.jdbcUrl(),
        "entities.packages", "com.example.model",
        "entities.classpath", "target/classes"));
    CliProject.write(project.configFile(), CliProject.read(project.configFile())
        + "user = " + database.user() + "\n");

    // the first revision creates the user table (Hibernate orders the columns after the key by name)
    compileUser(project, false);
    CliResult createUser = project.succeed("revision", "-m", "create user");
    assertThat(createUser.outLines()).contains("Detected added table 'user'");
    GeneratedRevision first = CliProject.generated(createUser);
    assertThat(first.file().getParent()).isEqualTo(project.versions());
    assertThat(project.succeed("upgrade", "head").outLines())
        .containsExactly("Running upgrade  -> " + first.id() + ", create user");
    assertThat(catalog.columns("user")).containsExactly("id", "email", "username");
    catalog.execute("INSERT INTO \"user\" (username, email) VALUES ('alice', 'alice@example.com')");

    // Step 5: modify the entity; step 6: generate a migration
    compileUser(project, true);
    CliResult addPhoneNumber = project.succeed("revision", "-m", "add phone_number");
    assertThat(addPhoneNumber.outLines()).contains("Detected added column 'user.phone_number'");
    GeneratedRevision second = CliProject.generated(addPhoneNumber);
    assertThat(second.id()).isNotEqualTo(first.id());

    // Step 7: review
    assertThat(second.source())
        .contains("id = \"" + second.id() + "\"", "revises = \"" + first.id() + "\"", "message = \"add phone_number\"")
        .contains(ADD_PHONE_NUMBER, DROP_PHONE_NUMBER)
        .doesNotContain("createTable");

    // Step 9 (before 8, as re-running is the same): a data step after the new column
    second.insertAfter(ADD_PHONE_NUMBER, FILL_PHONE_NUMBER);

    // Step 8: apply
    assertThat(project.succeed("upgrade", "head").outLines())
        .containsExactly("Running upgrade " + first.id() + " -> " + second.id() + ", add phone_number");

    // Step 10: verify
    assertThat(catalog.columns("user")).containsExactly("id", "email", "username", "phone_number");
    assertThat(catalog.query("SELECT username || '=' || phone_number FROM \"user\""))
        .containsExactly("alice=000-000-0000");
    assertThat(catalog.versions()).containsExactly(second.id());
    CliResult check = project.succeed("check");
    assertThat(check.outLines()).containsExactly("No new upgrade operations detected.");

    // Step 12 (where am I), at the head
    assertThat(project.succeed("current").outLines()).containsExactly(second.id() + " (head)");
    assertThat(project.succeed("history").outLines()).containsExactly(
        first.id() + " -> " + second.id() + " (head), add phone_number",
        "<base> -> " + first.id() + ", create user");
    assertThat(project.succeed("heads").outLines()).containsExactly(second.id() + " (head)");

    // Step 11: roll back
    assertThat(project.succeed("downgrade", "-1").outLines())
        .containsExactly("Running downgrade " + second.id() + " -> " + first.id() + ", add phone_number");
    assertThat(catalog.columns("user")).containsExactly("id", "email", "username");
    assertThat(catalog.query("SELECT username FROM \"user\"")).containsExactly("alice");
    assertThat(catalog.versions()).containsExactly(first.id());
    assertThat(project.succeed("current").outLines()).containsExactly(first.id());

    // as Alembic's, check compares only a database at the head of the scripts
    assertThat(project.failWithOneLine("check")).isEqualTo("ERROR: Target database is not up to date: it is at "
        + first.id() + ", the scripts' head is " + second.id() + "; run 'autogen upgrade head' first");

    // the reviewer discards the revision: now the entities are ahead of the database, and check says how
    Files.delete(second.file());
    CliResult drift = project.command("check");
    assertThat(drift.exitCode()).as("%s", drift).isEqualTo(1);
    assertThat(drift.outLines()).containsExactly(
        "Detected added column 'user.phone_number'",
        "New upgrade operations detected:",
        "  added column 'user.phone_number'");
  }

  @Test
  void revisionIsEmptyWithEmptyFlagOrWithoutEntitiesAndTakesTheGivenId(TestDatabase database) throws Exception {
    CliProject project = new CliProject(directory).environment("AUTOGEN_PASSWORD", database.password());
    project.init();
    project.config(
        "url = " + database.jdbcUrl(),
        "user = " + database.user(),
        "entities.packages = com.example.model",
        "entities.classpath = target/classes");
    compileUser(project, false);

    CliResult empty = project.succeed("revision", "--empty", "-m", "by hand", "--rev-id", "0123456789ab");
    assertThat(empty.outLines()).noneMatch(line -> line.startsWith("Detected"));
    GeneratedRevision byHand = CliProject.generated(empty);
    assertThat(byHand.id()).isEqualTo("0123456789ab");
    assertThat(byHand.file().getFileName().toString()).startsWith("R0123456789ab_");
    assertEmptyBodies(byHand);
    assertThat(byHand.source()).contains("id = \"0123456789ab\"").doesNotContain("revises");

    // the same project without entities: no database is touched, the revision is empty and follows the first
    project.config("url = jdbc:postgresql://127.0.0.1:1/unreachable", "entities.classpath = target/classes");
    CliResult withoutEntities = project.succeed("revision", "-m", "no entities", "--rev-id", "fedcba987654");
    GeneratedRevision blank = CliProject.generated(withoutEntities);
    assertThat(blank.id()).isEqualTo("fedcba987654");
    assertEmptyBodies(blank);
    assertThat(blank.source()).contains("revises = \"0123456789ab\"");
    assertThat(withoutEntities.err()).doesNotContain("Database:");
    assertThat(new Catalog(database).tables()).isEmpty();
    try (var files = Files.list(project.versions())) {
      assertThat(files).hasSize(2);
    }
  }

  private static void assertEmptyBodies(GeneratedRevision revision) {
    assertThat(revision.source())
        .doesNotContain("op.")
        .containsPattern("public void upgrade\\(Operations op\\) \\{\\s*}")
        .containsPattern("public void downgrade\\(Operations op\\) \\{\\s*}");
  }

  /** Replaces the {@code key = value} lines of the config for the given keys, as a user edits the file. */
  private static void editConfig(CliProject project, Map<String, String> values) {
    String config = CliProject.read(project.configFile());
    for (Map.Entry<String, String> entry : values.entrySet()) {
      String line = "(?m)^" + Pattern.quote(entry.getKey()) + " =.*$";
      assertThat(config).as("config has a %s line", entry.getKey()).containsPattern(line);
      config = config.replaceAll(line, Matcher.quoteReplacement(entry.getKey() + " = " + entry.getValue()));
    }
    CliProject.write(project.configFile(), config);
  }

  /** The seed's {@code User} on table {@code user}, with or without its new phone number. */
  static void compileUser(CliProject project, boolean withPhoneNumber) {
    String phoneNumber = withPhoneNumber
        ? """

          @Column(name = "phone_number")
          String phoneNumber;
        """
        : "";
    EntityCompiler.compile(project.directory().resolve("src"), project.entityClasses(), Map.of(
        "com/example/model/User.java", """
        package com.example.model;

        import jakarta.persistence.Column;
        import jakarta.persistence.Entity;
        import jakarta.persistence.GeneratedValue;
        import jakarta.persistence.GenerationType;
        import jakarta.persistence.Id;
        import jakarta.persistence.Table;

        @Entity
        @Table(name = "user")
        public class User {

          @Id
          @GeneratedValue(strategy = GenerationType.IDENTITY)
          Long id;

          @Column(nullable = false)
          String username;

          @Column(nullable = false)
          String email;
        %s}
        """.formatted(phoneNumber)));
  }
}
