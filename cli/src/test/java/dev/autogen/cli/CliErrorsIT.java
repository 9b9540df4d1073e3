package dev.autogen.cli;

import static dev.autogen.cli.CliAssertions.assertErrorWithStackTrace;
import static dev.autogen.cli.CliAssertions.assertOneLineError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.autogen.cli.CliProject.GeneratedRevision;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes that show against a real database: each gets one {@code ERROR:} line naming the revision, file or object
 * at fault, exit code 1, and leaves the database as it was.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class CliErrorsIT {

  private static final String PASSWORD = "Corr3ct-h0rse-battery-staple";

  @TempDir
  Path directory;

  /** An initialised project on the test database, without entities; the password comes from the environment. */
  private CliProject project(TestDatabase database) {
    CliProject project = new CliProject(directory).environment("AUTOGEN_PASSWORD", database.password());
    project.init();
    project.config("url = " + database.jdbcUrl(), "user = " + database.user());
    return project;
  }

  /** A hand-written revision whose upgrade() and downgrade() run the given statements. */
  private static GeneratedRevision handWritten(CliProject project, String id, String upgrade, String downgrade) {
    GeneratedRevision revision = CliProject.generated(project.succeed("revision", "-m", "step " + id, "--rev-id", id));
    revision.insertAfter("public void upgrade(Operations op) {", upgrade);
    revision.insertAfter("public void downgrade(Operations op) {", downgrade);
    return revision;
  }

  @Test
  void migrationThatThrowsLeavesTheDatabaseAtThePreviousRevision(TestDatabase database) throws Exception {
    CliProject project = project(database);
    handWritten(project, "aaaaaaaaaaa1", "op.execute(\"CREATE TABLE note (id integer)\");", "op.dropTable(\"note\");");
    GeneratedRevision failing = handWritten(project, "bbbbbbbbbbb2",
        "op.execute(\"ALTER TABLE note ADD COLUMN body text\"); if (true) throw new IllegalStateException(\"body"
            + " needs a backfill first\");",
        "");

    CliResult result = project.command("upgrade", "head");

    assertThat(result.outLines()).containsExactly(
        "Running upgrade  -> aaaaaaaaaaa1, step aaaaaaaaaaa1", "Running upgrade aaaaaaaaaaa1 -> bbbbbbbbbbb2, step bbbbbbbbbbb2");
    assertThat(assertOneLineError(result))
        .startsWith("ERROR: Revision bbbbbbbbbbb2 (")
        .contains(failing.file().getFileName().toString())
        .endsWith("failed: body needs a backfill first");
    Catalog catalog = new Catalog(database);
    assertThat(catalog.columns("note")).containsExactly("id");
    assertThat(catalog.versions()).containsExactly("aaaaaaaaaaa1");
    assertThat(project.succeed("current").outLines()).containsExactly("aaaaaaaaaaa1");
  }

  @Test
  void statementTheDatabaseRejectsIsReportedWithItsRevision(TestDatabase database) throws Exception {
    CliProject project = project(database);
    handWritten(project, "aaaaaaaaaaa1", "op.execute(\"CREATE TABLE note (id integer)\");", "");
    handWritten(project, "bbbbbbbbbbb2", "op.execute(\"CREATE TABLE note (id integer)\");", "");

    String error = project.failWithOneLine("upgrade", "head");

    assertThat(error).startsWith("ERROR: Revision bbbbbbbbbbb2 (").contains("relation \"note\" already exists");
    assertThat(new Catalog(database).versions()).containsExactly("aaaaaaaaaaa1");
  }

  @Test
  void migrationThatDoesNotCompileIsNamedWithItsLine(TestDatabase database) throws Exception {
    CliProject project = project(database);
    GeneratedRevision broken = handWritten(project, "cccccccccccc", "op.addColum(\"note\");", "");
    int line = CliProject.read(broken.file()).lines().map(String::strip).toList().indexOf("op.addColum(\"note\");") + 1;
    assertThat(line).isPositive();

    CliResult result = project.command("upgrade", "head");

    assertThat(assertOneLineError(result)).startsWith("ERROR: " + broken.file() + ":" + line + ": ")
        .contains("addColum");
    assertThat(new Catalog(database).tables()).isEmpty();
    assertErrorWithStackTrace(project.command("upgrade", "head", "--verbose"), result.errLines().get(0));
  }

  @Test
  void unknownRevision(TestDatabase database) throws Exception {
    CliProject project = project(database);
    handWritten(project, "aaaaaaaaaaa1", "", "");

    assertThat(project.failWithOneLine("upgrade", "123456789abc"))
        .isEqualTo("ERROR: Can't locate revision identified by '123456789abc'");
    assertThat(new Catalog(database).versions()).isEmpty();
  }

  @Test
  void ambiguousRevisionPrefix(TestDatabase database) throws Exception {
    CliProject project = project(database);
    handWritten(project, "a00000000001", "", "");
    handWritten(project, "a00000000002", "", "");

    assertThat(project.failWithOneLine("upgrade", "a"))
        .isEqualTo("ERROR: Revision prefix 'a' is ambiguous; it matches a00000000001, a00000000002");
    assertThat(project.succeed("upgrade", "a00000000001").outLines())
        .containsExactly("Running upgrade  -> a00000000001, step a00000000001");
  }

  @Test
  void entityPackageWithoutEntities(TestDatabase database) throws Exception {
    CliProject project = project(database);
    SeedWorkflowIT.compileUser(project, false);
    project.config("url = " + database.jdbcUrl(), "user = " + database.user(),
        "entities.packages = com.example.nothing", "entities.classpath = target/classes");

    String error = project.failWithOneLine("revision", "-m", "nothing");

    assertThat(error)
        .startsWith("ERROR: no @Entity classes found in packages [com.example.nothing] on classpath ")
        .contains(project.entityClasses().toString());
    assertThat(project.versions()).isEmptyDirectory();
  }

  @Test
  void wrongPasswordIsRefusedWithoutPrintingAnyPassword(TestDatabase database) throws Exception {
    try (SecuredRole role = SecuredRole.create(database, PASSWORD)) {
      assumeTrue(role.requirePassword(), "the test server's pg_hba.conf is not a file this JVM can write"
          + " (an external server or a container), so it cannot be made to check passwords");
      String wrong = "Wr0ng-" + PASSWORD;
      CliProject project = new CliProject(directory);
      project.init();
      project.config("url = " + role.jdbcUrl(), "user = " + SecuredRole.NAME, "password = " + wrong);

      CliResult result = project.command("current");

      assertThat(assertOneLineError(result)).isEqualTo("ERROR: cannot connect to " + role.jdbcUrl()
          + ": authentication failed for user 'secured'; check user and password (or AUTOGEN_PASSWORD)");
      assertThat(result.allLines()).noneMatch(line -> line.contains(wrong) || line.contains(PASSWORD));

      // the right one, from the environment, wins over the file's
      project.environment("AUTOGEN_PASSWORD", PASSWORD);
      assertThat(project.succeed("current").outLines()).isEmpty();
    }
  }

  @Test
  void noOutputLineContainsTheConfiguredPassword(TestDatabase database) throws Exception {
    try (SecuredRole role = SecuredRole.create(database, PASSWORD)) {
      CliProject project = new CliProject(directory);
      project.init();
      project.config("url = " + role.jdbcUrl(), "user = " + SecuredRole.NAME, "password = " + PASSWORD,
          "entities.packages = com.example.model", "entities.classpath = target/classes");
      SeedWorkflowIT.compileUser(project, false);
      List<CliResult> results = new ArrayList<>();
      results.add(project.succeed("revision", "-m", "create user", "--verbose"));
      results.add(project.succeed("upgrade", "head", "-v"));
      results.add(project.succeed("check", "-v"));
      results.add(project.succeed("current", "-v"));
      results.add(project.succeed("history", "-v"));
      results.add(project.succeed("heads", "-v"));
      results.add(project.command("upgrade", "no-such-revision", "-v"));
      results.add(project.succeed("downgrade", "base", "-v"));
      results.add(project.command("upgrade", "head", "--url", role.jdbcUrl() + "x", "-v"));
      results.add(project.command("current", "--url", "jdbc:postgresql://127.0.0.1:1/x", "-v"));

      assertThat(results).allSatisfy(result -> assertThat(result.allLines()).isNotEmpty()
          .noneMatch(line -> line.contains(PASSWORD)));
      assertThat(results.get(1).outLines()).hasSize(1);
      assertThat(results.get(8).exitCode()).as("%s", results.get(8)).isEqualTo(1);
      assertThat(results.get(9).exitCode()).as("%s", results.get(9)).isEqualTo(1);
    }
  }
}
