package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code autogen drift} through the command line: nothing on a database its migrations built (exit 0), a column
 * retyped and an index dropped by hand listed as the ops that undo them (exit 1), the same as {@code --json}.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class DriftCommandIT {

  private static final String CREATE_USER = "1a2b3c4d5e6f";

  @TempDir
  Path directory;

  @Test
  void driftIsNothingOnAMigratedDatabaseAndListsWhatWasChangedByHand(TestDatabase database) throws Exception {
    CliProject project = new CliProject(directory).environment("AUTOGEN_PASSWORD", database.password());
    project.init();
    project.config("url = " + database.jdbcUrl(), "user = " + database.user(),
        "entities.packages = com.example.model", "entities.classpath = target/classes");
    SeedWorkflowIT.compileUser(project, true);
    project.succeed("revision", "-m", "create user", "--rev-id", CREATE_USER);
    project.succeed("upgrade", "head");
    try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
      statement.execute("CREATE INDEX user_phone_idx ON \"user\" (phone_number)");
    }
    // the index is drift until a revision records it: drift compares with the revisions, not the entities
    CliResult withIndex = project.command("drift");
    assertThat(withIndex.exitCode()).as("%s", withIndex).isEqualTo(1);

    try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
      statement.execute("DROP INDEX user_phone_idx");
    }
    CliResult clean = project.succeed("drift");
    assertThat(clean.outLines()).containsExactly("No drift: the database is the schema its revisions build.");
    assertThat(clean.errLines()).contains("Drift: the expected schema is the revisions up to " + CREATE_USER
        + " replayed");

    try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
      statement.execute("ALTER TABLE \"user\" ALTER COLUMN phone_number TYPE text");
    }
    CliResult drifted = project.command("drift");
    assertThat(drifted.exitCode()).as("%s", drifted).isEqualTo(1);
    List<String> out = drifted.outLines();
    int header = out.indexOf(
        "Drift detected; operations that would bring the database back to its revisions' schema:");
    assertThat(header).as("%s", drifted).isNotNegative();
    assertThat(out.subList(header + 1, out.size())).singleElement()
        .satisfies(line -> assertThat(line).startsWith("  altered column 'user.phone_number'"));

    CliResult json = project.command("drift", "--json");
    assertThat(json.exitCode()).as("%s", json).isEqualTo(1);
    assertThat(json.outLines()).hasSize(1);
    @SuppressWarnings("unchecked")
    Map<String, Object> report = (Map<String, Object>) JsonParser.parse(json.out().strip());
    assertThat(report).containsEntry("drifted", true).containsEntry("heads", List.of(CREATE_USER))
        .containsEntry("expected_from", "replay").containsEntry("warnings", List.of());
    assertThat((List<?>) report.get("operations")).singleElement().asString()
        .startsWith("altered column 'user.phone_number'");
  }
}
