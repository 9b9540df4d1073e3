package dev.autogen.cli;

import static dev.autogen.cli.CliAssertions.assertOneLineError;
import static org.assertj.core.api.Assertions.assertThat;

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
 * A branched history on a real database: two branches off one base, each creating a table, joined by a merge.
 * {@code upgrade heads}, branch targets, {@code stamp}, {@code current --check-heads} and {@code history -i}.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class BranchedMigrationsIT {

  private static final String BASE = "aaaaaaaaaaa1";
  private static final String LEFT = "bbbbbbbbbbb2";
  private static final String RIGHT = "ccccccccccc3";
  private static final String MERGE = "ddddddddddd4";

  @TempDir
  Path directory;

  /** base (table base_t) <- left (left_t, label left), base <- right (right_t, label right), joined by MERGE. */
  private CliProject branched(TestDatabase database) {
    CliProject project = new CliProject(directory).environment("AUTOGEN_PASSWORD", database.password());
    project.init();
    project.config("url = " + database.jdbcUrl(), "user = " + database.user());
    createsTable(project, "base_t", "--rev-id", BASE);
    createsTable(project, "left_t", "--rev-id", LEFT, "--branch-label", "left");
    createsTable(project, "right_t", "--rev-id", RIGHT, "--head", BASE, "--splice", "--branch-label", "right");
    project.succeed("merge", "-m", "join", "--rev-id", MERGE);
    return project;
  }

  private static void createsTable(CliProject project, String table, String... options) {
    List<String> args = new ArrayList<>(List.of("-m", "create " + table));
    args.addAll(List.of(options));
    GeneratedRevision revision = CliProject.generated(project.succeed("revision", args.toArray(String[]::new)));
    revision.insertAfter("public void upgrade(Operations op) {", "op.execute(\"CREATE TABLE " + table + " (id int)\");");
    revision.insertAfter("public void downgrade(Operations op) {", "op.dropTable(\"" + table + "\");");
  }

  @Test
  void upgradeHeadsRunsBothBranchesThenTheMerge(TestDatabase database) throws Exception {
    CliProject project = branched(database);

    List<String> lines = project.succeed("upgrade", "heads").outLines();

    assertThat(lines).hasSize(4).startsWith("Running upgrade  -> " + BASE + ", create base_t")
        .endsWith("Running upgrade " + LEFT + ", " + RIGHT + " -> " + MERGE + ", join")
        .contains("Running upgrade " + BASE + " -> " + LEFT + ", create left_t",
            "Running upgrade " + BASE + " -> " + RIGHT + ", create right_t");
    Catalog catalog = new Catalog(database);
    assertThat(catalog.tables()).containsExactly("autogen_version", "autogen_version_history", "base_t", "left_t",
        "right_t");
    assertThat(catalog.versions()).containsExactly(MERGE);
    assertThat(project.command("current", "--check-heads").exitCode()).isZero();
    assertThat(project.succeed("history", "--indicate-current").outLines()).first()
        .isEqualTo(LEFT + ", " + RIGHT + " -> " + MERGE + " (head) (current) (mergepoint), join");
  }

  @Test
  void branchTargetsMoveOneBranch(TestDatabase database) throws Exception {
    CliProject project = branched(database);
    Catalog catalog = new Catalog(database);

    project.succeed("upgrade", LEFT);
    assertThat(catalog.versions()).containsExactly(LEFT);
    assertThat(project.failWithOneLine("upgrade", BASE + "+1")).isEqualTo("ERROR: Relative revision '" + BASE
        + "+1' is ambiguous: " + BASE + " leads to " + LEFT + ", " + RIGHT);
    project.succeed("upgrade", "right@head");
    assertThat(catalog.versions()).as("the merge is the head of both branches").containsExactly(MERGE);
    assertThat(project.succeed("downgrade", "right@base").outLines()).containsExactly(
        "Running downgrade " + MERGE + " -> " + LEFT + ", " + RIGHT + ", join",
        "Running downgrade " + RIGHT + " -> " + BASE + ", create right_t");
    assertThat(catalog.versions()).containsExactly(LEFT);
    assertThat(catalog.tables()).doesNotContain("right_t").contains("left_t");

    String error = assertOneLineError(project.command("current", "--check-heads"));
    assertThat(error).isEqualTo("ERROR: Database is not on all head revisions: it is at " + LEFT
        + ", the heads are " + MERGE + "; run 'autogen upgrade heads'");
    assertThat(project.succeed("current", "-v").outLines()).startsWith("Rev: " + LEFT + " (left)", "Parent: " + BASE);

    project.succeed("downgrade", LEFT + "-1");
    assertThat(catalog.versions()).containsExactly(BASE);
  }

  @Test
  void stampWritesTheVersionTableOnly(TestDatabase database) throws Exception {
    CliProject project = branched(database);
    Catalog catalog = new Catalog(database);

    assertThat(project.succeed("stamp", "heads").outLines()).containsExactly("Running stamp_revision  -> " + MERGE);
    assertThat(catalog.versions()).containsExactly(MERGE);
    assertThat(catalog.tables()).containsExactly("autogen_version", "autogen_version_history");
    // a revision on the line of a current head replaces it; one on another branch sits beside it
    project.succeed("stamp", LEFT);
    assertThat(catalog.versions()).containsExactly(LEFT);
    project.succeed("stamp", RIGHT);
    assertThat(catalog.versions()).containsExactly(LEFT, RIGHT);
    project.succeed("stamp", "base");
    assertThat(catalog.versions()).isEmpty();
  }

  @Test
  void stampPurgeRepairsATableNamingAMissingRevision(TestDatabase database) throws Exception {
    CliProject project = branched(database);
    Catalog catalog = new Catalog(database);
    project.succeed("stamp", BASE);
    catalog.execute("UPDATE autogen_version SET version_num = 'eeeeeeeeeee9'");

    assertThat(project.failWithOneLine("upgrade", "heads")).isEqualTo(
        "ERROR: Can't locate revision identified by 'eeeeeeeeeee9' (the database's version table names it)");
    assertThat(project.failWithOneLine("stamp", "heads")).isEqualTo(
        "ERROR: Can't locate revision identified by 'eeeeeeeeeee9' (the database's version table names it)");
    project.succeed("stamp", "--purge", BASE);
    assertThat(catalog.versions()).containsExactly(BASE);
  }

  @Test
  void stampSqlPrintsTheVersionTableStatements(TestDatabase database) throws Exception {
    CliProject project = branched(database);

    List<String> script = project.succeed("stamp", "base:heads", "--sql").outLines();

    assertThat(script).first().isEqualTo("-- Running stamp_revision  -> " + MERGE);
    assertThat(String.join("\n", script)).contains("CREATE TABLE IF NOT EXISTS")
        .contains("INSERT INTO autogen_version (version_num) VALUES ('" + MERGE + "');");
    assertThat(new Catalog(database).tables()).isEmpty();
  }
}
