package dev.autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.script.MigrationLoader;
import dev.autogen.script.MigrationSources;
import dev.autogen.script.ScriptDirectory;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight application instances start at once, each in a JVM of its own, and each runs {@code upgrade("head")} through
 * the Java API on the same database: the migration lock lets one migrate and the others find nothing left to do, so
 * every revision runs exactly once.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class EightJvmUpgradeIT {

  private static final int JVMS = 8;
  private static final List<String> REVISIONS = List.of("0b0000000001", "0b0000000002", "0b0000000003");

  @TempDir
  Path directory;

  @Test
  void eightJvmsUpgradingAtOnceApplyEachRevisionExactlyOnce(TestDatabase db) throws Exception {
    Path location = directory.resolve("migrations");
    MigrationSources sources = new MigrationSources(location);
    sources.write(REVISIONS.get(0), null, "create runs",
        "op.createTable(\"runs\", column(\"revision\", text()).notNull());"
            + " op.execute(\"INSERT INTO runs VALUES ('" + REVISIONS.get(0) + "')\");",
        "op.dropTable(\"runs\");");
    for (int i = 1; i < REVISIONS.size(); i++) {
      // pg_sleep widens the window in which the others wait for the lock
      sources.write(REVISIONS.get(i), REVISIONS.get(i - 1), "step " + i,
          "op.execute(\"INSERT INTO runs SELECT '" + REVISIONS.get(i) + "' FROM pg_sleep(0.2)\");",
          "op.execute(\"DELETE FROM runs WHERE revision = '" + REVISIONS.get(i) + "'\");");
    }
    Path cache = directory.resolve("classes");
    new MigrationLoader(List.of(), cache).load(new ScriptDirectory(location).sources()); // the children hit the cache

    List<Process> children = new ArrayList<>();
    for (int i = 0; i < JVMS; i++) {
      children.add(start(db, location, cache, i));
    }
    awaitFiles("ready-", JVMS, children);
    Files.createFile(directory.resolve("go"));

    Map<Integer, String> failures = new TreeMap<>();
    int stepsTaken = 0;
    for (int i = 0; i < JVMS; i++) {
      Process child = children.get(i);
      assertThat(child.waitFor(180, TimeUnit.SECONDS)).as("child " + i + " ended").isTrue();
      String out = Files.readString(directory.resolve("child-" + i + ".out"));
      if (child.exitValue() != 0) {
        failures.put(i, out + Files.readString(directory.resolve("child-" + i + ".err")));
      } else {
        stepsTaken += Integer.parseInt(out.strip().replaceAll("(?s).*steps=(\\d+).*", "$1"));
      }
    }
    assertThat(failures).as("children that failed").isEmpty();
    assertThat(stepsTaken).as("steps taken by all children together").isEqualTo(REVISIONS.size());
    assertThat(rows(db, "SELECT revision FROM runs ORDER BY revision")).isEqualTo(REVISIONS);
    assertThat(rows(db, "SELECT revision FROM autogen_version_history WHERE action = 'upgrade' ORDER BY revision"))
        .isEqualTo(REVISIONS);
    assertThat(rows(db, "SELECT version_num FROM autogen_version")).containsExactly(REVISIONS.get(2));
  }

  private Process start(TestDatabase db, Path location, Path cache, int index) throws IOException {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        UpgradeHeadChild.class.getName(), location.toString(), cache.toString(), directory.toString(),
        String.valueOf(index));
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(directory.resolve("child-" + index + ".out").toFile())
        .redirectError(directory.resolve("child-" + index + ".err").toFile());
    builder.environment().put("CHILD_JDBC_URL", db.jdbcUrl());
    builder.environment().put("CHILD_JDBC_USER", db.user());
    builder.environment().put("CHILD_JDBC_PASSWORD", db.password() == null ? "" : db.password());
    return builder.start();
  }

  private void awaitFiles(String prefix, int count, List<Process> children) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < deadline) {
      long ready;
      try (var files = Files.list(directory)) {
        ready = files.filter(file -> file.getFileName().toString().startsWith(prefix)).count();
      }
      if (ready == count) {
        return;
      }
      for (Process child : children) {
        if (!child.isAlive()) {
          throw new AssertionError("a child ended before it was ready: exit " + child.exitValue());
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the children were not ready within 180 s");
  }

  private static List<String> rows(TestDatabase db, String query) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = db.connect(); Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(query)) {
      while (result.next()) {
        rows.add(result.getString(1));
      }
    }
    return rows;
  }
}
