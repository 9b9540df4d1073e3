package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.script.MigrationSources;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code autogen squash FROM:TO}: the proven file, and each refusal as one line with exit code 1, nothing written. */
@ExtendWith(PostgresDatabaseExtension.class)
class SquashCommandIT {

  private static final String CREATE = "a91c0e5d22f0";
  private static final String LEFT = "b1b1b1b1b1b1";
  private static final String RIGHT = "c2c2c2c2c2c2";
  private static final String MERGE = "d3d3d3d3d3d3";
  private static final String AFTER = "e4e4e4e4e4e4";
  private static final String SQUASH = "5ea5ed5ea5ed";

  @TempDir
  Path directory;

  private MigrationSources sources;

  /** CREATE, then LEFT and RIGHT off it, MERGE joining them, AFTER on the merge. */
  private CliProject project(TestDatabase database) throws Exception {
    CliProject project = new CliProject(directory).environment("AUTOGEN_PASSWORD", database.password());
    project.init();
    project.config("url = " + database.jdbcUrl(), "user = " + database.user());
    sources = new MigrationSources(project.directory().resolve("migrations"));
    sources.write(CREATE, null, "create account", "op.createTable(\"account\", column(\"id\", bigint()).notNull(),"
        + " column(\"name\", varchar(80)), primaryKey(\"id\"));", "op.dropTable(\"account\");");
    sources.write(LEFT, CREATE, "left", "op.addColumn(\"account\", column(\"l\", text()));",
        "op.dropColumn(\"account\", \"l\");");
    sources.write(RIGHT, CREATE, "right", "op.renameColumn(\"account\", \"name\", \"title\");",
        "op.renameColumn(\"account\", \"title\", \"name\");");
    sources.write("R" + MERGE + ".java", String.join("\n",
        "import dev.autogen.runtime.Migration;",
        "import dev.autogen.runtime.Operations;",
        "import dev.autogen.runtime.Revision;",
        "",
        "@Revision(id = \"" + MERGE + "\", revises = {\"" + LEFT + "\", \"" + RIGHT + "\"}, message = \"join\")",
        "public final class R" + MERGE + " implements Migration {",
        "  @Override public void upgrade(Operations op) { }",
        "  @Override public void downgrade(Operations op) { }",
        "}",
        ""));
    sources.write(AFTER, MERGE, "after", "op.addColumn(\"account\", column(\"a\", integer()));",
        "op.dropColumn(\"account\", \"a\");");
    return project;
  }

  @Test
  void writesTheProvenSquashWhichUpgradesAndShowsInHistory(TestDatabase database) throws Exception {
    CliProject project = project(database);

    CliResult squash = project.succeed("squash", CREATE + ":" + MERGE, "-m", "account columns", "--rev-id", SQUASH);

    assertThat(squash.outLines()).containsExactly(
        "Squashing 3 revisions after " + CREATE + " up to " + MERGE + " ...",
        "Proven on scratch databases: the squash builds the catalog the range builds, and its downgrade returns to "
            + CREATE + "'s",
        "Generating " + project.versions().resolve("R" + SQUASH + "_AccountColumns.java") + " ...  done");
    assertThat(project.succeed("upgrade", "head").outLines()).containsExactly(
        "Running upgrade  -> " + CREATE + ", create account",
        "Running upgrade " + CREATE + " -> " + SQUASH + ", account columns",
        "Running upgrade " + SQUASH + " -> " + AFTER + ", after");
    assertThat(project.succeed("history").outLines()).containsExactly(
        SQUASH + " -> " + AFTER + " (head), after",
        CREATE + " -> " + SQUASH + ", account columns",
        "<base> -> " + CREATE + ", create account");
    assertThat(project.succeed("history", "-v").outLines())
        .contains("Squashes: " + LEFT + ", " + RIGHT + ", " + MERGE);
    assertThat(project.succeed("downgrade", CREATE).outLines()).containsExactly(
        "Running downgrade " + AFTER + " -> " + SQUASH + ", after",
        "Running downgrade " + SQUASH + " -> " + CREATE + ", account columns");
  }

  @Test
  void aDataStepIsRefusedNamingTheRevision(TestDatabase database) throws Exception {
    CliProject project = project(database);
    sources.write(LEFT, CREATE, "left", "op.addColumn(\"account\", column(\"l\", text()));"
        + " op.execute(\"UPDATE account SET l = name\");", "op.dropColumn(\"account\", \"l\");");

    assertThat(project.failWithOneLine("squash", CREATE + ":" + AFTER)).startsWith("ERROR: squash " + CREATE + ":"
        + AFTER + ": revision " + LEFT + " (").endsWith("R" + LEFT + ".java) calls op.execute; a squash writes the"
        + " range's schema change and cannot keep a data step: squash the revisions before it and those after it"
        + " separately");
    assertThat(versionFiles()).hasSize(5);
  }

  @Test
  void fromMustBeAnAncestorOfTo(TestDatabase database) throws Exception {
    CliProject project = project(database);

    assertThat(project.failWithOneLine("squash", LEFT + ":" + RIGHT)).isEqualTo("ERROR: squash " + LEFT + ":"
        + RIGHT + ": " + LEFT + " is not an ancestor of " + RIGHT + "; FROM must be a revision TO builds on");
    assertThat(project.failWithOneLine("squash", "head")).isEqualTo(
        "ERROR: squash 'head': give a range FROM:TO, such as base:head");
    assertThat(versionFiles()).hasSize(5);
  }

  @Test
  void anUnprovenSquashIsRefusedWithTheReason(TestDatabase database) throws Exception {
    CliProject project = project(database);
    // dropping a column and adding it again after another moves it: no diff of the catalogs can say so
    sources.write(LEFT, CREATE, "left", "op.addColumn(\"account\", column(\"l\", text()));"
        + " op.dropColumn(\"account\", \"name\"); op.addColumn(\"account\", column(\"name\", varchar(80)));", "");
    sources.write(RIGHT, CREATE, "right", "op.addColumn(\"account\", column(\"r\", text()));", "");

    assertThat(project.failWithOneLine("squash", CREATE + ":" + MERGE)).isEqualTo("ERROR: squash " + CREATE + ":"
        + MERGE + " is unproven, nothing written: the squash's upgrade leaves another catalog than the range (the"
        + " columns of table 'account' are in another order: [id, name, l, r], not [id, l, name, r], which no diff"
        + " can express)");
    assertThat(versionFiles()).hasSize(5);
  }

  private List<Path> versionFiles() throws Exception {
    try (Stream<Path> files = Files.list(directory.resolve("migrations").resolve("versions"))) {
      return files.toList();
    }
  }
}
