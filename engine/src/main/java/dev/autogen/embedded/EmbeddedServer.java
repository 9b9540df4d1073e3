package dev.autogen.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A PostgreSQL server of this process's own on a data directory: started under the directory's lock (waiting for
 * another process up to the lock timeout), from verified binaries, after stopping a server a killed process left
 * behind, reachable on 127.0.0.1 with a password only, watched so that it does not outlive this process, and stopped
 * on close.
 */
public final class EmbeddedServer implements AutoCloseable {

  private static final Duration STARTUP_DEADLINE = Duration.ofMinutes(5); // crash recovery may take a while
  private static final long LOG_LIMIT = 1 << 20;

  private final Path dataDirectory;
  private final PostgresCommands commands;
  private final DataDirectoryLock lock;
  private final Process server;
  private final Optional<Process> watchdog;
  private final int port;
  private final String password;

  private EmbeddedServer(Path dataDirectory, PostgresCommands commands, DataDirectoryLock lock, Process server,
      Optional<Process> watchdog, int port, String password) {
    this.dataDirectory = dataDirectory;
    this.commands = commands;
    this.lock = lock;
    this.server = server;
    this.watchdog = watchdog;
    this.port = port;
    this.password = password;
  }

  /**
   * Starts a server on {@code dataDirectory}, made first when missing; {@code notes} hears of anything repaired on
   * the way. Fails with one line when another process holds the directory longer than {@code lockTimeout}.
   */
  public static EmbeddedServer start(Path dataDirectory, Duration lockTimeout, Consumer<String> notes) {
    Path directory = dataDirectory.toAbsolutePath().normalize();
    DataDirectoryLock lock = DataDirectoryLock.acquire(sibling(directory, ".lock"), lockTimeout, directory);
    Process server = null;
    Optional<Process> watchdog = Optional.empty();
    try {
      ServerSettings settings = ServerSettings.fromSystemProperties();
      PostgresBinaries binaries = PostgresBinaries.prepare(PostgresBinaries.defaultCache(), BinaryArchive.forThisMachine());
      PostgresCommands commands = new PostgresCommands(binaries, freshLog(sibling(directory, ".log")));
      if (Files.isDirectory(directory)) {
        StaleServer.stop(directory, commands, notes);
      }
      String password = new ClusterDirectory(directory, commands, settings.durable()).prepare(notes);
      int port = freePort();
      List<String> arguments = new ArrayList<>(List.of("-D", directory.toString()));
      arguments.addAll(settings.serverArguments(port));
      server = commands.builder("postgres", arguments)
          .redirectInput(ProcessBuilder.Redirect.from(PostgresCommands.nullDevice()))
          .start();
      watchdog = Watchdog.start(server.pid());
      awaitReady(directory, server, commands.log());
      return new EmbeddedServer(directory, commands, lock, server, watchdog, port, password);
    } catch (IOException | RuntimeException e) {
      if (server != null) {
        server.destroy();
        waitQuietly(server);
      }
      watchdog.ifPresent(Process::destroy);
      lock.close();
      if (e instanceof EmbeddedServerException failure) {
        throw failure;
      }
      throw new EmbeddedServerException("cannot start the embedded PostgreSQL on " + directory + ": " + e.getMessage(), e);
    }
  }

  /** A new connection to the {@code postgres} database as the superuser. */
  public Connection connect() throws SQLException {
    return connect("postgres");
  }

  /** A new connection to {@code database} (a scratch database) as the superuser. */
  public Connection connect(String database) throws SQLException {
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    Properties properties = new Properties();
    properties.setProperty("user", ClusterDirectory.SUPERUSER);
    properties.setProperty("password", password);
    Connection connection = new org.postgresql.Driver().connect(url, properties);
    if (connection == null) {
      throw new SQLException("the PostgreSQL driver does not accept " + url);
    }
    return connection;
  }

  /** The server's URL, which holds no password. */
  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  @Override
  public void close() {
    try {
      commands.run("stopping the embedded PostgreSQL on " + dataDirectory, "pg_ctl",
          List.of("stop", "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t", "60"), null, 90);
    } finally {
      if (server.isAlive()) {
        server.destroy(); // SIGTERM: PostgreSQL's smart shutdown
      }
      waitQuietly(server);
      watchdog.ifPresent(Process::destroy);
      lock.close();
    }
  }

  private static void awaitReady(Path directory, Process server, Path log) throws IOException {
    Instant deadline = Instant.now().plus(STARTUP_DEADLINE);
    while (true) {
      if (!server.isAlive()) {
        throw new EmbeddedServerException("the embedded PostgreSQL on " + directory + " stopped at start (exit "
            + server.exitValue() + "): " + PostgresCommands.lastLine(log) + "; see " + log);
      }
      Optional<PostmasterPid> pidFile = PostmasterPid.read(directory);
      if (pidFile.isPresent() && pidFile.get().pid() == server.pid() && pidFile.get().ready()) {
        return;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new EmbeddedServerException("the embedded PostgreSQL on " + directory + " was not ready within "
            + STARTUP_DEADLINE.toMinutes() + " minutes; see " + log);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new EmbeddedServerException("interrupted while starting the embedded PostgreSQL on " + directory, e);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** The log of this start, readable by the user only (failing statements show data); kept up to a megabyte. */
  private static Path freshLog(Path log) throws IOException {
    OwnerOnly.createDirectories(log.getParent());
    if (Files.exists(log) && Files.size(log) > LOG_LIMIT) {
      Files.delete(log);
    }
    if (!Files.exists(log)) {
      Files.createFile(log);
    }
    if (OwnerOnly.supported()) {
      Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-------"));
    }
    return log;
  }

  private static Path sibling(Path directory, String suffix) {
    return directory.resolveSibling(directory.getFileName() + suffix);
  }

  private static void waitQuietly(Process process) {
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
