package dev.autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.autogen.dialect.PostgresDialect;
import dev.autogen.schema.QualifiedName;
import dev.autogen.script.MigrationLoader;
import dev.autogen.script.MigrationSources;
import dev.autogen.script.ScriptDirectory;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history table on a real database: a row per step in the step's transaction, and upgrades that stop at an
 * applied revision whose upgrade was changed, unless the change is accepted.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class MigrationHistoryIT {

  private static final String CREATE = "a91c0e5d22f0";
  private static final String ADD_STATUS = "3f2a9c41b7de";
  private static final String FILL_STATUS = "c0ffee5ca1ab";
  private static final String BROKEN = "dead00beef42";
  private static final String ADD_STATUS_UPGRADE = "op.addColumn(\"account\", column(\"status\", varchar(20)));";

  @TempDir
  Path location;

  private final PostgresDialect dialect = new PostgresDialect();
  private final VersionTable versionTable = new VersionTable(dialect, QualifiedName.of("autogen_version"));
  private final List<String> report = new ArrayList<>();
  private MigrationSources sources;
  private Path addStatus;

  @BeforeEach
  void writeMigrations() throws Exception {
    sources = new MigrationSources(location);
    sources.write(CREATE, null, "create account",
        "op.createTable(\"account\", column(\"id\", bigint()).notNull(), primaryKey(\"id\"));",
        "op.dropTable(\"account\");");
    addStatus = sources.write(ADD_STATUS, CREATE, "add status", ADD_STATUS_UPGRADE,
        "op.dropColumn(\"account\", \"status\");");
  }

  private MigrationRunner runner() {
    return runner(true);
  }

  private MigrationRunner runner(boolean transactionPerMigration) {
    return new MigrationRunner(dialect, versionTable, loaded(), report::add, transactionPerMigration);
  }

  private List<LoadedRevision> loaded() {
    return new MigrationLoader().load(new ScriptDirectory(location).sources());
  }

  private Map<String, LoadedRevision> byId() {
    return loaded().stream().collect(Collectors.toMap(r -> r.info().id(), Function.identity()));
  }

  @Test
  void everyStepAppendsARowWithItsChecksumWhoAndHowLong(TestDatabase db) throws Exception {
    try (Connection connection = db.connect()) {
      runner().upgrade(connection, "head");
      runner().downgrade(connection, "-1");

      List<HistoryEntry> entries = versionTable.history().entries(connection);
      assertThat(entries).extracting(HistoryEntry::revision, HistoryEntry::action).containsExactly(
          tuple(CREATE, HistoryAction.UPGRADE),
          tuple(ADD_STATUS, HistoryAction.UPGRADE),
          tuple(ADD_STATUS, HistoryAction.DOWNGRADE));
      Map<String, LoadedRevision> revisions = byId();
      assertThat(entries.get(0).checksum()).isEqualTo(MigrationChecksum.ofUpgrade(dialect, revisions.get(CREATE)));
      assertThat(entries.get(1).checksum()).isEqualTo(MigrationChecksum.ofUpgrade(dialect, revisions.get(ADD_STATUS)));
      assertThat(entries.get(2).checksum()).matches("[0-9a-f]{64}").isNotEqualTo(entries.get(1).checksum());
      assertThat(entries.get(1).fileChecksum()).isEqualTo(MigrationChecksum.ofFile(addStatus));
      assertThat(entries).allSatisfy(entry -> {
        assertThat(entry.appliedAt()).isNotNull();
        assertThat(entry.appliedBy()).isEqualTo(db.user());
        assertThat(entry.osUser()).isEqualTo(System.getProperty("user.name"));
        assertThat(entry.durationMillis()).isNotNull().isNotNegative();
      });
      assertThat(entries.get(1).appliedAt()).isAfterOrEqualTo(entries.get(0).appliedAt());
      assertThat(entries).extracting(HistoryEntry::id).isSorted().doesNotHaveDuplicates();
    }
  }

  @Test
  void aFailingStepLeavesNoRowAndTheStepsBeforeItKeepTheirs(TestDatabase db) throws Exception {
    sources.write(BROKEN, ADD_STATUS, "broken", "op.execute(\"UPDATE account SET nope = 1\");", "");
    try (Connection connection = db.connect()) {
      assertThatThrownBy(() -> runner().upgrade(connection, "head")).isInstanceOf(MigrationFailedException.class);

      assertThat(revisions(connection)).containsExactly(CREATE, ADD_STATUS);
    }
  }

  @Test
  void oneTransactionForTheRunLeavesNoRowAtAllOnFailure(TestDatabase db) throws Exception {
    sources.write(BROKEN, ADD_STATUS, "broken", "op.execute(\"UPDATE account SET nope = 1\");", "");
    try (Connection connection = db.connect()) {
      assertThatThrownBy(() -> runner(false).upgrade(connection, "head"))
          .isInstanceOf(MigrationFailedException.class);

      assertThat(query(connection, "SELECT to_regclass('autogen_version_history')::text")).containsOnlyNulls();
    }
  }

  @Test
  void aRevisionWithoutTransactionIsRecordedWithItsVersion(TestDatabase db) throws Exception {
    sources.writeWithoutTransaction(FILL_STATUS, ADD_STATUS, "index status",
        "op.execute(\"CREATE INDEX CONCURRENTLY account_status_idx ON account (status)\");", "");
    try (Connection connection = db.connect()) {
      runner().upgrade(connection, "head");

      assertThat(revisions(connection)).containsExactly(CREATE, ADD_STATUS, FILL_STATUS);
    }
  }

  @Test
  void reformattingAnAppliedMigrationIsNotAChange(TestDatabase db) throws Exception {
    try (Connection connection = db.connect()) {
      runner().upgrade(connection, "head");
      Files.writeString(addStatus, Files.readString(addStatus).replace("    " + ADD_STATUS_UPGRADE,
          "    // status of the account\n    op.addColumn(\n        \"account\",\n"
              + "        column(\"status\", varchar(20)));"));
      sources.write(FILL_STATUS, ADD_STATUS, "fill status",
          "op.execute(\"UPDATE account SET status = 'active'\");", "");

      assertThat(runner().upgrade(connection, "head")).hasSize(1);
      assertThat(revisions(connection)).containsExactly(CREATE, ADD_STATUS, FILL_STATUS);
    }
  }

  @Test
  void changingWhatAnAppliedMigrationDoesStopsTheUpgradeBeforeAnythingRuns(TestDatabase db) throws Exception {
    try (Connection connection = db.connect()) {
      runner().upgrade(connection, "head");
      String recorded = versionTable.history().entries(connection).get(1).checksum();
      Files.writeString(addStatus, Files.readString(addStatus).replace("varchar(20)", "varchar(40)"));
      sources.write(FILL_STATUS, ADD_STATUS, "fill status",
          "op.execute(\"UPDATE account SET status = 'active'\");", "");
      String now = MigrationChecksum.ofUpgrade(dialect, byId().get(ADD_STATUS));

      assertThatThrownBy(() -> runner().upgrade(connection, "head"))
          .isInstanceOf(ChangedMigrationException.class)
          .hasMessage("Revision " + ADD_STATUS + " (" + addStatus + ") was changed after it was applied (checksum"
              + " recorded " + recorded.substring(0, 12) + ", now " + now.substring(0, 12) + "); revert the change,"
              + " or accept it with 'autogen upgrade --accept-changed " + ADD_STATUS + "'");

      assertThat(query(connection, "SELECT version_num FROM autogen_version")).containsExactly(ADD_STATUS);
      assertThat(revisions(connection)).containsExactly(CREATE, ADD_STATUS);
    }
  }

  @Test
  void severalChangedRevisionsAreNamedInOneLine(TestDatabase db) throws Exception {
    try (Connection connection = db.connect()) {
      runner().upgrade(connection, "head");
      Path create = location.resolve("versions").resolve("R" + CREATE + ".java");
      Files.writeString(create, Files.readString(create).replace("bigint()", "integer()"));
      Files.writeString(addStatus, Files.readString(addStatus).replace("varchar(20)", "text()"));

      assertThatThrownBy(() -> runner().upgrade(connection, "head"))
          .isInstanceOf(ChangedMigrationException.class)
          .hasMessageStartingWith("2 revisions were changed after they were applied: " + CREATE + " (" + create
              + ") (checksum recorded ")
          .hasMessageEndingWith("; revert the changes, or accept them with 'autogen upgrade --accept-changed "
              + CREATE + " --accept-changed " + ADD_STATUS + "'")
          .satisfies(e -> assertThat(((ChangedMigrationException) e).changes())
              .extracting(change -> change.revision().id()).containsExactly(CREATE, ADD_STATUS));
    }
  }

  @Test
  void anAcceptedChangeIsRecordedAndTheUpgradeGoesOn(TestDatabase db) throws Exception {
    try (Connection connection = db.connect()) {
      runner().upgrade(connection, "head");
      Files.writeString(addStatus, Files.readString(addStatus).replace("varchar(20)", "varchar(40)"));
      sources.write(FILL_STATUS, ADD_STATUS, "fill status",
          "op.execute(\"UPDATE account SET status = 'active'\");", "");
      report.clear();

      List<Step> steps = runner().upgrade(connection, "head", ChangeAcceptance.of("3f2a"));

      assertThat(steps).extracting(step -> step.revision().id()).containsExactly(FILL_STATUS);
      assertThat(report.get(0)).startsWith("Accepting the change to revision " + ADD_STATUS + " (" + addStatus
          + ") (checksum recorded ");
      List<HistoryEntry> entries = versionTable.history().entries(connection);
      assertThat(entries).extracting(HistoryEntry::revision, HistoryEntry::action).endsWith(
          tuple(ADD_STATUS, HistoryAction.ACCEPT),
          tuple(FILL_STATUS, HistoryAction.UPGRADE));
      HistoryEntry accept = entries.get(entries.size() - 2);
      assertThat(accept.checksum()).isEqualTo(MigrationChecksum.ofUpgrade(dialect, byId().get(ADD_STATUS)));
      assertThat(accept.fileChecksum()).isEqualTo(MigrationChecksum.ofFile(addStatus));
      assertThat(accept.durationMillis()).isNull();

      // accepted once: the next upgrade compares against the new checksum
      assertThat(runner().upgrade(connection, "head")).isEmpty();
    }
  }

  @Test
  void acceptingEveryChangeAndAcceptingWhatDidNotChange(TestDatabase db) throws Exception {
    try (Connection connection = db.connect()) {
      runner().upgrade(connection, "head");
      Files.writeString(addStatus, Files.readString(addStatus).replace("varchar(20)", "varchar(40)"));
      report.clear();

      runner().upgrade(connection, "head", new ChangeAcceptance(Set.of(CREATE), true));

      assertThat(report).hasSize(2);
      assertThat(report.get(0)).isEqualTo("Revision " + CREATE + " is unchanged since it was applied: nothing to accept");
      assertThat(report.get(1)).startsWith("Accepting the change to revision " + ADD_STATUS);
      assertThatThrownBy(() -> runner().upgrade(connection, "head", ChangeAcceptance.of("ffffffffffff")))
          .isInstanceOf(RevisionException.class);
    }
  }

  @Test
  void aRevisionNotAppliedAnyMoreIsNotCompared(TestDatabase db) throws Exception {
    try (Connection connection = db.connect()) {
      runner().upgrade(connection, "head");
      runner().downgrade(connection, "-1");
      Files.writeString(addStatus, Files.readString(addStatus).replace("varchar(20)", "varchar(40)"));

      runner().upgrade(connection, "head");

      List<HistoryEntry> entries = versionTable.history().entries(connection);
      assertThat(entries.get(entries.size() - 1).checksum())
          .isEqualTo(MigrationChecksum.ofUpgrade(dialect, byId().get(ADD_STATUS)));
    }
  }

  @Test
  void aDatabaseMigratedBeforeTheHistoryWasKeptStartsKeepingIt(TestDatabase db) throws Exception {
    try (Connection connection = db.connect()) {
      runner().upgrade(connection, CREATE);
      execute(connection, "DROP TABLE autogen_version_history");
      Path create = location.resolve("versions").resolve("R" + CREATE + ".java");
      Files.writeString(create, Files.readString(create).replace("bigint()", "integer()"));

      runner().upgrade(connection, "head");

      assertThat(revisions(connection)).containsExactly(ADD_STATUS);
    }
  }

  @Test
  void aMigrationWhoseUpgradeNowThrowsIsAChange(TestDatabase db) throws Exception {
    try (Connection connection = db.connect()) {
      runner().upgrade(connection, "head");
      Files.writeString(addStatus, Files.readString(addStatus).replace("    " + ADD_STATUS_UPGRADE,
          "    if (true) { throw new IllegalStateException(\"not yet\"); }"));

      assertThatThrownBy(() -> runner().upgrade(connection, "head"))
          .isInstanceOf(ChangedMigrationException.class)
          .hasMessageContaining(", now its upgrade() fails without a database: not yet)");
    }
  }

  private static List<String> revisions(Connection connection) throws SQLException {
    return query(connection, "SELECT revision FROM autogen_version_history ORDER BY id");
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
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
