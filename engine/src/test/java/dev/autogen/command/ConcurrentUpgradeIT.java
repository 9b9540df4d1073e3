package dev.autogen.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.dialect.PostgresDialect;
import dev.autogen.runtime.MigrationLock;
import dev.autogen.runtime.MigrationLockTimeoutException;
import dev.autogen.schema.QualifiedName;
import dev.autogen.script.MigrationSources;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(PostgresDatabaseExtension.class)
class ConcurrentUpgradeIT {

  private static final int REVISIONS = 30;
  private static final int PROCESSES = 8;
  // generous: the waiting upgrades must outlast the whole chain on a busy machine; the test never waits this long
  private static final Duration PATIENT = Duration.ofMinutes(5);

  @TempDir
  Path location;

  private final List<String> ids = new ArrayList<>();

  /** A chain of revisions, each creating a table of its own and logging that it ran into migration_log. */
  @BeforeEach
  void writeChain() throws Exception {
    MigrationSources sources = new MigrationSources(location);
    String parent = null;
    for (int i = 0; i < REVISIONS; i++) {
      String id = String.format("c0ffee%06d", i);
      String createLog = i == 0 ? "op.createTable(\"migration_log\", column(\"revision\", text()));" : "";
      sources.write(id, parent, "create t" + i,
          createLog + " op.createTable(\"t" + i + "\", column(\"id\", integer()));"
              + " op.execute(\"INSERT INTO migration_log VALUES ('" + id + "')\");",
          "op.dropTable(\"t" + i + "\");");
      ids.add(id);
      parent = id;
    }
  }

  @Test
  void concurrentUpgradesApplyEveryRevisionExactlyOnce(TestDatabase db) throws Exception {
    List<Project> projects = new ArrayList<>();
    List<String> report = Collections.synchronizedList(new ArrayList<>());
    ExecutorService executor = Executors.newFixedThreadPool(PROCESSES);
    try {
      for (int i = 0; i < PROCESSES; i++) {
        Project project = TestProjects.project(location, db, PATIENT);
        project.revisions(); // compile before the start, so the upgrades do race
        projects.add(project);
      }
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> upgrades = new ArrayList<>();
      for (Project project : projects) {
        upgrades.add(executor.submit(() -> {
          start.await();
          project.upgrade("head", report::add);
          return null;
        }));
      }
      start.countDown();
      for (Future<?> upgrade : upgrades) {
        upgrade.get(); // rethrows any failed upgrade
      }
    } finally {
      executor.shutdownNow();
      projects.forEach(Project::close);
    }

    assertThat(report).hasSize(REVISIONS);
    try (Connection connection = db.connect()) {
      assertThat(query(connection, "SELECT revision FROM migration_log ORDER BY revision"))
          .containsExactlyElementsOf(ids);
      assertThat(query(connection, "SELECT count(*) FROM pg_tables WHERE tablename ~ '^t[0-9]+$'"))
          .containsExactly(String.valueOf(REVISIONS));
      assertThat(query(connection, "SELECT version_num FROM autogen_version")).containsExactly(ids.get(REVISIONS - 1));
    }
  }

  @Test
  void upgradeTimesOutNamingTheSessionThatHoldsTheLock(TestDatabase db) throws Exception {
    try (Connection holder = db.connect(); Project project = TestProjects.project(location, db, Duration.ofSeconds(1))) {
      int pid = holdLock(holder, "autogen_version", "schema-owner");

      assertThatThrownBy(() -> project.upgrade("head", line -> { }))
          .isInstanceOf(MigrationLockTimeoutException.class)
          .hasMessageMatching("Timed out after 1 s waiting for the migration lock of version table autogen_version;"
              + " it is held by pid " + pid + " \\(application_name 'schema-owner', client_addr [^,]+,"
              + " backend_start \\d{4}-\\d\\d-\\d\\d [^)]+\\)");
      try (Connection connection = db.connect()) {
        assertThat(query(connection, "SELECT to_regclass('autogen_version') IS NULL")).containsExactly("t");
      }
    }
  }

  @Test
  void zeroTimeoutFailsAtOnceWhenTheLockIsHeld(TestDatabase db) throws Exception {
    try (Connection holder = db.connect(); Project project = TestProjects.project(location, db, Duration.ZERO)) {
      holdLock(holder, "autogen_version", "schema-owner");

      assertThatThrownBy(() -> project.downgrade("base", line -> { }))
          .isInstanceOf(MigrationLockTimeoutException.class)
          .hasMessageStartingWith("Timed out after 0 s waiting for the migration lock");
    }
  }

  @Test
  void aSessionThatEndsFreesTheLock(TestDatabase db) throws Exception {
    Connection holder = db.connect();
    holdLock(holder, "autogen_version", "crashed");
    holder.close();
    try (Project project = TestProjects.project(location, db, PATIENT)) {
      project.upgrade("head", line -> { });
    }
    try (Connection connection = db.connect()) {
      assertThat(query(connection, "SELECT version_num FROM autogen_version")).containsExactly(ids.get(REVISIONS - 1));
    }
  }

  @Test
  void aProjectWithAnotherVersionTableIsNotBlocked(TestDatabase db) throws Exception {
    try (Connection holder = db.connect(); Project project = TestProjects.project(location, db, Duration.ZERO)) {
      holdLock(holder, "other_version", "other-project");

      project.upgrade("+1", line -> { });
      project.downgrade("base", line -> { });
    }
  }

  /** Takes the migration lock of {@code versionTable} on {@code connection}; returns the session's pid. */
  private static int holdLock(Connection connection, String versionTable, String applicationName)
      throws SQLException {
    long key = MigrationLock.keyFor(new PostgresDialect(), QualifiedName.of(versionTable));
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET application_name = '" + applicationName + "'");
      statement.execute("SELECT pg_advisory_lock(" + key + ")");
      try (ResultSet pid = statement.executeQuery("SELECT pg_backend_pid()")) {
        pid.next();
        return pid.getInt(1);
      }
    }
  }

  private static List<String> query(Connection connection, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}
