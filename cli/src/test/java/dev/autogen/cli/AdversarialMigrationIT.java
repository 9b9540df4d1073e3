package dev.autogen.cli;

import static dev.autogen.cli.CliAssertions.assertOneLineError;
import static dev.autogen.cli.CliAssertions.assertTerminalSafe;
import static dev.autogen.cli.LeakLedger.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.autogen.cli.CliProject.GeneratedRevision;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attacks from inside a migration and from the project's own state: a migration that ends the JVM, one that
 * overflows the stack, one whose failure repeats the password; a version table naming a revision nobody has; a
 * project directory autogen cannot write. Each is a failure with one line and a non-zero exit, and the database
 * stays at the revision before.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class AdversarialMigrationIT {

  private static final LeakLedger LEDGER = new LeakLedger("AdversarialMigrationIT");
  private static final String FIRST = "aaaaaaaaaaa1";
  private static final String SECOND = "bbbbbbbbbbb2";

  @TempDir
  Path directory;

  @AfterAll
  static void noOutputHeldThePassword() {
    LEDGER.assertNothingLeaked();
  }

  /** A project on the test database as {@code role}, whose password is the suite's secret; {@code FIRST} creates table note. */
  private CliProject project(SecuredRole role, String secondUpgrade) {
    CliProject project = new CliProject(directory);
    project.init();
    project.config("url = " + role.jdbcUrl(), "user = " + SecuredRole.NAME, "password = " + SECRET);
    handWritten(project, FIRST, "op.execute(\"CREATE TABLE note (id integer)\");");
    handWritten(project, SECOND, "op.execute(\"ALTER TABLE note ADD COLUMN body text\"); " + secondUpgrade);
    return project;
  }

  private static GeneratedRevision handWritten(CliProject project, String id, String upgrade) {
    GeneratedRevision revision = CliProject.generated(
        LEDGER.record(project.succeed("revision", "--empty", "-m", "step " + id, "--rev-id", id)));
    revision.insertAfter("public void upgrade(Operations op) {", upgrade);
    return revision;
  }

  @Test
  void systemExitInAMigrationIsAFailureOfOneLineAndTheStepIsNotCommitted(TestDatabase db) throws Exception {
    for (String exit : List.of("System.exit(0);", "Runtime.getRuntime().exit(3);")) {
      LEDGER.attack();
      try (SecuredRole role = SecuredRole.create(db, SECRET)) {
        CliProject project = project(role, "if (true) " + exit);
        Process child = startCli(project, "upgrade", "head");
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the child ends").isTrue();
        String out = Files.readString(directory.resolve("child.out"));
        String err = Files.readString(directory.resolve("child.err"));
        LEDGER.record(out);
        LEDGER.record(err);

        CliResult result = new CliResult(child.exitValue(), out, err);
        assertThat(assertOneLineError(result)).as("%s", exit).isEqualTo("ERROR: migration code called System.exit"
            + " during 'Running upgrade " + FIRST + " -> " + SECOND + ", step " + SECOND + "'; a migration must not"
            + " end the process: autogen stopped, and the step's transaction was not committed");
        assertThat(result.outLines()).containsExactly("Running upgrade  -> " + FIRST + ", step " + FIRST,
            "Running upgrade " + FIRST + " -> " + SECOND + ", step " + SECOND);
        Catalog catalog = new Catalog(db);
        assertThat(catalog.versions()).containsExactly(FIRST);
        assertThat(catalog.columns("note")).containsExactly("id");
        execute(db, "DROP TABLE note", "DROP TABLE autogen_version", "DROP TABLE autogen_version_history");
      }
      deleteProject();
    }
  }

  /** Line breaks, ANSI sequences and a bidirectional override in the messages of applied revisions. */
  @Test
  void aMessageNeverForgesOrErasesAStepLineOrAHistoryLine(TestDatabase db) throws Exception {
    List<String> hostile = List.of("\r", "\n", "\r\n", "\u2028", "\u2029", "\u0085", "\u001b[2K\u001b[1A", "\u009b2K",
        "\u202e", "\u0007\b\u007f");
    try (SecuredRole role = SecuredRole.create(db, SECRET)) {
      CliProject project = new CliProject(directory);
      project.init();
      project.config("url = " + role.jdbcUrl(), "user = " + SecuredRole.NAME, "password = " + SECRET);
      for (int i = 0; i < hostile.size(); i++) {
        LEDGER.attack();
        LEDGER.record(project.succeed("revision", "--empty", "-m", "step " + i + hostile.get(i)
            + "Running upgrade ffffffffffff -> 000000000000, forged", "--rev-id", String.format("%012x", i + 1)));
      }
      List<String> upgrade = assertTerminalSafe(LEDGER.record(project.succeed("upgrade", "head")));
      assertThat(upgrade).filteredOn(line -> !line.startsWith("Database: ")).hasSize(hostile.size())
          .allMatch(line -> line.startsWith("Running upgrade ") && line.endsWith(", forged"));
      assertThat(upgrade).contains("Running upgrade 000000000001 -> 000000000002, step 1\\n"
          + "Running upgrade ffffffffffff -> 000000000000, forged");
      assertThat(assertTerminalSafe(LEDGER.record(project.succeed("history", "-v", "-i"))))
          .filteredOn(line -> line.contains("forged")).hasSize(hostile.size());
      assertThat(assertTerminalSafe(LEDGER.record(project.succeed("current", "-v"))))
          .filteredOn(line -> line.contains("forged")).hasSize(1);
      assertTerminalSafe(LEDGER.record(project.succeed("history", "--log")));
      List<String> downgrade = assertTerminalSafe(LEDGER.record(project.succeed("downgrade", "base")));
      assertThat(downgrade).filteredOn(line -> !line.startsWith("Database: ")).hasSize(hostile.size())
          .allMatch(line -> line.startsWith("Running downgrade ") && line.endsWith(", forged"));
      assertThat(new Catalog(db).versions()).isEmpty();
    }
  }

  @Test
  void anErrorInAMigrationIsAFailureOfOneLine(TestDatabase db) throws Exception {
    List<String> errors = List.of(
        "java.util.function.IntUnaryOperator[] f = new java.util.function.IntUnaryOperator[1];"
            + " f[0] = n -> f[0].applyAsInt(n + 1) + 1; f[0].applyAsInt(0);",
        "if (true) throw new AssertionError();",
        "if (true) throw new LinkageError(\"login " + SECRET + " refused\");",
        "if (true) throw new IllegalStateException(\"jdbc:postgresql://h/db?password=" + SECRET + "\");");
    List<String> expected = List.of("failed: java.lang.StackOverflowError", "failed: java.lang.AssertionError",
        "failed: login **** refused", "failed: jdbc:postgresql://h/db?password=****");
    for (int i = 0; i < errors.size(); i++) {
      LEDGER.attack();
      try (SecuredRole role = SecuredRole.create(db, SECRET)) {
        CliProject project = project(role, errors.get(i));

        CliResult result = LEDGER.record(project.command("upgrade", "head"));

        assertThat(assertOneLineError(result)).startsWith("ERROR: Revision " + SECOND + " (").endsWith(expected.get(i));
        CliResult verbose = LEDGER.record(project.command("upgrade", "head", "-v"));
        assertThat(verbose.exitCode()).isEqualTo(1);
        assertThat(verbose.err()).contains("\tat ").doesNotContain(SECRET);
        Catalog catalog = new Catalog(db);
        assertThat(catalog.versions()).containsExactly(FIRST);
        assertThat(catalog.columns("note")).containsExactly("id");
        execute(db, "DROP TABLE note", "DROP TABLE autogen_version", "DROP TABLE autogen_version_history");
      }
      deleteProject();
    }
  }

  @Test
  void currentFailsWhenTheDatabaseIsAtARevisionNoFileHas(TestDatabase db) throws Exception {
    try (SecuredRole role = SecuredRole.create(db, SECRET)) {
      LEDGER.attack();
      CliProject project = project(role, "");
      LEDGER.record(project.succeed("upgrade", FIRST));
      execute(db, "UPDATE autogen_version SET version_num = 'ffffffffffff'");

      String error = assertOneLineError(LEDGER.record(project.command("current")));

      assertThat(error).isEqualTo("ERROR: The database is at revision ffffffffffff, which no file in "
          + project.versions() + " has; restore its file, or set the database's revision with"
          + " 'autogen stamp --purge REV'");
      CliAssertions.assertErrorWithStackTrace(LEDGER.record(project.command("current", "-v")), error);
    }
  }

  @Test
  void aReadOnlyVersionsDirectoryIsNamedWithTheReason(TestDatabase db) throws Exception {
    assumeTrue(!"root".equals(System.getProperty("user.name")), "root writes into read-only directories");
    try (SecuredRole role = SecuredRole.create(db, SECRET)) {
      LEDGER.attack();
      CliProject project = project(role, "");
      Files.setPosixFilePermissions(project.versions(), PosixFilePermissions.fromString("r-xr-xr-x"));
      try {
        String error = assertOneLineError(LEDGER.record(project.command("revision", "--empty", "-m", "x")));
        assertThat(error).contains(project.versions().toString()).contains("permission denied");
      } finally {
        Files.setPosixFilePermissions(project.versions(), PosixFilePermissions.fromString("rwxr-xr-x"));
      }
    }
  }

  /** {@code autogen} in a JVM of its own through its main method, as the launcher runs it. */
  private Process startCli(CliProject project, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), AutogenCli.class.getName()));
    command.addAll(List.of(args));
    command.addAll(List.of("-c", project.configFile().toString()));
    return new ProcessBuilder(command)
        .redirectOutput(directory.resolve("child.out").toFile())
        .redirectError(directory.resolve("child.err").toFile())
        .start();
  }

  private void deleteProject() throws IOException {
    try (var paths = Files.walk(directory)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        if (!path.equals(directory)) {
          Files.delete(path);
        }
      }
    }
  }

  private static void execute(TestDatabase db, String... statements) throws Exception {
    try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }
}
