package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What autogenerate compares, through the command line: tables the application does not own are never proposed for
 * dropping, what it cannot manage is reported once, and a second database can stand in for the entities.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class SchemasAndFiltersIT {

  @TempDir
  Path directory;

  @Test
  void excludedTablesAreNeverDroppedAndUnmanagedObjectsAreWarnedAboutOnce(TestDatabase database) throws Exception {
    Catalog catalog = new Catalog(database);
    catalog.execute("CREATE TABLE flyway_schema_history (installed_rank integer PRIMARY KEY)");
    catalog.execute("CREATE SCHEMA legacy");
    catalog.execute("CREATE TABLE legacy.orders (id integer PRIMARY KEY)");
    catalog.execute("CREATE SEQUENCE flyway_seq");
    catalog.execute("CREATE VIEW recent_history AS SELECT installed_rank FROM flyway_schema_history");
    catalog.execute("CREATE FUNCTION answer() RETURNS integer LANGUAGE sql AS 'SELECT 42'");
    CliProject project = new CliProject(directory)
        .environment("AUTOGEN_PASSWORD", database.password());
    project.init();
    project.config(
            "url = " + database.jdbcUrl(),
            "user = " + database.user(),
            "entities.packages = com.example.model",
            "entities.classpath = target/classes",
            "include.schemas = public, legacy",
            "exclude.tables = flyway_*, legacy.*");
    SeedWorkflowIT.compileUser(project, false);

    CliResult revision = project.succeed("revision", "-m", "create user");
    assertThat(revision.outLines())
        .contains("Detected added table 'user'")
        .noneMatch(line -> line.contains("flyway") && line.startsWith("Detected"))
        .noneMatch(line -> line.contains("legacy") && line.startsWith("Detected"))
        .containsOnlyOnce(
            "WARNING: view 'recent_history' is not managed by autogen: it is neither compared nor changed",
            "WARNING: function 'answer' is not managed by autogen: it is neither compared nor changed");
    project.succeed("upgrade", "head");

    catalog.execute("CREATE INDEX user_lower_email ON \"user\" (lower(email))");
    CliResult check = project.command("check");
    assertThat(check.exitCode()).as("%s", check).isZero();
    assertThat(check.outLines())
        .containsOnlyOnce("WARNING: user.user_lower_email: expression index left out: the model cannot represent it")
        .contains("No new upgrade operations detected.");
    assertThat(catalog.tables()).contains("flyway_schema_history");
  }

  /** An enum type the entities do not name, used by an excluded table: PostgreSQL would refuse to drop it. */
  @Test
  void aTypeAnExcludedTableUsesIsKeptWithAWarning(TestDatabase database) throws Exception {
    Catalog catalog = new Catalog(database);
    catalog.execute("CREATE TYPE mood AS ENUM ('sad', 'happy')");
    catalog.execute("CREATE TABLE legacy_note (id integer PRIMARY KEY, mood mood)");
    CliProject project = new CliProject(directory)
        .environment("AUTOGEN_PASSWORD", database.password());
    project.init();
    project.config(
            "url = " + database.jdbcUrl(),
            "user = " + database.user(),
            "entities.packages = com.example.model",
            "entities.classpath = target/classes",
            "exclude.tables = legacy_*");
    SeedWorkflowIT.compileUser(project, false);
    String kept = "WARNING: enum type 'mood' is kept: column mood of table legacy_note uses it, and autogen does not"
        + " manage that";

    CliResult revision = project.succeed("revision", "-m", "create user");
    assertThat(revision.outLines())
        .contains("Detected added table 'user'")
        .noneMatch(line -> line.contains("mood") && line.startsWith("Detected"))
        .containsOnlyOnce(kept);
    project.succeed("upgrade", "head");

    CliResult check = project.command("check");
    assertThat(check.exitCode()).as("%s", check).isZero();
    assertThat(check.outLines()).containsOnlyOnce(kept).contains("No new upgrade operations detected.");
    assertThat(catalog.query("SELECT typname FROM pg_type WHERE typname = 'mood'")).isNotEmpty();
  }

  @Test
  void aSecondDatabaseIsTheTargetWithTargetUrl(TestDatabase current, TestDatabase target) throws Exception {
    Catalog targetCatalog = new Catalog(target);
    targetCatalog.execute("CREATE SCHEMA app");
    targetCatalog.execute("CREATE TABLE app.account (id bigint PRIMARY KEY, name text NOT NULL)");
    targetCatalog.execute("CREATE TABLE note (id bigint PRIMARY KEY, account_id bigint REFERENCES app.account (id))");
    CliProject project = new CliProject(directory)
        .environment("AUTOGEN_PASSWORD", current.password())
        .environment("AUTOGEN_TARGET_PASSWORD", target.password());
    project.init();
    project.config(
            "url = " + current.jdbcUrl(),
            "user = " + current.user(),
            "include.schemas = public, app");
    String[] targetOptions = {"--target-url", target.jdbcUrl(), "--target-user", target.user()};

    CliResult revision = project.succeed("revision", concat(new String[] {"-m", "sync"}, targetOptions));
    assertThat(revision.outLines()).contains(
        "Detected added schema 'app'",
        "Detected added table 'note'",
        "Detected added table 'app.account'",
        "Detected added foreign key [account_id] on 'note' -> 'app.account'");
    assertThat(CliProject.generated(revision).source())
        .contains("Autogenerated from database " + target.jdbcUrl(), "op.createSchema(\"app\");");
    project.succeed("upgrade", "head");

    CliResult check = project.command("check", targetOptions);
    assertThat(check.exitCode()).as("%s", check).isZero();
    assertThat(check.outLines()).contains("No new upgrade operations detected.");
    CliResult checkAgainstEntities = project.command("check");
    assertThat(checkAgainstEntities.exitCode()).isNotZero();

    project.succeed("downgrade", "base");
    Catalog currentCatalog = new Catalog(current);
    assertThat(currentCatalog.query("SELECT nspname FROM pg_namespace WHERE nspname = 'app'")).isEmpty();
  }

  private static String[] concat(String[] first, String[] second) {
    String[] all = new String[first.length + second.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }
}
