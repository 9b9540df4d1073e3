package dev.autogen.fixpoint;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What no entity maps (a partitioned table and its partitions, views, a materialized view, a foreign table, a
 * function, a trigger cloned onto partitions) is reported once each and never dropped, down to
 * {@code base}; a partitioned table an entity maps is compared like any other table, its partitions never listed.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class UnmappedObjectsIT {

  private static final String UNMAPPED = """
      CREATE TABLE measurement (id bigint NOT NULL, value double precision NOT NULL, PRIMARY KEY (id))
        PARTITION BY RANGE (id);
      CREATE TABLE measurement_low PARTITION OF measurement FOR VALUES FROM (0) TO (1000);
      CREATE TABLE measurement_high PARTITION OF measurement FOR VALUES FROM (1000) TO (MAXVALUE);
      CREATE TABLE event_log (id bigint NOT NULL, happened_on date NOT NULL, PRIMARY KEY (id, happened_on))
        PARTITION BY RANGE (happened_on);
      CREATE TABLE event_log_2025 PARTITION OF event_log FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
      CREATE TABLE event_log_2026 PARTITION OF event_log FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
      CREATE FUNCTION event_log_touch() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
      CREATE TRIGGER event_log_touched BEFORE INSERT ON event_log FOR EACH ROW EXECUTE FUNCTION event_log_touch();
      CREATE VIEW recent_event AS SELECT id FROM event_log WHERE happened_on > DATE '2026-01-01';
      CREATE MATERIALIZED VIEW event_count AS SELECT count(*) AS events FROM event_log;
      CREATE FOREIGN DATA WRAPPER archive_wrapper;
      CREATE SERVER archive FOREIGN DATA WRAPPER archive_wrapper;
      CREATE FOREIGN TABLE archived_event (id bigint) SERVER archive;
      """;

  @Test
  void unmappedObjectsAreNotedOnceAndNeverDropped(TestDatabase db, @TempDir Path dir) throws Exception {
    execute(db, UNMAPPED);
    List<String> before = relations(db);
    FixtureProject project = new FixtureProject("partitioned", dir, db);

    project.revision("a1b2c3d4e5f6", "create schema");

    List<String> warnings = project.output.stream().filter(line -> line.startsWith("WARNING: ")).toList();
    assertThat(warnings).containsExactlyInAnyOrder(
        unmanaged("partitioned table", "event_log"),
        unmanaged("view", "recent_event"),
        unmanaged("materialized view", "event_count"),
        unmanaged("foreign table", "archived_event"),
        unmanaged("function", "event_log_touch"),
        unmanaged("trigger", "event_log.event_log_touched"));
    assertThat(project.output).noneMatch(line -> line.contains("measurement_") || line.contains("event_log_20"));
    String source = Files.readString(project.migrationFiles().get(0));
    assertThat(source).contains("op.createTable(\"station\"")
        .doesNotContain("\"measurement\"", "\"event_log\"", "measurement_low", "event_log_2025");

    project.upgrade("head");
    assertThat(project.check()).as("the mapped partitioned table is compared and matches").isEmpty();
    project.downgrade("base");
    assertThat(relations(db)).as("what no entity maps, after downgrade base").isEqualTo(before);
  }

  /** A mapped partitioned table that differs from its entity is changed like any table, on the partitioned table. */
  @Test
  void mappedPartitionedTableIsCompared(TestDatabase db, @TempDir Path dir) throws Exception {
    execute(db, """
        CREATE TABLE measurement (id bigint NOT NULL, PRIMARY KEY (id)) PARTITION BY RANGE (id);
        CREATE TABLE measurement_all PARTITION OF measurement FOR VALUES FROM (MINVALUE) TO (MAXVALUE);
        INSERT INTO measurement VALUES (7);
        """);
    FixtureProject project = new FixtureProject("partitioned", dir, db);

    assertThat(project.check()).containsExactly("added table 'station'", "added column 'measurement.value'");
  }

  private static String unmanaged(String kind, String name) {
    return "WARNING: " + kind + " '" + name + "' is not managed by autogen: it is neither compared nor changed";
  }

  private static void execute(TestDatabase db, String sql) throws SQLException {
    try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** Every relation of {@code public} but autogen's own, with its kind, sorted. */
  private static List<String> relations(TestDatabase db) throws SQLException {
    List<String> relations = new ArrayList<>();
    try (Connection connection = db.connect();
        ResultSet rs = connection.createStatement().executeQuery("""
            SELECT c.relname || ' ' || c.relkind::text FROM pg_class c
             WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
               AND c.relname NOT LIKE 'autogen%' ORDER BY 1""")) {
      while (rs.next()) {
        relations.add(rs.getString(1));
      }
    }
    return relations;
  }
}
