package dev.autogen.cli;

import static dev.autogen.cli.CliAssertions.assertOneLineError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.cli.CliProject.GeneratedRevision;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history table through the command line: {@code history -v} and {@code history --log} say when, by whom and
 * how fast revisions were applied; {@code upgrade} stops at an applied revision that was changed, and
 * {@code --accept-changed} lets it go on.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class MigrationHistoryCommandIT {

  private static final String CREATE = "aaaaaaaaaaa1";
  private static final String ADD_BODY = "bbbbbbbbbbb2";
  private static final String ADD_TITLE = "ccccccccccc3";
  private static final String TIME = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ";

  @TempDir
  Path directory;

  private CliProject project(TestDatabase database) {
    CliProject project = new CliProject(directory).environment("AUTOGEN_PASSWORD", database.password());
    project.init();
    project.config("url = " + database.jdbcUrl(), "user = " + database.user());
    return project;
  }

  private static GeneratedRevision handWritten(CliProject project, String id, String upgrade, String downgrade) {
    GeneratedRevision revision = CliProject.generated(project.succeed("revision", "-m", "step " + id, "--rev-id", id));
    revision.insertAfter("public void upgrade(Operations op) {", upgrade);
    revision.insertAfter("public void downgrade(Operations op) {", downgrade);
    return revision;
  }

  private static GeneratedRevision twoRevisions(CliProject project) {
    handWritten(project, CREATE, "op.execute(\"CREATE TABLE note (id integer)\");", "op.dropTable(\"note\");");
    return handWritten(project, ADD_BODY, "op.addColumn(\"note\", column(\"body\", text()));",
        "op.dropColumn(\"note\", \"body\");");
  }

  @Test
  void historyVerboseSaysWhenEachRevisionWasAppliedAndTheLogListsEveryRow(TestDatabase database) throws Exception {
    CliProject project = project(database);
    twoRevisions(project);
    project.succeed("upgrade", "head");
    project.succeed("downgrade", "-1");
    project.succeed("upgrade", "head");

    List<String> verbose = project.succeed("history", "-v").outLines();

    String who = " by " + database.user() + " \\(os user " + System.getProperty("user.name") + "\\), \\d+ ms";
    assertThat(verbose).contains("Rev: " + ADD_BODY + " (head)");
    int body = verbose.indexOf("Rev: " + ADD_BODY + " (head)");
    assertThat(verbose.get(body + 3)).matches("Reverted: " + TIME + who);
    assertThat(verbose.get(body + 4)).matches("Applied: " + TIME + who);
    int create = verbose.indexOf("Rev: " + CREATE);
    assertThat(verbose.get(create + 3)).matches("Applied: " + TIME + who);
    assertThat(verbose.get(create + 4)).isEmpty();

    List<String> log = project.succeed("history", "--log").outLines();
    assertThat(log).hasSize(4);
    assertThat(log.get(0)).matches(TIME + " upgrade   " + CREATE + who + ", checksum [0-9a-f]{12}");
    assertThat(log.get(2)).matches(TIME + " downgrade " + ADD_BODY + who + ", checksum [0-9a-f]{12}");

    assertThat(project.succeed("current", "-v").outLines()).anyMatch(line -> line.matches("Applied: " + TIME + who));
    CliResult misused = project.command("history", "--log", "-i");
    assertThat(misused.exitCode()).isEqualTo(2);
    assertThat(misused.err()).contains("--log lists the history table as it is; -r and -i do not apply to it");
  }

  @Test
  void upgradeStopsAtAChangedRevisionUntilTheChangeIsAccepted(TestDatabase database) throws Exception {
    CliProject project = project(database);
    GeneratedRevision addBody = twoRevisions(project);
    project.succeed("upgrade", "head");
    handWritten(project, ADD_TITLE, "op.addColumn(\"note\", column(\"title\", text()));",
        "op.dropColumn(\"note\", \"title\");");

    // reformatted: a comment and another line break are no change
    CliProject.write(addBody.file(), addBody.source()
        .replace("op.addColumn(\"note\", column(\"body\", text()));",
            "// the body\n    op.addColumn(\"note\",\n        column(\"body\", text()));"));
    project.succeed("upgrade", "+1");
    assertThat(new Catalog(database).columns("note")).containsExactly("id", "body", "title");
    project.succeed("downgrade", "-1");

    // what it does changed: named, with the way out
    CliProject.write(addBody.file(), addBody.source().replace("text()", "varchar(200)"));
    String error = assertOneLineError(project.command("upgrade", "head"));
    assertThat(error).startsWith("ERROR: Revision " + ADD_BODY + " (" + addBody.file() + ") was changed after it was"
        + " applied (checksum recorded ").endsWith("); revert the change, or accept it with 'autogen upgrade"
        + " --accept-changed " + ADD_BODY + "'");
    assertThat(new Catalog(database).columns("note")).containsExactly("id", "body");

    CliResult offline = project.command("upgrade", "head", "--sql", "--accept-changed", ADD_BODY);
    assertThat(offline.exitCode()).isEqualTo(2);
    assertThat(offline.err()).contains("--accept-changed and --accept-all-changes check the database's applied"
        + " revisions, which --sql does not do");

    List<String> accepted = project.succeed("upgrade", "head", "--accept-changed", ADD_BODY).outLines();
    assertThat(accepted).hasSize(2);
    assertThat(accepted.get(0)).startsWith("Accepting the change to revision " + ADD_BODY + " (" + addBody.file()
        + ") (checksum recorded ");
    assertThat(accepted.get(1)).isEqualTo("Running upgrade " + ADD_BODY + " -> " + ADD_TITLE + ", step " + ADD_TITLE);
    assertThat(project.succeed("upgrade", "head").outLines()).isEmpty();
    assertThat(project.succeed("history", "-v").outLines())
        .anyMatch(line -> line.matches("Change accepted: " + TIME + " by .*"));
  }

  @Test
  void stampWritesHistoryRowsWithoutChecksums(TestDatabase database) throws Exception {
    CliProject project = project(database);
    twoRevisions(project);

    project.succeed("stamp", "head");
    project.succeed("stamp", "base");

    List<String> log = project.succeed("history", "--log").outLines();
    assertThat(log).hasSize(2);
    assertThat(log.get(0)).matches(TIME + " stamp     " + ADD_BODY + " by .*\\)").doesNotContain("checksum");
    assertThat(log.get(1)).matches(TIME + " stamp     base by .*\\)");
    assertThat(String.join("\n", project.succeed("stamp", "base:head", "--sql").outLines()))
        .contains("INSERT INTO autogen_version_history (revision, action, duration_ms, checksum, file_checksum,"
            + " os_user) VALUES ('" + ADD_BODY + "', 'stamp', NULL, NULL, NULL, NULL);");
  }
}
