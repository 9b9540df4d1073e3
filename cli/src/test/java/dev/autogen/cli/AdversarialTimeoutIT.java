package dev.autogen.cli;

import static dev.autogen.cli.CliAssertions.assertOneLineError;
import static dev.autogen.cli.LeakLedger.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that stops answering once connected: {@code socket_timeout} bounds how long a read-only command waits,
 * while a migration statement that runs longer than it is left alone.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class AdversarialTimeoutIT {

  private static final LeakLedger LEDGER = new LeakLedger("AdversarialTimeoutIT");

  @TempDir
  Path directory;

  @AfterAll
  static void noOutputHeldThePassword() {
    LEDGER.assertNothingLeaked();
  }

  private CliProject project(SecuredRole role) {
    CliProject project = new CliProject(directory);
    project.init();
    project.config("url = " + role.jdbcUrl(), "user = " + SecuredRole.NAME, "password = " + SECRET,
        "socket_timeout = 1");
    return project;
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS) // a bound on a hang, not a measure of speed
  void aReadThatNeverGetsAnAnswerFailsWithOneLineNamingTheSetting(TestDatabase db) throws Exception {
    try (SecuredRole role = SecuredRole.create(db, SECRET)) {
      CliProject project = project(role);
      LEDGER.record(project.succeed("stamp", "base"));
      try (Connection blocker = db.connect(); Statement statement = blocker.createStatement()) {
        blocker.setAutoCommit(false);
        statement.execute("LOCK TABLE autogen_version IN ACCESS EXCLUSIVE MODE");
        for (String[] command : new String[][] {{"current"}, {"history", "--log"}, {"upgrade", "head", "--sql"}}) {
          LEDGER.attack();
          String error = assertOneLineError(
              LEDGER.record(project.command(command[0], java.util.Arrays.copyOfRange(command, 1, command.length))));
          assertThat(error).as(String.join(" ", command)).startsWith("ERROR: ")
              .endsWith("(the server did not answer within socket_timeout; raise it in autogen.properties,"
                  + " or 0 for no limit)");
        }
        blocker.rollback();
      }
    }
  }

  @Test
  void aMigrationStatementMayRunLongerThanTheReadTimeout(TestDatabase db) throws Exception {
    try (SecuredRole role = SecuredRole.create(db, SECRET)) {
      LEDGER.attack();
      CliProject project = project(role);
      CliProject.GeneratedRevision revision = CliProject.generated(
          LEDGER.record(project.succeed("revision", "--empty", "-m", "slow", "--rev-id", "aaaaaaaaaaa1")));
      revision.insertAfter("public void upgrade(Operations op) {", "op.execute(\"SELECT pg_sleep(3)\");");

      LEDGER.record(project.succeed("upgrade", "head"));

      assertThat(new Catalog(db).versions()).containsExactly("aaaaaaaaaaa1");
    }
  }
}
