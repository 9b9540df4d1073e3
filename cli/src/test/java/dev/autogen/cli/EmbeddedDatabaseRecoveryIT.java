package dev.autogen.cli;

import static dev.autogen.cli.CliAssertions.assertOneLineError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.autogen.embedded.EmbeddedServer;
import dev.autogen.script.MigrationSources;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
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
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code url = embedded} when the process is killed ({@code kill -9}) at each stage: during initdb, with its server
 * running mid-migration, with the watchdog killed too, while another command waits for it. A fresh command must
 * then succeed with every committed row still there. The second revision inserts a row and then, on its first
 * attempt only (a sequence counts attempts, and sequences are not rolled back), waits until the test puts a row into
 * table {@code gate}: so the test knows exactly where the migration is when it kills it. Every wait is bounded by a
 * deadline, none is a timed assertion.
 */
class EmbeddedDatabaseRecoveryIT {

  private static final String CREATE_NOTE = "aaaaaaaaaaa1";
  private static final String ADD_NOTE = "bbbbbbbbbbb2";
  private static final String AT_THE_GATE = "SELECT pid FROM pg_stat_activity WHERE query LIKE '%FROM gate)%'"
      + " AND pid <> pg_backend_pid()";
  private static final Duration DEADLINE = Duration.ofSeconds(120);

  @TempDir
  Path directory;

  private Path config;
  private Path dataDirectory;
  private final List<Process> children = new ArrayList<>();

  @BeforeEach
  void writeProject() throws IOException {
    MigrationSources sources = new MigrationSources(directory.resolve("migrations"));
    sources.write(CREATE_NOTE, null, "create note",
        "op.execute(\"CREATE TABLE note (id integer)\"); op.execute(\"INSERT INTO note VALUES (1), (2), (3)\");"
            + " op.execute(\"CREATE TABLE gate (open boolean)\"); op.execute(\"CREATE SEQUENCE attempts\");",
        "op.execute(\"DROP TABLE note, gate\"); op.execute(\"DROP SEQUENCE attempts\");");
    sources.write(ADD_NOTE, CREATE_NOTE, "add note",
        "op.execute(\"INSERT INTO note VALUES (4)\"); op.execute(\"DO $$ BEGIN IF nextval('attempts') = 1 THEN"
            + " WHILE NOT EXISTS (SELECT FROM gate) LOOP PERFORM pg_sleep(0.05); END LOOP; END IF; END $$\");",
        "op.execute(\"DELETE FROM note WHERE id = 4\");");
    config = writeConfig(60);
    dataDirectory = directory.resolve(".autogen").resolve("pgdata");
  }

  @AfterEach
  void killChildren() {
    for (Process child : children) {
      child.descendants().forEach(ProcessHandle::destroyForcibly);
      child.destroyForcibly();
    }
  }

  @Test
  void killedDuringInitdbTheNextCommandMakesTheClusterAnew() throws Exception {
    Process child = startCli(Map.of(), "current");
    Path staging = await("initdb to begin", child, () -> stagingDirectories().stream()
        .filter(path -> Files.exists(path.resolve("PG_VERSION"))).findFirst());
    killWithDescendants(child);

    assertThat(dataDirectory).as("never half-made").doesNotExist();
    assertThat(staging).exists();
    CliResult upgrade = autogen("upgrade", CREATE_NOTE);
    assertThat(upgrade.exitCode()).as("upgrade%n%s", upgrade).isZero();
    assertThat(upgrade.outLines()).containsExactly("Running upgrade  -> " + CREATE_NOTE + ", create note");
    assertThat(stagingDirectories()).as("leftovers removed").isEmpty();
    assertThat(notes()).containsExactly(1, 2, 3);
  }

  @Test
  void killedMidMigrationItsServerStopsWithItAndARerunLosesNoRow() throws Exception {
    succeed("upgrade", CREATE_NOTE);
    Process child = startCli(Map.of(), "upgrade", "head");
    long postmaster;
    try (Connection connection = connectToServerOf(child)) {
      await("the child's migration to wait at the gate", child, () -> firstPid(connection, AT_THE_GATE));
      postmaster = postmasterPid();
    }
    child.destroyForcibly();
    assertThat(child.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)).as("the child is gone").isTrue();

