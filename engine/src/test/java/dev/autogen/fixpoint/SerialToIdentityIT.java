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
 * A table created with {@code bigserial} before the entity mapped {@code GenerationType.IDENTITY}: the revision
 * converts the column to identity, the identity continues after the rows the serial numbered, and the downgrade makes
 * it a serial again that continues after the rows the identity numbered.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class SerialToIdentityIT {

  @Test
  void serialBecomesIdentityAndBackWithoutReusingIds(TestDatabase db, @TempDir Path dir) throws Exception {
    execute(db, """
        CREATE TABLE ticket (id bigserial PRIMARY KEY, title varchar(255));
        INSERT INTO ticket (title) VALUES ('a'), ('b'), ('c');
        """);
    FixtureProject project = new FixtureProject("serial", dir, db);

    assertThat(project.check()).containsExactly("altered column 'ticket.id' (serial -> identity)");
    project.revision("a1b2c3d4e5f6", "ticket ids by identity");
    assertThat(Files.readString(project.migrationFiles().get(0))).contains(
        "op.alterColumn(\"ticket\", column(\"id\", bigint()).notNull().serial(\"ticket_id_seq\"),",
        "column(\"id\", bigint()).identity());");

    project.upgrade("head");
    assertThat(project.check()).as("differences after the upgrade").isEmpty();
    assertThat(query(db, "SELECT attidentity FROM pg_attribute WHERE attrelid = 'ticket'::regclass"
        + " AND attname = 'id'")).containsExactly("d");
    assertThat(query(db, "SELECT d.deptype FROM pg_class s JOIN pg_depend d ON d.objid = s.oid"
        + " AND d.refobjid = 'ticket'::regclass WHERE s.relkind = 'S'"))
        .as("one sequence left, the identity's (which PostgreSQL names as the serial's was)").containsExactly("i");
    execute(db, "INSERT INTO ticket (title) VALUES ('d')");
    assertThat(query(db, "SELECT id || ' ' || title FROM ticket ORDER BY id"))
        .containsExactly("1 a", "2 b", "3 c", "4 d");

    project.downgrade("base");
    assertThat(query(db, "SELECT pg_get_expr(adbin, adrelid) FROM pg_attrdef WHERE adrelid = 'ticket'::regclass"))
        .containsExactly("nextval('ticket_id_seq'::regclass)");
    assertThat(query(db, "SELECT pg_get_serial_sequence('ticket', 'id')")).containsExactly("public.ticket_id_seq");
    execute(db, "INSERT INTO ticket (title) VALUES ('e')");
    assertThat(query(db, "SELECT max(id) FROM ticket")).containsExactly("5");

    project.upgrade("head");
    execute(db, "INSERT INTO ticket (title) VALUES ('f')");
    assertThat(query(db, "SELECT max(id) FROM ticket")).containsExactly("6");
    assertThat(project.check()).as("differences after downgrade and upgrade again").isEmpty();
  }

  /** An empty table's identity starts at 1. */
  @Test
  void emptySerialTableStartsItsIdentityAtOne(TestDatabase db, @TempDir Path dir) throws Exception {
    execute(db, "CREATE TABLE ticket (id bigserial PRIMARY KEY, title varchar(255))");
    FixtureProject project = new FixtureProject("serial", dir, db);
    project.revision("a1b2c3d4e5f6", "ticket ids by identity");
    project.upgrade("head");

    execute(db, "INSERT INTO ticket (title) VALUES ('a')");
    assertThat(query(db, "SELECT id FROM ticket")).containsExactly("1");
  }

  private static void execute(TestDatabase db, String sql) throws SQLException {
    try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static List<String> query(TestDatabase db, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection connection = db.connect(); ResultSet rs = connection.createStatement().executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }
}
