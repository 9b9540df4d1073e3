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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(PostgresDatabaseExtension.class)
class MigrationRunnerIT {

  private static final String CREATE = "a91c0e5d22f0";
  private static final String ADD_STATUS = "3f2a9c41b7de";
  private static final String FILL_STATUS = "c0ffee5ca1ab";
  private static final String BROKEN = "dead00beef42";
  private static final String INDEX_STATUS = "1dec0ffee123";

  @TempDir
  Path location;

  private final PostgresDialect dialect = new PostgresDialect();
  private final VersionTable versionTable = new VersionTable(dialect, QualifiedName.of("autogen_version"));
  private final List<String> report = new ArrayList<>();
  private MigrationSources sources;

  @BeforeEach
  void writeMigrations() throws Exception {
    sources = new MigrationSources(location);
    sources.write(CREATE, null, "create account",
        "op.createTable(\"account\", column(\"id\", bigint()).notNull(), column(\"name\", text()), primaryKey(\"id\"));"
            + " op.execute(\"INSERT INTO account (id, name) VALUES (1, 'ada')\");",
        "op.dropTable(\"account\");");
    sources.write(ADD_STATUS, CREATE, "add status",
        "op.addColumn(\"account\", column(\"status\", varchar(20)));",
        "op.dropColumn(\"account\", \"status\");");
    sources.write(FILL_STATUS, ADD_STATUS, "fill status",
        "op.execute(\"UPDATE account SET status = 'active' WHERE status IS NULL\");",
        "op.execute(\"UPDATE account SET status = NULL\");");
  }

  private MigrationRunner runner() {
    return runner(true);
  }

  private MigrationRunner runner(boolean transactionPerMigration) {
    List<LoadedRevision> revisions = new MigrationLoader().load(new ScriptDirectory(location).sources());
    return new MigrationRunner(dialect, versionTable, revisions, report::add, transactionPerMigration);
  }

  @Test
  void upgradesToHeadOneTransactionPerStep(TestDatabase db) throws Exception {
    try (Connection connection = db.connect()) {
      List<Step> steps = runner().upgrade(connection, "head");

      assertThat(steps).extracting(step -> step.revision().id()).containsExactly(CREATE, ADD_STATUS, FILL_STATUS);
      assertThat(report).containsExactly(
          "Running upgrade  -> a91c0e5d22f0, create account",
          "Running upgrade a91c0e5d22f0 -> 3f2a9c41b7de, add status",
          "Running upgrade 3f2a9c41b7de -> c0ffee5ca1ab, fill status");
      assertThat(versions(connection)).containsExactly(FILL_STATUS);
      assertThat(query(connection, "SELECT name || ':' || status FROM account")).containsExactly("ada:active");
      assertThat(connection.getAutoCommit()).isTrue();
      assertThat(runner().upgrade(connection, "head")).isEmpty();
    }
  }

  @Test
  void downgradesRelativelyAndToBase(TestDatabase db) throws Exception {
    try (Connection connection = db.connect()) {
      MigrationRunner runner = runner();
      runner.upgrade(connection, "head");
      report.clear();

      runner.downgrade(connection, "-1");

      assertThat(report).containsExactly("Running downgrade c0ffee5ca1ab -> 3f2a9c41b7de, fill status");
      assertThat(versions(connection)).containsExactly(ADD_STATUS);
      assertThat(query(connection, "SELECT coalesce(status, 'none') FROM account")).containsExactly("none");

      runner.downgrade(connection, "base");

      assertThat(report).endsWith(
          "Running downgrade 3f2a9c41b7de -> a91c0e5d22f0, add status",
          "Running downgrade a91c0e5d22f0 -> , create account");
      assertThat(versions(connection)).isEmpty();
      assertThat(tables(connection)).containsExactly("autogen_version", "autogen_version_history");
      assertThat(runner.current(connection)).isEmpty();
    }
  }

  @Test
  void upgradesRelativelyAndByPrefix(TestDatabase db) throws Exception {
    try (Connection connection = db.connect()) {
      MigrationRunner runner = runner();

      runner.upgrade(connection, "+1");
      assertThat(versions(connection)).containsExactly(CREATE);
      assertThat(columns(connection)).containsExactly("id", "name");

      runner.upgrade(connection, "3f2");
      assertThat(versions(connection)).containsExactly(ADD_STATUS);
      assertThat(columns(connection)).containsExactly("id", "name", "status");
      assertThat(runner.current(connection)).extracting(RevisionInfo::message).containsExactly("add status");
    }
  }

