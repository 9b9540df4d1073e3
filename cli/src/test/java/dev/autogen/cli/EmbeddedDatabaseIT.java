package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.cli.CliProject.GeneratedRevision;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code url = embedded}: each command starts PostgreSQL on the project's own data directory and stops it again, so
 * separate command lines (separate processes, for a user) see the same database.
 */
class EmbeddedDatabaseIT {

  @TempDir
  Path directory;

  @Test
  void commandsRunOneAfterAnotherShareTheDatabaseKeptBesideTheConfig() {
    CliProject project = new CliProject(directory);
    project.init();
    project.config("url = embedded");
    GeneratedRevision note = CliProject.generated(project.succeed("revision", "-m", "create note", "--rev-id", "0a1b2c3d4e5f"));
    note.insertAfter("public void upgrade(Operations op) {", "op.execute(\"CREATE TABLE note (id integer)\");");
    note.insertAfter("public void downgrade(Operations op) {", "op.execute(\"DROP TABLE note\");");
    Path dataDirectory = project.directory().resolve(".autogen").resolve("pgdata");
    String databaseLine = "Database: embedded PostgreSQL (data in " + dataDirectory + ")";

    CliResult upgrade = project.succeed("upgrade", "head");
    assertThat(upgrade.outLines()).containsExactly("Running upgrade  -> 0a1b2c3d4e5f, create note");
    assertThat(upgrade.errLines()).containsExactly(databaseLine);
    assertThat(dataDirectory.resolve("PG_VERSION")).isRegularFile();
    assertThat(dataDirectory.resolve("postmaster.pid")).as("server stopped after the command").doesNotExist();

    CliResult current = project.succeed("current");
    assertThat(current.outLines()).containsExactly("0a1b2c3d4e5f (head)");
    assertThat(current.errLines()).containsExactly(databaseLine);

    // the table made by the first command is there for the third: downgrade drops it without error
    assertThat(project.succeed("downgrade", "base").outLines())
        .containsExactly("Running downgrade 0a1b2c3d4e5f -> , create note");
    assertThat(project.succeed("current").outLines()).isEmpty();
  }
}
