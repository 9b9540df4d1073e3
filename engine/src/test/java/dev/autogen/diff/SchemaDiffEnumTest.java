package dev.autogen.diff;

import static dev.autogen.diff.Fixtures.ID;
import static dev.autogen.diff.Fixtures.PK_ID;
import static dev.autogen.diff.Fixtures.column;
import static dev.autogen.diff.Fixtures.name;
import static dev.autogen.diff.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.op.AddColumnOp;
import dev.autogen.op.AddEnumValueOp;
import dev.autogen.op.AlterColumnOp;
import dev.autogen.op.CreateEnumTypeOp;
import dev.autogen.op.CreateSchemaOp;
import dev.autogen.op.CreateTableOp;
import dev.autogen.op.DropColumnOp;
import dev.autogen.op.DropEnumTypeOp;
import dev.autogen.op.DropTableOp;
import dev.autogen.op.EnumColumn;
import dev.autogen.op.EnumValuePosition;
import dev.autogen.op.MigrationOp;
import dev.autogen.op.RecreateEnumTypeOp;
import dev.autogen.op.RenameEnumValueOp;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.EnumTypeModel;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Enum types: created before the tables of the type and dropped after them; values added in place, renamed in
 * place, or the type recreated when a value goes. Every plan is proven both ways by {@link RoundTrip}.
 */
class SchemaDiffEnumTest {

  private static final QualifiedName MOOD = name("mood");
  private static final ColumnType MOOD_TYPE = new ColumnType("mood");
  private static final ColumnModel MOOD_COLUMN = column("mood", MOOD_TYPE);
  private static final ColumnModel USUAL_MOOD = column("usual_mood", MOOD_TYPE).notNull().defaultValue("'ok'::mood");
  private static final TableModel PERSON = table("person", ID, MOOD_COLUMN, USUAL_MOOD, PK_ID);

  private static EnumTypeModel mood(String... labels) {
    return EnumTypeModel.of(MOOD, labels);
  }

  private static SchemaModel schema(List<TableModel> tables, EnumTypeModel... types) {
    return new SchemaModel(tables, List.of(), List.of(), List.of(types));
  }

  private static List<MigrationOp> upgradeOps(SchemaModel current, SchemaModel target) {
    DiffResult result = RoundTrip.diff(current, target);
    RoundTrip.assertOnlyRenameHints(result.notes());
    return result.plan().upgradeOps();
  }

  /** The columns of {@code person} as a recreated type converts them. */
  private static final List<EnumColumn> PERSON_COLUMNS = List.of(
      EnumColumn.of(name("person"), "mood"),
      EnumColumn.of(name("person"), "usual_mood").defaultValue("'ok'::mood"));

  @Test
  void equalTypesGiveAnEmptyPlan() {
    SchemaModel schema = schema(List.of(PERSON), mood("sad", "ok", "happy"));

    assertThat(SchemaDiff.compare(schema, schema).plan().upgradeOps()).isEmpty();
  }

  @Test
  void newTypeIsCreatedBeforeTheTableOfItAndDroppedAfterInTheDowngrade() {
    DiffResult result = RoundTrip.diff(SchemaModel.EMPTY, schema(List.of(PERSON), mood("sad", "ok")));

    assertThat(result.plan().upgradeOps()).containsExactly(
        new CreateEnumTypeOp(mood("sad", "ok")),
        new CreateTableOp(PERSON));
    assertThat(result.plan().downgradeOps()).containsExactly(
        new DropTableOp(name("person"), PERSON),
        new DropEnumTypeOp(MOOD, mood("sad", "ok")));
    assertThat(result.plan().upgradeOps().get(0).description()).isEqualTo("added enum type 'mood' ('sad', 'ok')");
  }

  @Test
  void newColumnOfANewTypeComesAfterTheType() {
    TableModel before = table("person", ID, PK_ID);
    TableModel after = table("person", ID, MOOD_COLUMN, PK_ID);

    List<MigrationOp> ops = upgradeOps(schema(List.of(before)), schema(List.of(after), mood("sad")));

    assertThat(ops).containsExactly(
        new CreateEnumTypeOp(mood("sad")),
        new AddColumnOp(name("person"), MOOD_COLUMN));
  }