  @Test
  void failingStepIsRolledBackAndEarlierStepsStay(TestDatabase db) throws Exception {
    Path broken = sources.write(BROKEN, FILL_STATUS, "add email",
        "op.addColumn(\"account\", column(\"email\", text())); op.execute(\"UPDATE account SET nope = 1\");",
        "op.dropColumn(\"account\", \"email\");");
    try (Connection connection = db.connect()) {
      MigrationRunner runner = runner();

      assertThatThrownBy(() -> runner.upgrade(connection, "head"))
          .isInstanceOf(MigrationFailedException.class)
          .hasMessage("Revision " + BROKEN + " (" + broken + ") failed: "
              + "ERROR: column \"nope\" of relation \"account\" does not exist")
          .hasCauseInstanceOf(StatementFailedException.class)
          .satisfies(e -> assertThat(((StatementFailedException) e.getCause()).statement())
              .isEqualTo("UPDATE account SET nope = 1"));

      assertThat(report).hasSize(4);
      assertThat(versions(connection)).containsExactly(FILL_STATUS);
      assertThat(columns(connection)).containsExactly("id", "name", "status");
      assertThat(query(connection, "SELECT status FROM account")).containsExactly("active");
      assertThat(connection.getAutoCommit()).isTrue();
    }
  }

  @Test
  void revisionWithoutTransactionRunsWhatATransactionBlockRefuses(TestDatabase db) throws Exception {
    sources.writeWithoutTransaction(INDEX_STATUS, FILL_STATUS, "index status",
        "op.execute(\"CREATE INDEX CONCURRENTLY account_status_idx ON account (status)\");",
        "op.execute(\"DROP INDEX CONCURRENTLY account_status_idx\");");
    try (Connection connection = db.connect()) {
      MigrationRunner runner = runner();

      runner.upgrade(connection, "head");

      assertThat(versions(connection)).containsExactly(INDEX_STATUS);
      assertThat(query(connection, "SELECT indexrelid::regclass || ':' || indisvalid FROM pg_index"
          + " WHERE indrelid = 'account'::regclass AND NOT indisprimary")).containsExactly("account_status_idx:true");
      assertThat(connection.getAutoCommit()).isTrue();

      runner.downgrade(connection, "-1");

      assertThat(versions(connection)).containsExactly(FILL_STATUS);
      assertThat(query(connection, "SELECT to_regclass('account_status_idx')::text")).containsOnlyNulls();
    }
  }

  @Test
  void theSameStatementFailsInATransactionalRevision(TestDatabase db) throws Exception {
    sources.write(INDEX_STATUS, FILL_STATUS, "index status",
        "op.execute(\"CREATE INDEX CONCURRENTLY account_status_idx ON account (status)\");", "");
    try (Connection connection = db.connect()) {
      assertThatThrownBy(() -> runner().upgrade(connection, "head"))
          .isInstanceOf(MigrationFailedException.class)
          .hasMessageEndingWith("failed: ERROR: CREATE INDEX CONCURRENTLY cannot run inside a transaction block");

      assertThat(versions(connection)).containsExactly(FILL_STATUS);
    }
  }

  @Test
  void failingRevisionWithoutTransactionKeepsItsEarlierStatementsAndThePreviousVersion(TestDatabase db)
      throws Exception {
    sources.writeWithoutTransaction(INDEX_STATUS, FILL_STATUS, "index status",
        "op.execute(\"CREATE INDEX CONCURRENTLY account_status_idx ON account (status)\");"
            + " op.execute(\"CREATE INDEX CONCURRENTLY account_nope_idx ON account (nope)\");",
        "");
    try (Connection connection = db.connect()) {
      assertThatThrownBy(() -> runner().upgrade(connection, "head"))
          .isInstanceOf(MigrationFailedException.class)
          .hasMessageEndingWith("failed: ERROR: column \"nope\" does not exist; it ran without a transaction"
              + " (transactional = false), so the statements before the failure stay applied");

      assertThat(versions(connection)).containsExactly(FILL_STATUS);
      assertThat(query(connection, "SELECT to_regclass('account_status_idx')::text"))
          .containsExactly("account_status_idx");
      assertThat(connection.getAutoCommit()).isTrue();
    }
  }

