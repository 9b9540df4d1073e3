package dev.autogen.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.introspect.IntrospectionFilter;
import dev.autogen.introspect.PostgresIntrospector;
import dev.autogen.schema.SchemaModel;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The offline script does to a database exactly what the online run does to another. */
@ExtendWith(PostgresDatabaseExtension.class)
class OfflineSqlIT {

  @TempDir
  Path location;

  @BeforeEach
  void writeMigrations() throws Exception {
    OfflineSqlTest.writeChain(location);
  }

  @Test
  void upgradeScriptBuildsWhatOnlineUpgradeBuilds(TestDatabase scripted, TestDatabase online) throws Exception {
    String script = script(scripted, Project::upgradeSql, "base:head");
    runScript(scripted, script);
    migrate(online, Project::upgrade, "head");

    assertSameDatabase(scripted, online);
    assertThat(versions(scripted)).containsExactly(OfflineSqlTest.ADD_PHONE);
    // what the script recorded is what an online upgrade checks the applied revisions against
    migrate(scripted, Project::upgrade, "head");
  }

  @Test
  void downgradeScriptUndoesWhatOnlineDowngradeUndoes(TestDatabase scripted, TestDatabase online) throws Exception {
    migrate(scripted, Project::upgrade, "head");
    migrate(online, Project::upgrade, "head");

    runScript(scripted, script(scripted, Project::downgradeSql, "head:" + OfflineSqlTest.CREATE_USER));
    migrate(online, Project::downgrade, "-1");

    assertSameDatabase(scripted, online);
    assertThat(versions(scripted)).containsExactly(OfflineSqlTest.CREATE_USER);
  }

  @Test
  void withoutAStartTheScriptStartsAtTheDatabaseRevisionAndChangesNothing(TestDatabase db) throws Exception {
    migrate(db, Project::upgrade, "+1");

    String script = script(db, Project::upgradeSql, "head");

    assertThat(script).startsWith("-- Running upgrade a91c0e5d22f0 -> 3f2a9c41b7de, add phone_number\n")
        .doesNotContain("CREATE TABLE IF NOT EXISTS autogen_version (", "CREATE TABLE \"user\"");
    assertThat(versions(db)).containsExactly(OfflineSqlTest.CREATE_USER);
    assertThat(query(db, "SELECT count(*) FROM information_schema.columns WHERE column_name = 'phone_number'"))
        .containsExactly("0");
  }

  private String script(TestDatabase db, Verb verb, String target) {
    StringBuilder script = new StringBuilder();
    try (Project project = TestProjects.project(location, db, Duration.ZERO)) {
      verb.accept(project, target, line -> script.append(line).append('\n'));
    }
    return script.toString();
  }

  private void migrate(TestDatabase db, Verb verb, String target) {
    try (Project project = TestProjects.project(location, db, Duration.ZERO)) {
      verb.accept(project, target, line -> { });
    }
  }

  /** Runs the script as one string, as a client that sends a file to the server would. */
  private static void runScript(TestDatabase db, String script) throws SQLException {
    try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
      statement.execute(script);
    }
  }

  private static void assertSameDatabase(TestDatabase actual, TestDatabase expected) throws SQLException {
    assertThat(schema(actual)).isEqualTo(schema(expected));
    assertThat(versions(actual)).isEqualTo(versions(expected));
    assertThat(history(actual)).isEqualTo(history(expected));
    assertThat(query(actual, "SELECT row_to_json(u)::text FROM \"user\" u ORDER BY id"))
        .isEqualTo(query(expected, "SELECT row_to_json(u)::text FROM \"user\" u ORDER BY id"));
  }

  // the version table included: the script must create it just as online does
  private static SchemaModel schema(TestDatabase db) throws SQLException {
    try (Connection connection = db.connect()) {
      return new PostgresIntrospector().introspect(connection, new IntrospectionFilter(List.of(), List.of()));
    }
  }

  /** The history rows without what only an online run knows (its duration and operating system user). */
  private static List<String> history(TestDatabase db) throws SQLException {
    return query(db, "SELECT concat_ws(' ', revision, action, checksum, file_checksum, applied_by)"
        + " FROM autogen_version_history ORDER BY id");
  }

  private static List<String> versions(TestDatabase db) throws SQLException {
    return query(db, "SELECT version_num FROM autogen_version ORDER BY 1");
  }

  private static List<String> query(TestDatabase db, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection connection = db.connect(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  @FunctionalInterface
  private interface Verb {
    void accept(Project project, String target, Consumer<String> out);
  }
}