  @Test
  void removedTypeIsDroppedAfterItsColumnsAndTables() {
    TableModel diary = table("diary", ID, MOOD_COLUMN, PK_ID);
    TableModel plainPerson = table("person", ID, PK_ID);
    SchemaModel current = schema(List.of(diary, table("person", ID, MOOD_COLUMN, PK_ID)), mood("sad"));

    List<MigrationOp> ops = upgradeOps(current, schema(List.of(plainPerson)));

    assertThat(ops).containsExactly(
        new DropTableOp(name("diary"), diary),
        new DropColumnOp(name("person"), "mood", MOOD_COLUMN),
        new DropEnumTypeOp(MOOD, mood("sad")));
    assertThat(ops.get(2).description()).isEqualTo("removed enum type 'mood'");
  }

  @Test
  void columnAlteredAwayFromTheTypeComesBeforeItsDrop() {
    ColumnModel text = column("mood", Fixtures.TEXT);
    SchemaModel current = schema(List.of(table("person", ID, MOOD_COLUMN, PK_ID)), mood("sad"));

    List<MigrationOp> ops = upgradeOps(current, schema(List.of(table("person", ID, text, PK_ID))));

    assertThat(ops).containsExactly(
        new AlterColumnOp(name("person"), MOOD_COLUMN, text),
        new DropEnumTypeOp(MOOD, mood("sad")));
  }

  @Test
  void valueAppendedAtTheEndIsAddedWithoutPosition() {
    SchemaModel current = schema(List.of(PERSON), mood("sad", "ok"));

    List<MigrationOp> ops = upgradeOps(current, schema(List.of(PERSON), mood("sad", "ok", "happy")));

    assertThat(ops).containsExactly(
        new AddEnumValueOp(MOOD, "happy", null, mood("sad", "ok"), PERSON_COLUMNS));
    assertThat(ops.get(0).description()).isEqualTo("added value 'happy' to enum type 'mood'");
    assertThat(ops.get(0).reverse()).isEqualTo(
        new RecreateEnumTypeOp(mood("sad", "ok", "happy"), mood("sad", "ok"), PERSON_COLUMNS));
  }

  @Test
  void valuesInsertedElsewhereArePlacedAfterTheirPredecessorOrBeforeTheFirst() {
    SchemaModel current = schema(List.of(PERSON), mood("sad", "happy"));

    List<MigrationOp> ops = upgradeOps(current,
        schema(List.of(PERSON), mood("awful", "sad", "ok", "fine", "happy", "ecstatic")));

    assertThat(ops).extracting(op -> ((AddEnumValueOp) op).value() + " " + ((AddEnumValueOp) op).position())
        .containsExactly("awful before 'sad'", "ok after 'sad'", "fine after 'ok'", "ecstatic null");
  }

  @Test
  void valueAddedForANewColumnDefaultComesBeforeTheColumn() {
    ColumnModel feeling = column("feeling", MOOD_TYPE).defaultValue("'meh'::mood");
    TableModel after = table("person", ID, MOOD_COLUMN, USUAL_MOOD, feeling, PK_ID);

    List<MigrationOp> ops = upgradeOps(schema(List.of(PERSON), mood("sad", "ok")),
        schema(List.of(after), mood("sad", "meh", "ok")));

    assertThat(ops).containsExactly(
        new AddEnumValueOp(MOOD, "meh", EnumValuePosition.after("sad"), mood("sad", "ok"), PERSON_COLUMNS),
        new AddColumnOp(name("person"), feeling));
  }

  @Test
  void valueReplacedWhereItStandsIsRenamedForReview() {
    SchemaModel current = schema(List.of(PERSON), mood("sad", "ok", "happy"));

    List<MigrationOp> ops = upgradeOps(current, schema(List.of(PERSON), mood("sad", "fine", "glad")));

    assertThat(ops).containsExactly(
        new RenameEnumValueOp(MOOD, "ok", "fine", 0.5),
        new RenameEnumValueOp(MOOD, "happy", "glad", 0.5));
    assertThat(ops.get(0).description()).isEqualTo("renamed value 'ok' of enum type 'mood' to 'fine'");
  }

