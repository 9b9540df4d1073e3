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
 * Enum types changed between two revisions, on a real PostgreSQL through the real runner: a value added and used at
 * once in a new column's default (which needs the revision to run outside a transaction), a value renamed with the
 * rows holding it, and both undone by the downgrade.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class EnumMigrationIT {

  private static final String FIRST = "a1b2c3d4e5f6";
  private static final String SECOND = "0f0e0d0c0b0a";

  @Test
  void addedAndRenamedValuesUpgradeUseAndDowngradeWithTheRows(TestDatabase db, @TempDir Path dir) throws Exception {
    FixtureProject before = new FixtureProject("enums", dir, db);
    before.revision(FIRST, "create schema");
    before.upgrade("head");
    execute(db, "INSERT INTO person (mood, usual_mood, shirt_size) VALUES ('SAD', 'HAPPY', 'MEDIUM')");

    FixtureProject after = new FixtureProject("enumsrevised", dir, db);
    assertThat(after.check()).containsExactly(
        "added value 'MEH' to enum type 'mood' (after 'HAPPY')",
        "renamed value 'MEDIUM' of enum type 'size' to 'REGULAR'",
        "added column 'person.todays_mood'");

    after.revision(SECOND, "new mood, regular size");
    String source = Files.readString(after.migrationFiles().stream()
        .filter(file -> file.getFileName().toString().startsWith("R" + SECOND)).findFirst().orElseThrow());
    assertThat(source).contains(
        "transactional = false",
        "op.addEnumValue(\"mood\", \"MEH\", after(\"HAPPY\"));",
        "// REVIEW: rename of value 'MEDIUM' -> 'REGULAR' of enum type size, score 0.50",
        "op.renameEnumValue(\"size\", \"MEDIUM\", \"REGULAR\");",
        "op.recreateEnumType(enumType(\"mood\", \"HAPPY\", \"MEH\", \"OK\", \"SAD\"),");

    after.upgrade("head");
    assertThat(after.check()).as("differences after the upgrade").isEmpty();
    assertThat(labels(db, "mood")).containsExactly("HAPPY", "MEH", "OK", "SAD");
    assertThat(rows(db)).containsExactly("SAD HAPPY MEH REGULAR");
    execute(db, "INSERT INTO person (mood, usual_mood, shirt_size) VALUES ('OK', 'SAD', 'SMALL')");
    execute(db, "DELETE FROM person WHERE shirt_size = 'SMALL'");

    after.downgrade(FIRST);
    assertThat(FixtureProject.introspect(db, before.entityModel()).enumTypes()).as("types after the downgrade")
        .isEqualTo(before.entityModel().enumTypes());
    assertThat(labels(db, "mood")).containsExactly("HAPPY", "OK", "SAD");
    assertThat(labels(db, "size")).containsExactly("SMALL", "MEDIUM", "LARGE");
    assertThat(rows(db)).containsExactly("SAD HAPPY MEDIUM");

    after.upgrade("head");
    assertThat(after.check()).as("differences after upgrading again").isEmpty();
  }

  @Test
  void valueStillInUseStopsTheDowngradeThatWouldRemoveIt(TestDatabase db, @TempDir Path dir) throws Exception {
    FixtureProject before = new FixtureProject("enums", dir, db);
    before.revision(FIRST, "create schema");
    before.upgrade("head");
    FixtureProject after = new FixtureProject("enumsrevised", dir, db);
    after.revision(SECOND, "new mood");
    after.upgrade("head");
    execute(db, "INSERT INTO person (mood, usual_mood, shirt_size) VALUES ('MEH', 'OK', 'LARGE')");

    try {
      after.downgrade(FIRST);
      throw new AssertionError("the downgrade removed a value rows still hold");
    } catch (RuntimeException expected) {
      assertThat(expected).hasMessageContaining("MEH");
    }
    assertThat(labels(db, "mood")).as("the type is left as it was").containsExactly("HAPPY", "MEH", "OK", "SAD");
    assertThat(strings(db, "SELECT typname FROM pg_type WHERE typname = 'mood_old'")).isEmpty();
  }

  /** The common move from strings with checks to PostgreSQL enum types, and back, keeping the rows. */
  @Test
  void stringColumnsBecomeEnumTypesWithTheirRowsAndBack(TestDatabase db, @TempDir Path dir) throws Exception {
    FixtureProject strings = new FixtureProject("enumsasstrings", dir, db);
    strings.revision(FIRST, "create schema");
    strings.upgrade("head");
    execute(db, "INSERT INTO person (mood, shirt_size) VALUES ('SAD', 'MEDIUM')");

    FixtureProject enums = new FixtureProject("enums", dir, db);
    enums.revision(SECOND, "enum types");
    String source = Files.readString(enums.migrationFiles().stream()
        .filter(file -> file.getFileName().toString().startsWith("R" + SECOND)).findFirst().orElseThrow());
    assertThat(source).doesNotContain("transactional").contains(
        "op.createEnumType(\"mood\", \"HAPPY\", \"OK\", \"SAD\");",
        "column(\"usual_mood\", type(\"mood\")).notNull().defaultValue(\"'OK'\")");
    enums.upgrade("head");
    assertThat(enums.check()).as("differences after the upgrade").isEmpty();
    assertThat(rows(db)).containsExactly("SAD OK MEDIUM");
    assertThat(strings(db, "SELECT pg_typeof(usual_mood)::text FROM person")).containsExactly("mood");

    enums.downgrade(FIRST);
    assertThat(rows(db)).containsExactly("SAD OK MEDIUM");
    assertThat(strings(db, "SELECT typname FROM pg_type WHERE typtype = 'e'")).isEmpty();
  }

  /** A renamed enum class is another type: its columns convert through their text, as no enum casts to another. */
  @Test
  void columnsMoveToARenamedEnumClassesType(TestDatabase db, @TempDir Path dir) throws Exception {
    FixtureProject before = new FixtureProject("enums", dir, db);
    before.revision(FIRST, "create schema");
    before.upgrade("head");
    execute(db, "INSERT INTO person (mood, shirt_size) VALUES ('SAD', 'LARGE')");

    FixtureProject after = new FixtureProject("enumsrenamed", dir, db);
    after.revision(SECOND, "feeling");
    after.upgrade("head");

    assertThat(after.check()).as("differences after the upgrade").isEmpty();
    assertThat(strings(db, "SELECT pg_typeof(mood)::text || ' ' || mood || ' ' || usual_mood FROM person"))
        .containsExactly("feeling SAD OK");
    after.downgrade(FIRST);
    assertThat(strings(db, "SELECT pg_typeof(mood)::text || ' ' || mood || ' ' || usual_mood FROM person"))
        .containsExactly("mood SAD OK");
  }

  private static List<String> labels(TestDatabase db, String type) throws SQLException {
    return strings(db, "SELECT enumlabel FROM pg_enum WHERE enumtypid = '" + type + "'::regtype ORDER BY enumsortorder");
  }

  private static List<String> rows(TestDatabase db) throws SQLException {
    return strings(db, "SELECT concat_ws(' ', mood, usual_mood, "
        + "CASE WHEN EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'person'::regclass AND attname = 'todays_mood')"
        + " THEN (to_jsonb(person) ->> 'todays_mood') END, shirt_size) FROM person ORDER BY id");
  }

  private static List<String> strings(TestDatabase db, String query) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection connection = db.connect(); ResultSet rs = connection.createStatement().executeQuery(query)) {
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
