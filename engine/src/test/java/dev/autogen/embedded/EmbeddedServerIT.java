package dev.autogen.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server on a real data directory: made, repaired, reached and configured as users need. */
class EmbeddedServerIT {

  @TempDir
  Path directory;

  private final List<String> notes = new ArrayList<>();

  private Path dataDirectory() {
    return directory.resolve(".autogen").resolve("pgdata");
  }

  private EmbeddedServer start() {
    return EmbeddedServer.start(dataDirectory(), Duration.ZERO, notes::add);
  }

  @Test
  void durableByDefaultWhateverThePostgresqlConfSays() throws Exception {
    String before = System.clearProperty(ServerSettings.DURABILITY_PROPERTY);
    try (EmbeddedServer server = start(); Connection connection = server.connect()) {
      assertThat(setting(connection, "fsync")).isEqualTo("on");
      assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
      assertThat(setting(connection, "full_page_writes")).isEqualTo("on");
    } finally {
      if (before != null) {
        System.setProperty(ServerSettings.DURABILITY_PROPERTY, before);
      }
    }
  }

  @Test
  void reachableOn127001WithThePasswordOnlyAndNoUnixSocket() throws Exception {
    try (EmbeddedServer server = start()) {
      try (Connection connection = server.connect()) {
        assertThat(setting(connection, "listen_addresses")).isEqualTo("127.0.0.1");
        assertThat(setting(connection, "unix_socket_directories")).isEmpty();
        assertThat(setting(connection, "password_encryption")).isEqualTo("scram-sha-256");
      }
      assertThat(server.jdbcUrl()).startsWith("jdbc:postgresql://127.0.0.1:").endsWith("/postgres");
      assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "wrong"))
          .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
      assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", null))
          .isInstanceOf(SQLException.class);
    }
    Path passwordFile = dataDirectory().resolve(ClusterDirectory.PASSWORD_FILE);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
    Path log = directory.resolve(".autogen").resolve("pgdata.log");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log))).isEqualTo("rw-------");
    assertThat(Files.readString(dataDirectory().resolve("pg_hba.conf"))).doesNotContain("trust");
    assertThat(dataDirectory().resolve(PostmasterPid.FILE_NAME)).as("stopped on close").doesNotExist();
    assertThat(notes).isEmpty();
  }

  @Test
  void dataSurvivesFromOneServerToTheNext() throws Exception {
    try (EmbeddedServer server = start(); Connection connection = server.connect()) {
      execute(connection, "CREATE TABLE note (id integer)");
      execute(connection, "INSERT INTO note VALUES (1), (2)");
    }
    try (EmbeddedServer server = start(); Connection connection = server.connect()) {
      assertThat(count(connection, "note")).isEqualTo(2);
    }
  }

  @Test
  void aDirectoryAnInterruptedInitdbLeftHalfMadeIsMadeAnew() throws Exception {
    // what initdb writes first, as an older autogen left it when killed: no server ever ran on it
    Files.createDirectories(dataDirectory().resolve("global"));
    Files.createDirectories(dataDirectory().resolve("pg_wal"));
    Files.writeString(dataDirectory().resolve("PG_VERSION"), "17\n");
    Files.writeString(dataDirectory().resolve("postgresql.conf"), "");
    Path stagingLeftover = Files.createDirectories(directory.resolve(".autogen").resolve("pgdata.initdb-1234"));
    Files.writeString(stagingLeftover.resolve("PG_VERSION"), "17\n");

    try (EmbeddedServer server = start(); Connection connection = server.connect()) {
      assertThat(setting(connection, "server_version_num")).startsWith("17");
    }
    assertThat(notes).containsExactly("Removing " + dataDirectory() + ": an interrupted first start left it"
        + " half-initialised (no server ever ran on it, so it holds no data)");
    assertThat(stagingLeftover).doesNotExist();
  }

  @Test
  void aDirectoryHoldingSomethingElseIsLeftUntouched() throws Exception {
    Files.createDirectories(dataDirectory());
    Path precious = Files.writeString(dataDirectory().resolve("precious.txt"), "keep me");

    assertThatThrownBy(this::start)
        .isInstanceOf(EmbeddedServerException.class)
        .hasMessage(dataDirectory() + " is not a PostgreSQL data directory autogen made (no autogen.password, no"
            + " postmaster.opts); it is left untouched: move it away and run the command again");
    assertThat(precious).hasContent("keep me");
  }

  @Test
  void aClusterAnOlderAutogenMadeWithTrustKeepsItsDataAndGetsAPassword() throws Exception {
    try (EmbeddedPostgres legacy = EmbeddedPostgres.builder().setDataDirectory(dataDirectory())
        .setCleanDataDirectory(false).start();
        Connection connection = legacy.getPostgresDatabase().getConnection()) {
      execute(connection, "CREATE TABLE note (id integer)");
      execute(connection, "INSERT INTO note VALUES (1), (2), (3)");
    }
    assertThat(Files.readString(dataDirectory().resolve("pg_hba.conf"))).contains("trust");

    try (EmbeddedServer server = start(); Connection connection = server.connect()) {
      assertThat(count(connection, "note")).isEqualTo(3);
      assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "")).isInstanceOf(SQLException.class);
    }
    assertThat(Files.readString(dataDirectory().resolve("pg_hba.conf"))).doesNotContain("trust");
    assertThat(notes).containsExactly("Setting a password on " + dataDirectory() + ": an older autogen made it open"
        + " to every local user");
  }

  @Test
  void aPostmasterPidNamingSomeOtherLiveProcessIsNeverRemoved() throws Exception {
    start().close();
    long notPostgres = ProcessHandle.current().pid(); // alive, and a java
    Path pidFile = Files.writeString(dataDirectory().resolve(PostmasterPid.FILE_NAME),
        notPostgres + "\n" + dataDirectory() + "\n1\n5432\n\n127.0.0.1\n  0  0\nready\n");

    assertThatThrownBy(this::start)
        .isInstanceOf(EmbeddedServerException.class)
        .hasMessage(pidFile + " names process " + notPostgres + ", which is running but cannot be recognised as a"
            + " PostgreSQL on this directory; if it is not one, delete postmaster.pid and run the command again");
    assertThat(pidFile).exists();
  }

  @Test
  void aSecondServerOnTheSameDirectoryWaitsAndThenNamesTheHolder() {
    try (EmbeddedServer server = start()) {
      assertThatThrownBy(this::start)
          .isInstanceOf(EmbeddedServerException.class)
          .hasMessage("the embedded PostgreSQL in " + dataDirectory() + " is in use by another autogen process (pid "
              + ProcessHandle.current().pid() + "); waited 0 s (lock_timeout, --lock-timeout)");
    }
  }

  private static String setting(Connection connection, String name) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT current_setting('" + name + "')")) {
      rows.next();
      return rows.getString(1);
    }
  }

  private static long count(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
