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
 * An enum type, composite type or sequence of a schema autogen reads, which the entities no longer name but
 * something autogen does not compare still uses (a table in a schema the entities no longer name, a view), is kept:
 * PostgreSQL refuses to drop it. One the managed tables alone used is dropped, after them.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class OutsideUsesIT {

  private static final String FIRST = "a1b2c3d4e5f6";
  private static final String SECOND = "0f0e0d0c0b0a";

  /** Uses in schema {@code app}, which {@code blog} does not name, and in a view of the current schema. */
  private static final String OUTSIDE_USERS = """
      CREATE TYPE address AS (street text, city text);
      CREATE SEQUENCE ticket_number;
      CREATE TYPE priority AS ENUM ('LOW', 'HIGH');
      CREATE TABLE app.ticket_extra (id bigint PRIMARY KEY, shipped_to address,
        number bigint DEFAULT nextval('ticket_number'), previous status[]);
      CREATE VIEW urgent AS SELECT 'HIGH'::priority AS level;
      CREATE TYPE unused AS ENUM ('X');
      CREATE TABLE leftover (id bigint PRIMARY KEY, kind unused);
      """;

  @Test
  void typesAndSequencesUsedOutsideTheComparedTablesAreKept(TestDatabase db, @TempDir Path dir) throws Exception {
    FixtureProject before = new FixtureProject("enumsinschema", dir, db);
    before.revision(FIRST, "ticket in app");
    before.upgrade("head");
    execute(db, "INSERT INTO app.ticket (id, status) VALUES (1, 'OPEN')");
    execute(db, OUTSIDE_USERS);

    FixtureProject after = new FixtureProject("blog", dir, db);
    after.revision(SECOND, "blog");

    String source = Files.readString(after.migrationFiles().stream()
        .filter(file -> file.getFileName().toString().startsWith("R" + SECOND)).findFirst().orElseThrow());
    assertThat(source).doesNotContain("\"status\"", "\"address\"", "\"ticket_number\"", "\"priority\"")
        .contains("op.dropTable(\"leftover\")", "op.dropEnumType(\"unused\"");
    assertThat(source.indexOf("op.dropEnumType(\"unused\"")).as("the type dropped after its table")
        .isGreaterThan(source.indexOf("op.dropTable(\"leftover\")"));
    assertThat(after.output.stream().filter(line -> line.startsWith("WARNING: ") && line.contains(" is kept: ")))
        .containsExactly(
            "WARNING: composite type 'address' is kept: column shipped_to of table app.ticket_extra uses it, and"
                + " autogen does not manage that",
            "WARNING: enum type 'priority' is kept: column level of view urgent uses it, and autogen does not"
                + " manage that",
            "WARNING: enum type 'status' is kept: column previous of table app.ticket_extra uses it, and autogen"
                + " does not manage that",
            "WARNING: sequence 'ticket_number' is kept: default value for column number of table"
                + " app.ticket_extra uses it, and autogen does not manage that");

    after.upgrade("head");
    assertThat(after.check()).as("differences after the upgrade").isEmpty();
    assertThat(query(db, "SELECT typname FROM pg_type WHERE typname IN ('status', 'address', 'priority', 'unused')"
        + " ORDER BY 1")).containsExactly("address", "priority", "status");
    assertThat(query(db, "SELECT id || ' ' || status FROM app.ticket")).containsExactly("1 OPEN");
    assertThat(query(db, "SELECT relname FROM pg_class WHERE relname = 'ticket_number'"))
        .containsExactly("ticket_number");

    after.downgrade(FIRST);
    assertThat(query(db, "SELECT typname FROM pg_type WHERE typname IN ('status', 'address', 'priority', 'unused')"
        + " ORDER BY 1")).containsExactly("address", "priority", "status", "unused");
  }

  /**
   * A recreated enum type converts the compared columns only: one in a schema not read keeps the old type, which
   * then cannot be dropped. The revision is written as ever, with a warning naming that column: here the downgrade
   * recreates the type, to remove the value the upgrade adds.
   */
  @Test
  void aRecreatedTypeAlsoUsedOutsideIsWarnedAbout(TestDatabase db, @TempDir Path dir) throws Exception {
    FixtureProject before = new FixtureProject("enums", dir, db);
    before.revision(FIRST, "create schema");
    before.upgrade("head");
    execute(db, "CREATE SCHEMA other; CREATE TABLE other.diary (mood mood)");

    FixtureProject after = new FixtureProject("enumsrevised", dir, db);
    after.revision(SECOND, "new mood, regular size");

    assertThat(after.output.stream().filter(line -> line.contains(" recreates "))).as("%s", after.output)
        .containsExactly("WARNING: the downgrade recreates enum type 'mood', but column mood of table other.diary"
            + " uses it too, which autogen does not manage: convert it in the revision, or the old type cannot be"
            + " dropped");
  }

  private static void execute(TestDatabase db, String sql) throws SQLException {
    try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static List<String> query(TestDatabase db, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = db.connect(); Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        rows.add(result.getString(1));
      }
    }
    return rows;
  }
}