  @Test
  void firstRevisionWithoutTransactionCommitsTheVersionTableFirst(TestDatabase db) throws Exception {
    sources.writeWithoutTransaction(CREATE, null, "create account",
        "op.execute(\"CREATE TABLE account (id bigint)\");"
            + " op.execute(\"CREATE INDEX CONCURRENTLY account_id_idx ON account (id)\");",
        "");
    try (Connection connection = db.connect()) {
      runner().upgrade(connection, CREATE);

      assertThat(versions(connection)).containsExactly(CREATE);
      assertThat(query(connection, "SELECT to_regclass('account_id_idx')::text")).containsExactly("account_id_idx");
    }
  }

  @Test
  void oneTransactionForTheRunTakesEveryStepBackOnFailure(TestDatabase db) throws Exception {
    sources.write(BROKEN, FILL_STATUS, "add email", "op.execute(\"UPDATE account SET nope = 1\");", "");
    try (Connection connection = db.connect()) {
      MigrationRunner oneTransaction = runner(false);
      runner().upgrade(connection, CREATE);

      assertThatThrownBy(() -> oneTransaction.upgrade(connection, "head")).isInstanceOf(MigrationFailedException.class);

      assertThat(versions(connection)).containsExactly(CREATE);
      assertThat(columns(connection)).containsExactly("id", "name");
      assertThat(connection.getAutoCommit()).isTrue();

      runner(false).upgrade(connection, FILL_STATUS);

      assertThat(versions(connection)).containsExactly(FILL_STATUS);
      assertThat(query(connection, "SELECT status FROM account")).containsExactly("active");
    }
  }

  @Test
  void oneTransactionForTheRunStillCommitsARevisionWithoutTransaction(TestDatabase db) throws Exception {
    sources.writeWithoutTransaction(INDEX_STATUS, FILL_STATUS, "index status",
        "op.execute(\"CREATE INDEX CONCURRENTLY account_status_idx ON account (status)\");", "");
    sources.write(BROKEN, INDEX_STATUS, "add email", "op.execute(\"UPDATE account SET nope = 1\");", "");
    try (Connection connection = db.connect()) {
      assertThatThrownBy(() -> runner(false).upgrade(connection, "head"))
          .isInstanceOf(MigrationFailedException.class);

      // what came before the index was committed with it; only the step after it is taken back
      assertThat(versions(connection)).containsExactly(INDEX_STATUS);
      assertThat(query(connection, "SELECT to_regclass('account_status_idx')::text"))
          .containsExactly("account_status_idx");
    }
  }

  @Test
  void failingFirstStepLeavesNoVersionTable(TestDatabase db) throws Exception {
    sources.write(CREATE, null, "create account", "op.execute(\"SELECT nope\");", "");
    try (Connection connection = db.connect()) {
      assertThatThrownBy(() -> runner().upgrade(connection, "head")).isInstanceOf(MigrationFailedException.class);

      assertThat(tables(connection)).isEmpty();
    }
  }

  @Test
  void readingAMissingVersionTableKeepsTheTransactionUsable(TestDatabase db) throws Exception {
    try (Connection connection = db.connect()) {
      connection.setAutoCommit(false);

      assertThat(versionTable.currentHeads(connection)).isEmpty();
      assertThat(query(connection, "SELECT 'still usable'")).containsExactly("still usable");
      connection.rollback();
    }
  }

  @Test
  void versionTableWritesMustTouchExactlyOneRow(TestDatabase db) throws Exception {
    try (Connection connection = db.connect()) {
      versionTable.ensureExists(connection);

      assertThatThrownBy(() -> versionTable.update(connection, CREATE, ADD_STATUS))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("Version table autogen_version: move 'a91c0e5d22f0' to '3f2a9c41b7de' touched 0 rows"
              + " instead of 1; was the database migrated concurrently?");
      assertThatThrownBy(() -> versionTable.delete(connection, CREATE)).isInstanceOf(IllegalStateException.class);
    }
  }

  private static List<String> versions(Connection connection) throws SQLException {
    return query(connection, "SELECT version_num FROM autogen_version ORDER BY 1");
  }

  private static List<String> tables(Connection connection) throws SQLException {
    return query(connection, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
  }

  private static List<String> columns(Connection connection) throws SQLException {
    return query(connection,
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'account' ORDER BY ordinal_position");
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
