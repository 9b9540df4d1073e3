package dev.autogen.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.op.AddEnumValueOp;
import dev.autogen.op.AlterColumnOp;
import dev.autogen.op.CreateEnumTypeOp;
import dev.autogen.op.DropEnumTypeOp;
import dev.autogen.op.EnumColumn;
import dev.autogen.op.EnumValuePosition;
import dev.autogen.op.RecreateEnumTypeOp;
import dev.autogen.op.RenameEnumValueOp;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.EnumTypeModel;
import dev.autogen.schema.QualifiedName;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresDialectEnumTest {

  private static final QualifiedName MOOD = QualifiedName.of("mood");

  private final PostgresDialect dialect = new PostgresDialect();

  @Test
  void createsWithValuesAsLiteralsAndQuotesNamesAsNeeded() {
    assertThat(dialect.sql(new CreateEnumTypeOp(EnumTypeModel.of(MOOD, "sad", "it's ok"))))
        .containsExactly("CREATE TYPE mood AS ENUM ('sad', 'it''s ok')");
    assertThat(dialect.sql(new CreateEnumTypeOp(EnumTypeModel.of(new QualifiedName("App", "user")))))
        .containsExactly("CREATE TYPE \"App\".\"user\" AS ENUM ()");
  }

  @Test
  void dropsWithoutCascadeTakingHibernatesCastsAlong() {
    assertThat(dialect.sql(new DropEnumTypeOp(new QualifiedName("app", "mood"), null))).containsExactly(
        "DROP CAST IF EXISTS (character varying AS app.mood)",
        "DROP CAST IF EXISTS (app.mood AS character varying)",
        "DROP TYPE app.mood");
  }

  @Test
  void addsAValueAtTheEndOrNextToANeighbourAndMayRunAgain() {
    assertThat(dialect.sql(new AddEnumValueOp(MOOD, "happy", null)))
        .containsExactly("ALTER TYPE mood ADD VALUE IF NOT EXISTS 'happy'");
    assertThat(dialect.sql(new AddEnumValueOp(MOOD, "meh", EnumValuePosition.after("sad"))))
        .containsExactly("ALTER TYPE mood ADD VALUE IF NOT EXISTS 'meh' AFTER 'sad'");
    assertThat(dialect.sql(new AddEnumValueOp(MOOD, "awful", EnumValuePosition.before("sad"))))
        .containsExactly("ALTER TYPE mood ADD VALUE IF NOT EXISTS 'awful' BEFORE 'sad'");
  }

  @Test
  void alteredColumnLeavesAnEnumTypeThroughItsText() {
    QualifiedName person = QualifiedName.of("person");
    ColumnModel mood = ColumnModel.of("mood", new ColumnType("mood"));

    assertThat(dialect.sql(new AlterColumnOp(person, mood, ColumnModel.of("mood", new ColumnType("feeling")))))
        .containsExactly("ALTER TABLE person ALTER COLUMN mood TYPE feeling USING mood::text::feeling");
    assertThat(dialect.sql(new AlterColumnOp(person, mood, ColumnModel.of("mood", new ColumnType("text")))))
        .containsExactly("ALTER TABLE person ALTER COLUMN mood TYPE text USING mood::text");
    assertThat(dialect.sql(new AlterColumnOp(person,
        ColumnModel.of("mood", new ColumnType("character varying(255)")), mood)))
        .containsExactly("ALTER TABLE person ALTER COLUMN mood TYPE mood USING mood::mood");
  }

  /**
   * PostgreSQL converts a kept default with a cast, not with the USING clause, and has none between enum types: the
   * default is dropped before the change and set again after, as if it changed.
   */
  @Test
  void keptDefaultIsSetAgainAroundAChangeThroughText() {
    QualifiedName person = QualifiedName.of("person");
    ColumnModel mood = ColumnModel.of("mood", new ColumnType("mood")).defaultValue("'OK'");

    assertThat(dialect.sql(new AlterColumnOp(person, mood, mood.withType(new ColumnType("feeling")))))
        .containsExactly(
            "ALTER TABLE person ALTER COLUMN mood DROP DEFAULT",
            "ALTER TABLE person ALTER COLUMN mood TYPE feeling USING mood::text::feeling",
            "ALTER TABLE person ALTER COLUMN mood SET DEFAULT 'OK'");
    assertThat(dialect.sql(new AlterColumnOp(person, mood, mood.withType(new ColumnType("text")))))
        .as("a string type casts its default")
        .containsExactly("ALTER TABLE person ALTER COLUMN mood TYPE text USING mood::text");
  }

  @Test
  void renamesAValue() {
    assertThat(dialect.sql(new RenameEnumValueOp(MOOD, "ok", "fine")))
        .containsExactly("ALTER TYPE mood RENAME VALUE 'ok' TO 'fine'");
  }

  @Test
  void recreatesBesideTheOldTypeAndConvertsEachColumnThroughText() {
    QualifiedName person = new QualifiedName("app", "person");
    RecreateEnumTypeOp op = new RecreateEnumTypeOp(
        EnumTypeModel.of(new QualifiedName("app", "mood"), "sad", "ok"),
        EnumTypeModel.of(new QualifiedName("app", "mood"), "ok"),
        List.of(EnumColumn.of(person, "mood"), EnumColumn.of(person, "usual").defaultValue("'ok'::app.mood"),
            EnumColumn.of(person, "history").asArray()));

    assertThat(dialect.sql(op)).containsExactly("""
        DO $autogen$
        BEGIN
          ALTER TYPE app.mood RENAME TO mood_old;
          CREATE TYPE app.mood AS ENUM ('ok');
          ALTER TABLE app.person ALTER COLUMN mood TYPE app.mood USING mood::text::app.mood;
          ALTER TABLE app.person ALTER COLUMN usual DROP DEFAULT;
          ALTER TABLE app.person ALTER COLUMN usual TYPE app.mood USING usual::text::app.mood;
          ALTER TABLE app.person ALTER COLUMN usual SET DEFAULT 'ok'::app.mood;
          ALTER TABLE app.person ALTER COLUMN history TYPE app.mood[] USING history::text[]::app.mood[];
          IF EXISTS (SELECT FROM pg_catalog.pg_cast WHERE castsource = 'app.mood_old'::regtype AND casttarget = 'character varying'::regtype) THEN
            CREATE CAST (character varying AS app.mood) WITH INOUT AS IMPLICIT;
            CREATE CAST (app.mood AS character varying) WITH INOUT AS IMPLICIT;
          END IF;
          DROP CAST IF EXISTS (character varying AS app.mood_old);
          DROP CAST IF EXISTS (app.mood_old AS character varying);
          DROP TYPE app.mood_old;
        END
        $autogen$""");
  }

  @Test
  void recreateBlockIsQuotedByATagItsStatementsDoNotContain() {
    RecreateEnumTypeOp op = new RecreateEnumTypeOp(EnumTypeModel.of(MOOD), EnumTypeModel.of(MOOD, "$autogen$"),
        List.of());

    assertThat(dialect.sql(op)).singleElement().asString().startsWith("DO $autogen1$\n").endsWith("\n$autogen1$");
  }
}