  @Test
  void oneValueReplacedElsewhereIsRenamedThenPutInPlace() {
    SchemaModel current = schema(List.of(PERSON), mood("HAPPY", "OK", "SAD"));

    List<MigrationOp> ops = upgradeOps(current, schema(List.of(PERSON), mood("FINE", "HAPPY", "SAD")));

    assertThat(ops).containsExactly(
        new RenameEnumValueOp(MOOD, "OK", "FINE", 0.5),
        new RecreateEnumTypeOp(mood("HAPPY", "FINE", "SAD"), mood("FINE", "HAPPY", "SAD"), PERSON_COLUMNS));
    assertThat(ops.get(1).dataLoss()).isEmpty();
  }

  @Test
  void removedValueRecreatesTheTypeConvertingEveryColumnOfIt() {
    TableModel diary = table("diary", ID, MOOD_COLUMN, PK_ID);
    SchemaModel current = schema(List.of(diary, PERSON), mood("sad", "ok", "happy"));

    List<MigrationOp> ops = upgradeOps(current, schema(List.of(diary, PERSON), mood("sad", "happy")));

    List<EnumColumn> columns = List.of(EnumColumn.of(name("diary"), "mood"), PERSON_COLUMNS.get(0),
        PERSON_COLUMNS.get(1));
    assertThat(ops).containsExactly(
        new RecreateEnumTypeOp(mood("sad", "ok", "happy"), mood("sad", "happy"), columns));
    assertThat(ops.get(0).dataLoss())
        .contains("removes 'ok' from enum type mood; the conversion fails on rows still holding it: update them first");
  }

  @Test
  void reorderedValuesRecreateTheType() {
    SchemaModel current = schema(List.of(PERSON), mood("sad", "ok"));

    List<MigrationOp> ops = upgradeOps(current, schema(List.of(PERSON), mood("ok", "sad")));

    assertThat(ops).containsExactly(new RecreateEnumTypeOp(mood("sad", "ok"), mood("ok", "sad"), PERSON_COLUMNS));
    assertThat(ops.get(0).dataLoss()).isEmpty();
  }

  @Test
  void recreatedTypeLeavesOutTheTablesDroppedBeforeIt() {
    TableModel diary = table("diary", ID, MOOD_COLUMN, PK_ID);
    SchemaModel current = schema(List.of(diary, PERSON), mood("sad", "ok"));

    List<MigrationOp> ops = upgradeOps(current, schema(List.of(PERSON), mood("ok")));

    assertThat(ops).containsExactly(
        new DropTableOp(name("diary"), diary),
        new RecreateEnumTypeOp(mood("sad", "ok"), mood("ok"), PERSON_COLUMNS));
  }

  @Test
  void typeInANamedSchemaIsCreatedAfterTheSchema() {
    EnumTypeModel status = EnumTypeModel.of(new QualifiedName("app", "status"), "new", "done");

    List<MigrationOp> ops = upgradeOps(SchemaModel.EMPTY, schema(List.of(), status));

    assertThat(ops).containsExactly(new CreateSchemaOp("app"), new CreateEnumTypeOp(status));
  }

  @Test
  void typeIsRecognisedInTheSpellingsFormatTypePrints() {
    EnumTypeModel quoted = EnumTypeModel.of(name("Mood"), "a");
    EnumTypeModel qualified = EnumTypeModel.of(new QualifiedName("app", "mood"), "a");

    assertThat(mood().isTypeOf(MOOD_TYPE)).isTrue();
    assertThat(mood().isTypeOf(new ColumnType("mood[]"))).isTrue();
    assertThat(mood().isTypeOf(new ColumnType("app.mood"))).isFalse();
    assertThat(mood().isTypeOf(new ColumnType("character varying(255)"))).isFalse();
    assertThat(quoted.isTypeOf(new ColumnType("\"Mood\""))).isTrue();
    assertThat(quoted.isTypeOf(MOOD_TYPE)).isFalse();
    assertThat(qualified.isTypeOf(new ColumnType("app.mood"))).isTrue();
    assertThat(qualified.isTypeOf(MOOD_TYPE)).isFalse();
  }
}
