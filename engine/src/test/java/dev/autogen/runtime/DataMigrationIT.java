package dev.autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.dialect.PostgresDialect;
import dev.autogen.schema.QualifiedName;
import dev.autogen.script.MigrationLoader;
import dev.autogen.script.MigrationSources;
import dev.autogen.script.ScriptDirectory;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data migrations through {@code op.query}, {@code op.update} and {@code op.batch}: bind parameters online, in the
 * step's transaction; literals in a {@code --sql} script, where reading is refused.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class DataMigrationIT {

  private static final String CREATE = "a91c0e5d22f0";
  private static final String SPLIT_NAMES = "3f2a9c41b7de";
  private static final String BROKEN = "dead00beef42";

  private static final String ROWS = "SELECT id || ':' || coalesce(first_name, '-') || ':' || coalesce(last_name, '-')"
      + " || ':' || coalesce(note, '-') FROM customer ORDER BY id";

  @TempDir
  Path location;

  private final PostgresDialect dialect = new PostgresDialect();
  private final VersionTable versionTable = new VersionTable(dialect, QualifiedName.of("autogen_version"));
  private MigrationSources sources;

  @BeforeEach
  void writeMigrations() throws Exception {
    sources = new MigrationSources(location);
    // rows inserted as one batch of bound parameters, a quote and a question mark among the values
    sources.write(CREATE, null, "create customer", String.join(" ",
            "op.createTable(\"customer\", column(\"id\", bigint()).notNull(), column(\"full_name\", text()),",
            "    column(\"first_name\", text()), column(\"last_name\", text()), column(\"note\", text()),",
            "    primaryKey(\"id\"));",
            "int[] counts = op.batch(\"INSERT INTO customer (id, full_name, note) VALUES (?, ?, ?)\", java.util.List.of(",
            "    new Object[] {1L, \"Ada Lovelace\", null},",
            "    new Object[] {2, \"Dara O'Brien\", \"who? me\"},",
            "    new Object[] {3, \"Grace Hopper\", \"-- not a comment\"}));",
            "if (counts.length != 3) throw new IllegalStateException(\"3 rows expected\");"),
        "op.dropTable(\"customer\");");
    // reads the rows it splits, writes each with bound parameters; the count says how many rows it touched
    sources.write(SPLIT_NAMES, CREATE, "split names", String.join(" ",
            "for (dev.autogen.runtime.Row row : op.query(\"SELECT id, full_name FROM customer WHERE id >= ? ORDER BY id\", 1)) {",
            "  String[] names = row.getString(\"full_name\").split(\" \", 2);",
            "  int touched = op.update(\"UPDATE customer SET first_name = ?, last_name = ? WHERE id = ?\",",
            "      names[0], names[1], row.getLong(\"id\"));",
            "  if (touched != 1) throw new IllegalStateException(\"touched \" + touched);",
            "}"),
        "op.update(\"UPDATE customer SET first_name = NULL, last_name = NULL WHERE id > ?\", 0);");
  }

  @Test
  void readsAndWritesRowsWithBindParametersOnline(TestDatabase db) throws Exception {
    try (Connection connection = db.connect()) {
      runner().upgrade(connection, "head");

      assertThat(query(connection, ROWS)).containsExactly(
          "1:Ada:Lovelace:-", "2:Dara:O'Brien:who? me", "3:Grace:Hopper:-- not a comment");

      runner().downgrade(connection, CREATE);
      assertThat(query(connection, ROWS)).containsExactly("1:-:-:-", "2:-:-:who? me", "3:-:-:-- not a comment");
    }
  }

  @Test
  void aFailingDataStepRollsBackItsWholeRevision(TestDatabase db) throws Exception {
    sources.write(BROKEN, SPLIT_NAMES, "broken",
        "op.update(\"UPDATE customer SET note = ? WHERE id = ?\", \"changed\", 1);"
            + " op.update(\"UPDATE customer SET id = ? WHERE id = ?\", 2, 1);",
        "");
    try (Connection connection = db.connect()) {
      runner().upgrade(connection, SPLIT_NAMES);

      assertThatThrownBy(() -> runner().upgrade(connection, "head"))
          .isInstanceOf(MigrationFailedException.class)
          .hasMessageStartingWith("Revision " + BROKEN + " (")
          .hasMessageContaining("duplicate key value violates unique constraint \"customer_pkey\"")
          .cause().isInstanceOf(StatementFailedException.class)
          .extracting(e -> ((StatementFailedException) e).statement())
          .isEqualTo("UPDATE customer SET id = ? WHERE id = ?");
      assertThat(query(connection, "SELECT version_num FROM autogen_version")).containsExactly(SPLIT_NAMES);
      assertThat(query(connection, ROWS)).first().isEqualTo("1:Ada:Lovelace:-");
    }
  }

  @Test
  void sqlScriptWritesTheParametersAsLiteralsAndRunsToTheSameRows(TestDatabase online, TestDatabase offline)
      throws Exception {
    StringBuilder script = new StringBuilder();
    List<Step> steps = graph().upgradeSteps(Set.of(), CREATE);
    new MigrationScriptWriter(dialect, versionTable, revisions()).write(steps, new SqlScript(
        block -> script.append(block).append('\n')));

    assertThat(script.toString())
        .contains("INSERT INTO customer (id, full_name, note) VALUES (1, 'Ada Lovelace', NULL);")
        .contains("INSERT INTO customer (id, full_name, note) VALUES (2, 'Dara O''Brien', 'who? me');")
        .contains("INSERT INTO customer (id, full_name, note) VALUES (3, 'Grace Hopper', '-- not a comment');");

    try (Connection connection = offline.connect(); Statement statement = connection.createStatement()) {
      statement.execute(script.toString());
      try (Connection other = online.connect()) {
        runner().upgrade(other, CREATE);
        assertThat(query(connection, ROWS)).hasSize(3).isEqualTo(query(other, ROWS));
      }
    }
  }

  @Test
  void sqlScriptRefusesToReadRowsNamingTheRevisionAndTheQuery() throws Exception {
    List<Step> steps = graph().upgradeSteps(Set.of(), SPLIT_NAMES);
    List<String> script = new ArrayList<>();

    assertThatThrownBy(() -> new MigrationScriptWriter(dialect, versionTable, revisions())
        .write(steps, new SqlScript(script::add)))
        .isInstanceOf(MigrationFailedException.class)
        .hasMessageStartingWith("Revision " + SPLIT_NAMES + " (")
        .hasMessageContaining("op.query(\"SELECT id, full_name FROM customer WHERE id >= ? ORDER BY id\") reads"
            + " rows, which --sql cannot: no database is connected");
  }

  private List<LoadedRevision> revisions() {
    return new MigrationLoader().load(new ScriptDirectory(location).sources());
  }

  private RevisionGraph graph() {
    return new RevisionGraph(revisions().stream().map(LoadedRevision::info).toList());
  }

  private MigrationRunner runner() {
    return new MigrationRunner(dialect, versionTable, revisions(), line -> { });
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