    awaitGone("the watchdog to stop the killed process's server", postmaster);
    assertFinishes(autogen("upgrade", "head", "--lock-timeout", "0"));
  }

  @Test
  void killedTogetherWithItsWatchdogTheNextCommandStopsTheStaleServer() throws Exception {
    succeed("upgrade", CREATE_NOTE);
    Process child = startCli(Map.of(), "upgrade", "head");
    long postmaster;
    try (Connection connection = connectToServerOf(child)) {
      await("the child's migration to wait at the gate", child, () -> firstPid(connection, AT_THE_GATE));
      postmaster = postmasterPid();
      ProcessHandle watchdog = child.descendants()
          .filter(process -> process.info().arguments().map(List::of).orElse(List.of()).contains("autogen-watchdog"))
          .findFirst().orElseThrow(() -> new AssertionError("no watchdog among the child's processes"));
      watchdog.destroyForcibly();
      child.destroyForcibly();
      assertThat(child.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)).as("the child is gone").isTrue();
    }
    assertThat(ProcessHandle.of(postmaster).filter(ProcessHandle::isAlive)).as("the stale server").isPresent();

    CliResult rerun = autogen("upgrade", "head", "--lock-timeout", "0");
    assertFinishes(rerun);
    assertThat(rerun.errLines()).contains("Stopping the PostgreSQL (pid " + postmaster + ") that a killed autogen"
        + " process left running on " + dataDirectory);
    awaitGone("the stale server to be stopped", postmaster);
  }

  @Test
  void aSecondCommandWaitsUpToLockTimeoutNamesTheHolderAndTakesOverWhenTheHolderIsKilled() throws Exception {
    succeed("upgrade", CREATE_NOTE);
    Process child = startCli(Map.of(), "upgrade", "head");
    try (Connection connection = connectToServerOf(child)) {
      await("the child's migration to wait at the gate", child, () -> firstPid(connection, AT_THE_GATE));
    }

    writeConfig(1);
    assertThat(assertOneLineError(autogen("current"))).isEqualTo("ERROR: the embedded PostgreSQL in " + dataDirectory
        + " is in use by another autogen process (pid " + child.pid() + "); waited 1 s (lock_timeout, --lock-timeout)");

    CompletableFuture<CliResult> waiting = CompletableFuture.supplyAsync(
        () -> autogen("upgrade", "head", "--lock-timeout", Long.toString(DEADLINE.toSeconds())));
    child.destroyForcibly();
    assertFinishes(waiting.get(DEADLINE.toSeconds() * 2, TimeUnit.SECONDS));
  }

  @Test
  void twoCommandsOnOneEmbeddedDatabaseBothSucceedTheSecondAfterTheFirst() throws Exception {
    succeed("upgrade", CREATE_NOTE);
    Process child = startCli(Map.of(), "upgrade", "head");
    CompletableFuture<CliResult> second;
    try (Connection connection = connectToServerOf(child)) {
      await("the child's migration to wait at the gate", child, () -> firstPid(connection, AT_THE_GATE));
      second = CompletableFuture.supplyAsync(() -> autogen("upgrade", "head"));
      execute(connection, "INSERT INTO gate VALUES (true)");
    }
    assertThat(child.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as("the first command%s", childOutput()).isZero();
    assertThat(Files.readAllLines(directory.resolve("child.out")))
        .containsExactly("Running upgrade " + CREATE_NOTE + " -> " + ADD_NOTE + ", add note");

    CliResult rerun = second.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
    assertThat(rerun.exitCode()).as("the second command%n%s", rerun).isZero();
    assertThat(rerun.outLines()).as("nothing left to do").isEmpty();
    assertThat(notes()).containsExactly(1, 2, 3, 4);
  }

  @Test
  void binariesSomeoneChangedAreNeverRunButUnpackedAgain() throws Exception {
    Map<String, String> privateCache = Map.of("XDG_CACHE_HOME", directory.resolve("cache").toString());
    runToEnd(startCli(privateCache, "current"));
    Path initdb;
    try (Stream<Path> homes = Files.list(directory.resolve("cache").resolve("autogen").resolve("postgres"))) {
      initdb = homes.findFirst().orElseThrow().resolve("bin").resolve("initdb");
    }
    Path marker = directory.resolve("planted-initdb-ran");
    byte[] planted = ("#!/bin/sh\ntouch '" + marker + "'\nexit 1\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    Files.write(initdb, planted);
    deleteTree(directory.resolve(".autogen"));

    runToEnd(startCli(privateCache, "current"));
    assertThat(marker).doesNotExist();
    assertThat(Files.readAllBytes(initdb)).as("initdb as shipped").isNotEqualTo(planted);
    assertThat(dataDirectory.resolve("PG_VERSION")).isRegularFile();
  }

  // --- helpers

  private Path writeConfig(int lockTimeoutSeconds) throws IOException {
    return Files.writeString(directory.resolve("autogen.properties"),
        "script_location = migrations\nurl = embedded\nlock_timeout = " + lockTimeoutSeconds + "\n");
  }

  private void assertFinishes(CliResult rerun) throws Exception {
    assertThat(rerun.exitCode()).as("rerun%n%s", rerun).isZero();
    assertThat(rerun.outLines()).containsExactly("Running upgrade " + CREATE_NOTE + " -> " + ADD_NOTE + ", add note");
    assertThat(notes()).as("every committed row, once").containsExactly(1, 2, 3, 4);
  }

  /** The rows of table note, read through a server of the test's own once the commands are done. */
  private List<Integer> notes() throws SQLException {
    try (EmbeddedServer server = EmbeddedServer.start(dataDirectory, DEADLINE, note -> { });
        Connection connection = server.connect();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT id FROM note ORDER BY id")) {
      List<Integer> ids = new ArrayList<>();
      while (rows.next()) {
        ids.add(rows.getInt(1));
      }
      return ids;
    }
  }

  private List<Path> stagingDirectories() throws IOException {
    Path parent = dataDirectory.getParent();
    if (!Files.isDirectory(parent)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(parent)) {
      return entries.filter(path -> path.getFileName().toString().startsWith("pgdata.initdb-")).toList();
    }
  }

  private void succeed(String... args) {
    CliResult result = autogen(args);
    assertThat(result.exitCode()).as("%s%n%s", String.join(" ", args), result).isZero();
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
  private Process startCli(Map<String, String> environment, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dautogen.embedded.durability=off", "-cp", System.getProperty("java.class.path"), AutogenCli.class.getName()));
    command.addAll(List.of(args));
    command.addAll(List.of("-c", config.toString()));
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(directory.resolve("child.out").toFile())
        .redirectError(directory.resolve("child.err").toFile());
    builder.environment().putAll(environment);
    Process child = builder.start();
    children.add(child);
    return child;
  }

  private void runToEnd(Process child) throws Exception {
    assertThat(child.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)).as("the child ends").isTrue();
    assertThat(child.exitValue()).as("the child's exit code%s", childOutput()).isZero();
  }

  private static void killWithDescendants(Process child) throws Exception {
    List<ProcessHandle> tree = new ArrayList<>(child.descendants().toList());
    tree.add(child.toHandle());
    tree.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle process : tree) {
      process.onExit().get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
    }
  }

  /** A connection to the server a child started, with the port and password it keeps in its data directory. */
  private Connection connectToServerOf(Process child) throws Exception {
    return await("the child's server to accept connections", child, () -> {
      List<String> pidFile = readLines(dataDirectory.resolve("postmaster.pid"));
      List<String> password = readLines(dataDirectory.resolve("autogen.password"));
      if (pidFile.size() < 8 || !pidFile.get(7).strip().equals("ready") || password.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pidFile.get(3).strip()
            + "/postgres", "postgres", password.get(0).strip()));
      } catch (SQLException e) {
        return Optional.empty();
      }
    });
  }

  private long postmasterPid() throws IOException {
    return Long.parseLong(readLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
        Files.delete(path);
      }
    }
  }

  private static List<String> readLines(Path file) throws IOException {
    try {
      return Files.readAllLines(file);
    } catch (java.nio.file.NoSuchFileException e) {
      return List.of();
    }
  }

  private static Optional<Integer> firstPid(Connection connection, String query) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
      return rows.next() ? Optional.of(rows.getInt(1)) : Optional.empty();
    }
  }

  /** Polls {@code probe} until it yields; fails when {@code child} ended first, or at the deadline. */
  private <T> T await(String what, Process child, Probe<T> probe) throws Exception {
    Instant deadline = Instant.now().plus(DEADLINE);
    BooleanSupplier gaveUp = () -> child != null && !child.isAlive();
    while (Instant.now().isBefore(deadline)) {
      Optional<T> value = probe.poll();
      if (value.isPresent()) {
        return value.get();
      }
      if (gaveUp.getAsBoolean()) {
        fail("Gave up waiting for " + what + ": the child ended first" + childOutput());
      }
      Thread.sleep(20);
    }
    return fail("No sign of " + what + " within " + DEADLINE.toSeconds() + " s" + childOutput());
  }

  /** Waits until process {@code pid} has exited (and been reaped, which takes its parent a moment). */
  private void awaitGone(String what, long pid) throws Exception {
    await(what, null, () -> ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isEmpty() ? Optional.of(true)
        : Optional.empty());
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
  private interface Probe<T> {
    Optional<T> poll() throws Exception;
  }
}
