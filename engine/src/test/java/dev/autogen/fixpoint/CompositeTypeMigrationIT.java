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
 * Composite types ({@code @Struct}) changed between two revisions, on a real PostgreSQL through the real runner: an
 * attribute dropped in place ({@code ALTER TYPE ... DROP ATTRIBUTE}), a type recreated (an attribute retyped and one
 * added before others) with its column converted value by value, a nested type left alone, and both undone by the
 * downgrade, the rows keeping every value the types still hold.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class CompositeTypeMigrationIT {

  private static final String FIRST = "a1b2c3d4e5f6";
  private static final String SECOND = "0f0e0d0c0b0a";

  @Test
  void changedStructsUpgradeAndDowngradeWithTheRows(TestDatabase db, @TempDir Path dir) throws Exception {
    FixtureProject before = new FixtureProject("struct", dir, db);
    before.revision(FIRST, "create schema");
    before.upgrade("head");
    execute(db, "INSERT INTO shop (id, name, address, hours, former_addresses) VALUES"
        + " (1, 'corner', ROW('10115', 'Berlin', 'Main 1', ROW(52.5, 13.4))::postal_address,"
        + " ROW('18:00', '09:00', 'closed on sundays')::opening_hours,"
        + " ARRAY[ROW('20095', 'Hamburg', 'Dock 2', NULL)::postal_address, NULL,"
        + " ROW(NULL, NULL, NULL, NULL)::postal_address]),"
        + " (2, 'nowhere', NULL, NULL, '{}')");

    FixtureProject after = new FixtureProject("structrevised", dir, db);
    List<String> changes = after.check();
    assertThat(changes).hasSize(2);
    assertThat(changes.get(0)).startsWith("altered composite type 'opening_hours'");
    assertThat(changes.get(1)).startsWith("recreated composite type 'postal_address'");

    after.revision(SECOND, "revised structs");
    String source = Files.readString(after.migrationFiles().stream()
        .filter(file -> file.getFileName().toString().startsWith("R" + SECOND)).findFirst().orElseThrow());
    assertThat(source).contains(
        "// WARNING: drops attribute note of composite type opening_hours",
        "// WARNING: converts attribute zip of composite type postal_address to character varying(20)",
        "op.alterCompositeType(compositeType(\"opening_hours\",",
        "compositeColumn(\"shop\", \"address\")",
        "compositeColumn(\"shop\", \"former_addresses\").asArray()");

    after.upgrade("head");
    assertThat(after.check()).as("differences after the upgrade").isEmpty();
    assertThat(rows(db)).containsExactly(
        "1 10115 Berlin Main 1 null 52.5 09:00:00 18:00:00",
        "2 null");
    // element by element, in order, the country (new, placed by Hibernate between city and street) null; a null
    // element stays null, one of nulls stays one of nulls
    assertThat(query(db, "SELECT former_addresses::text FROM shop ORDER BY id"))
        .containsExactly("{\"(20095,Hamburg,,\\\"Dock 2\\\",)\",NULL,\"(,,,,)\"}", "{}");

    after.downgrade(FIRST);
    assertThat(FixtureProject.introspect(db, before.entityModel()).compositeTypes()).as("types after the downgrade")
        .isEqualTo(before.entityModel().compositeTypes());
    assertThat(query(db, "SELECT (hours).note FROM shop WHERE id = 1")).as("a dropped attribute's values are lost")
        .containsExactly((String) null);
    assertThat(query(db, "SELECT (address).zip || ' ' || ((address).location).longitude FROM shop ORDER BY id"))
        .containsExactly("10115 13.4", null);
    assertThat(query(db, "SELECT former_addresses::text FROM shop ORDER BY id"))
        .containsExactly("{\"(20095,Hamburg,\\\"Dock 2\\\",)\",NULL,\"(,,,)\"}", "{}");

    after.upgrade("head");
    assertThat(after.check()).as("differences after upgrading again").isEmpty();
  }

  private static List<String> rows(TestDatabase db) throws SQLException {
    return query(db, """
        SELECT id || ' ' || coalesce((address).zip || ' ' || (address).city || ' ' || (address).street || ' '
               || coalesce((address).country, 'null') || ' ' || ((address).location).latitude || ' ' || (hours).opens
               || ' ' || (hours).closes, 'null')
          FROM shop ORDER BY id""");
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

  private static void execute(TestDatabase db, String sql) throws SQLException {
    try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
