package dev.autogen.cli;

import static dev.autogen.cli.CliAssertions.assertErrorWithStackTrace;
import static dev.autogen.cli.CliAssertions.assertOneLineError;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes a user makes before any database is involved: each gets one {@code ERROR:} line naming what is wrong and
 * where, and exit code 1; the stack trace only with {@code --verbose}.
 */
class CliErrorsTest {

  private static final String PASSWORD = "Tr0ub4dor-3-never-printed";

  @TempDir
  Path directory;

  private CliProject project() {
    return new CliProject(directory);
  }

  @Test
  void missingConfigFile() {
    CliProject project = project();
    Path missing = directory.resolve("nowhere.properties");

    CliResult result = project.run("current", "-c", missing.toString());

    assertThat(assertOneLineError(result)).isEqualTo("ERROR: config file '" + missing + "' not found; run"
        + " 'autogen init migrations' to create one, or point at another with -c FILE");
    assertErrorWithStackTrace(project.run("current", "-c", missing.toString(), "--verbose"), result.err().strip());
  }

  @Test
  void unknownKeyInConfig() {
    CliProject project = project().config("url = embedded", "entity.packages = com.example.model");

    String error = project.failWithOneLine("heads");

    assertThat(error).startsWith("ERROR: " + project.configFile() + ": unknown key 'entity.packages'; known keys are ")
        .contains("entities.packages");
    assertErrorWithStackTrace(project.command("heads", "-v"), error);
  }

  /** The command line's own words: its entities.classpath setting and --target-url option. */
  @Test
  void checkAndAutogenerateWithoutEntitiesNameTheSettingsAndOptionsOfTheCommandLine() {
    CliProject project = project().config("url = jdbc:postgresql://127.0.0.1:1/db");

    assertThat(project.failWithOneLine("check")).isEqualTo("ERROR: " + project.configFile()
        + ": check needs entities.packages (and entities.classpath), or --target-url");
    assertThat(project.failWithOneLine("revision", "-m", "x", "--autogenerate")).isEqualTo("ERROR: "
        + project.configFile() + ": --autogenerate needs entities.packages (and entities.classpath), or --target-url");
  }

  @Test
  void unsetEnvironmentVariableWithoutDefault() {
    CliProject project = project().config("url = embedded", "password = ${AUTOGEN_TEST_UNSET_VARIABLE}");

    assertThat(project.failWithOneLine("current")).isEqualTo("ERROR: " + project.configFile()
        + ": 'password' uses ${AUTOGEN_TEST_UNSET_VARIABLE}, which is not set; set it or give a default as"
        + " ${AUTOGEN_TEST_UNSET_VARIABLE:value}");
  }

  @Test
  void environmentVariableWithDefaultIsUsed() {
    CliProject project = project().config("url = ${AUTOGEN_TEST_UNSET_VARIABLE:embedded}");
    project.init();

    assertThat(project.succeed("heads").outLines()).isEmpty();
  }

  @Test
  void urlOfAnotherDatabaseIsRefusedWithoutShowingItsPassword() {
    CliProject project = project().config("url = jdbc:mysql://localhost/shop?user=app&password=" + PASSWORD);

    CliResult result = project.command("current");

    assertThat(assertOneLineError(result)).isEqualTo("ERROR: " + project.configFile()
        + ": url 'jdbc:mysql://localhost/shop?user=app&password=****' is not a PostgreSQL JDBC URL"
        + " (jdbc:postgresql://host:port/database) nor 'embedded'");
    assertThat(result.allLines()).noneMatch(line -> line.contains(PASSWORD));
  }

  @Test
  void unreachableServerIsNamedWithoutItsPassword() {
    CliProject project = project().config(
        "url = jdbc:postgresql://127.0.0.1:1/shop", "user = app", "password = " + PASSWORD);
    project.init();

    CliResult result = project.command("current");

    assertThat(assertOneLineError(result))
        .startsWith("ERROR: cannot connect to jdbc:postgresql://127.0.0.1:1/shop: server unreachable (");
    assertThat(result.allLines()).noneMatch(line -> line.contains(PASSWORD));
    CliResult verbose = project.command("current", "--verbose");
    assertErrorWithStackTrace(verbose, result.errLines().get(result.errLines().size() - 1));
    assertThat(verbose.allLines()).noneMatch(line -> line.contains(PASSWORD));
  }

  @Test
  void invalidRevisionId() {
    CliProject project = project();
    project.init();
    project.config("url = embedded");

    assertThat(project.failWithOneLine("revision", "-m", "x", "--rev-id", "3F2A9C41B7DE")).isEqualTo(
        "ERROR: --rev-id '3F2A9C41B7DE' is not a revision id (12 lowercase hex characters)");
    assertThat(project.versions()).isEmptyDirectory();
  }

  @Test
  void existingRevisionIdIsNotOverwritten() {
    CliProject project = project();
    project.init();
    project.config("url = embedded");
    Path first = CliProject.generated(project.succeed("revision", "-m", "first", "--rev-id", "3f2a9c41b7de")).file();

    assertThat(project.failWithOneLine("revision", "-m", "again", "--rev-id", "3f2a9c41b7de"))
        .isEqualTo("ERROR: revision 3f2a9c41b7de already exists in " + first);
  }

  @Test
  void initRefusesANonEmptyDirectory() {
    CliProject project = project();
    Path migrations = directory.resolve("migrations");
    CliProject.write(migrations.resolve("notes.txt"), "mine\n");

    CliResult result = project.run("init", migrations.toString(), "--config-dir", directory.toString());

    assertThat(assertOneLineError(result))
        .isEqualTo("ERROR: directory '" + migrations + "' already exists and is not empty");
    assertThat(migrations.resolve("versions")).doesNotExist();
    assertThat(project.configFile()).doesNotExist();
  }

  @Test
  void initKeepsAnExistingConfig() {
    CliProject project = project().config("url = embedded");

    CliResult result = project.init();

    assertThat(result.outLines()).contains("File " + project.configFile() + " already exists, skipping");
    assertThat(CliProject.read(project.configFile())).isEqualTo("url = embedded\n");
  }

  @Test
  void unknownTemplate() {
    CliResult result = project().run("init", directory.resolve("migrations").toString(), "--config-dir",
        directory.toString(), "--template", "nosuch");

    assertThat(assertOneLineError(result)).isEqualTo("ERROR: no template named 'nosuch'; available: generic, server");
  }
}
