package dev.autogen.cli;

import static dev.autogen.cli.CliAssertions.assertOneLineError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.autogen.dialect.PostgresDialect;
import dev.autogen.runtime.MigrationLock;
import dev.autogen.schema.QualifiedName;
import dev.autogen.script.MigrationSources;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration interrupted mid-step, for real: its connection terminated by the server, or the whole process killed.
 * The second revision adds a column, then waits on an advisory lock the test holds (the gate), so the test knows
 * exactly where the step is when it interrupts it. Every wait is bounded by a deadline, none is a timed assertion.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class InterruptedMigrationIT {

  private static final String CREATE_NOTE = "aaaaaaaaaaa1";
  private static final String ADD_BODY = "bbbbbbbbbbb2";
  private static final long GATE = 424242;
  private static final String WAITING_AT_THE_GATE = "SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
      + " AND wait_event = 'advisory' AND query LIKE '%pg_advisory_xact_lock(" + GATE + ")%'";
  private static final Duration DEADLINE = Duration.ofSeconds(60);

  @TempDir
  Path directory;

  private Path config;

  /** The project on {@code db}: each test's own database, which a {@code @BeforeEach} parameter would not be. */
  private void writeProject(TestDatabase db) throws Exception {
    MigrationSources sources = new MigrationSources(directory.resolve("migrations"));
    sources.write(CREATE_NOTE, null, "create note", "op.execute(\"CREATE TABLE note (id integer)\");",
        "op.execute(\"DROP TABLE note\");");
    sources.write(ADD_BODY, CREATE_NOTE, "add body",
        "op.execute(\"ALTER TABLE note ADD COLUMN body text\");"
            + " op.execute(\"SELECT pg_advisory_xact_lock(" + GATE + ")\");",
        "op.execute(\"ALTER TABLE note DROP COLUMN body\");");
    config = Files.writeString(directory.resolve("autogen.properties"), "script_location = migrations\nurl = "
        + db.jdbcUrl() + "\nuser = " + db.user() + "\npassword = " + db.password() + "\n");
  }

  @Test
  void connectionTerminatedMidStepLeavesThePreviousRevisionAndARerunFinishes(TestDatabase db) throws Exception {
    writeProject(db);
    CliResult interrupted;
    try (Connection gate = db.connect()) {
      execute(gate, "SELECT pg_advisory_lock(" + GATE + ")");
      CompletableFuture<CliResult> upgrade = CompletableFuture.supplyAsync(() -> autogen("upgrade", "head"));

      int migrationPid = awaitPid(db, WAITING_AT_THE_GATE, "the upgrade to wait at the gate", upgrade::isDone);
      execute(gate, "SELECT pg_terminate_backend(" + migrationPid + ")");

      interrupted = upgrade.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
    }

    assertThat(assertOneLineError(interrupted))
        .startsWith("ERROR: Revision " + ADD_BODY + " (")
        .endsWith("failed: FATAL: terminating connection due to administrator command");
    Catalog catalog = new Catalog(db);
    assertThat(catalog.versions()).containsExactly(CREATE_NOTE);
    assertThat(catalog.columns("note")).containsExactly("id");

    assertFinishes(autogen("upgrade", "head"), catalog);
  }

  @Test
  void processKilledMidStepFreesTheLockLeavesThePreviousRevisionAndARerunFinishes(TestDatabase db)
      throws Exception {
    writeProject(db);
    long migrationLock = MigrationLock.keyFor(new PostgresDialect(), QualifiedName.of("autogen_version"));
    Catalog catalog = new Catalog(db);
    try (Connection gate = db.connect()) {
      execute(gate, "SELECT pg_advisory_lock(" + GATE + ")");
      Process child = startCli("upgrade", "head", "-c", config.toString());
      try {
        int migrationPid = awaitPid(db, WAITING_AT_THE_GATE, "the child's upgrade to wait at the gate",
            () -> !child.isAlive());
        int lockPid = awaitPid(db, holderOf(migrationLock), "the child to hold the migration lock",
            () -> !child.isAlive());
        assertThat(catalog.versions()).as("the first revision committed before the second began")
            .containsExactly(CREATE_NOTE);

        child.destroyForcibly();
        assertThat(child.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)).as("the child is gone").isTrue();

        // the idle lock session sees the closed socket at once; the migration's backend only once the gate opens
        awaitGone(db, lockPid);
        assertThat(catalog.query(holderOf(migrationLock))).as("holders of the migration lock").isEmpty();
        execute(gate, "SELECT pg_advisory_unlock(" + GATE + ")");
        awaitGone(db, migrationPid);
      } finally {
        child.destroyForcibly();
      }
    }

    assertThat(catalog.versions()).containsExactly(CREATE_NOTE);
    assertThat(catalog.columns("note")).containsExactly("id");
    // no waiting allowed: the dead process must not have left the lock behind
    assertFinishes(autogen("upgrade", "head", "--lock-timeout", "0"), catalog);
  }

  private static void assertFinishes(CliResult rerun, Catalog catalog) throws SQLException {
    assertThat(rerun.exitCode()).as("rerun%n%s", rerun).isZero();
    assertThat(rerun.outLines()).containsExactly("Running upgrade " + CREATE_NOTE + " -> " + ADD_BODY + ", add body");
    assertThat(catalog.versions()).containsExactly(ADD_BODY);
    assertThat(catalog.columns("note")).containsExactly("id", "body");
  }

  private CliResult autogen(String... args) {
    List<String> line = new ArrayList<>(List.of(args));
    line.addAll(List.of("-c", config.toString()));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = AutogenCli.run(line.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), Map.of());
    return new CliResult(exitCode, out.toString(), err.toString());
  }

  /** {@code autogen} in a JVM of its own, on this test's class path; its output goes to files nobody must drain. */
  private Process startCli(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), AutogenCli.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectOutput(directory.resolve("child.out").toFile())
        .redirectError(directory.resolve("child.err").toFile())
        .start();
  }

  /** Sessions granted the advisory lock {@code key}, which PostgreSQL shows split into two 32-bit halves. */
  private static String holderOf(long key) {
    return "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 1"
        + " AND classid::bigint = " + (key >>> 32) + " AND objid::bigint = " + (key & 0xFFFFFFFFL);
  }

  /** Polls until {@code pidQuery} returns a pid; fails when {@code gaveUp} says the run ended first, or at the deadline. */
  private int awaitPid(TestDatabase db, String pidQuery, String what, CheckedCondition gaveUp) throws Exception {
    Instant deadline = Instant.now().plus(DEADLINE);
    while (Instant.now().isBefore(deadline)) {
      Optional<Integer> pid = firstPid(db, pidQuery);
      if (pid.isPresent()) {
        return pid.get();
      }
      if (gaveUp.holds()) {
        fail("Gave up waiting for " + what + ": the run ended first" + childOutput());
      }
      Thread.sleep(100);
    }
    return fail("No sign of " + what + " within " + DEADLINE.toSeconds() + " s" + childOutput());
  }

  private static void awaitGone(TestDatabase db, int pid) throws Exception {
    String query = "SELECT pid FROM pg_stat_activity WHERE pid = " + pid;
    Instant deadline = Instant.now().plus(DEADLINE);
    while (firstPid(db, query).isPresent()) {
      if (Instant.now().isAfter(deadline)) {
        fail("Backend " + pid + " still there " + DEADLINE.toSeconds() + " s after its client died");
      }
      Thread.sleep(100);
    }
  }

  private static Optional<Integer> firstPid(TestDatabase db, String query) throws SQLException {
    try (Connection connection = db.connect();
        PreparedStatement statement = connection.prepareStatement(query + " AND pid <> pg_backend_pid()");
        ResultSet rows = statement.executeQuery()) {
      return rows.next() ? Optional.of(rows.getInt(1)) : Optional.empty();
    }
  }

  private String childOutput() throws IOException {
    Path out = directory.resolve("child.out");
    Path err = directory.resolve("child.err");
    return Files.exists(out) ? "\nchild stdout:\n" + Files.readString(out) + "\nchild stderr:\n" + Files.readString(err)
        : "";
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  @FunctionalInterface
  private interface CheckedCondition {
    boolean holds() throws Exception;
  }
}
