package dev.autogen.op;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.EnumTypeModel;
import dev.autogen.schema.PrimaryKeyModel;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Enum types in the model, as strict as PostgreSQL without {@code CASCADE}. */
class ModelInterpreterEnumTest {

  private static final QualifiedName MOOD = QualifiedName.of("mood");
  private static final QualifiedName PERSON = QualifiedName.of("person");
  private static final TableModel PERSON_TABLE = TableModel.of(PERSON, List.of(
      ColumnModel.of("id", new ColumnType("bigint")).notNull(),
      ColumnModel.of("mood", new ColumnType("mood")),
      new PrimaryKeyModel(null, List.of("id"))));

  private static SchemaModel withMood(String... labels) {
    return new SchemaModel(List.of(PERSON_TABLE), List.of(), List.of(), List.of(EnumTypeModel.of(MOOD, labels)));
  }

  private static SchemaModel apply(SchemaModel model, MigrationOp... ops) {
    return ModelInterpreter.apply(model, List.of(ops));
  }

  @Test
  void createsAddsRenamesAndRecreates() {
    SchemaModel result = apply(new SchemaModel(List.of(PERSON_TABLE)),
        new CreateEnumTypeOp(EnumTypeModel.of(MOOD, "sad", "happy")),
        new AddEnumValueOp(MOOD, "ok", EnumValuePosition.after("sad")),
        new AddEnumValueOp(MOOD, "awful", EnumValuePosition.before("sad")),
        new AddEnumValueOp(MOOD, "ecstatic", null),
        new RenameEnumValueOp(MOOD, "ok", "fine"));

    assertThat(result).isEqualTo(withMood("awful", "sad", "fine", "happy", "ecstatic"));
    assertThat(apply(result, new RecreateEnumTypeOp(result.enumTypes().get(0), EnumTypeModel.of(MOOD, "sad"),
        List.of(EnumColumn.of(PERSON, "mood"))))).isEqualTo(withMood("sad"));
  }

  @Test
  void refusesToDropATypeAColumnUses() {
    assertThatThrownBy(() -> apply(withMood("sad"), new DropEnumTypeOp(MOOD, null)))
        .hasMessage("cannot drop enum type 'mood': column 'person.mood' uses it");
    assertThat(apply(withMood("sad"), new DropTableOp(PERSON, null), new DropEnumTypeOp(MOOD, null)).enumTypes())
        .isEmpty();
  }

  @Test
  void refusesWhatPostgresRefuses() {
    assertThatThrownBy(() -> apply(withMood("sad"), new CreateEnumTypeOp(EnumTypeModel.of(MOOD, "x"))))
        .hasMessage("cannot create enum type 'mood': it exists");
    assertThatThrownBy(() -> apply(withMood("sad"), new AddEnumValueOp(MOOD, "sad", null)))
        .hasMessage("cannot add value 'sad' to enum type 'mood': it exists");
    assertThatThrownBy(() -> apply(withMood("sad"), new AddEnumValueOp(MOOD, "ok", EnumValuePosition.after("meh"))))
        .hasMessage("enum type 'mood' has no value 'meh'");
    assertThatThrownBy(() -> apply(withMood("sad", "ok"), new RenameEnumValueOp(MOOD, "sad", "ok")))
        .hasMessage("cannot rename value 'sad' of enum type 'mood' to 'ok': it exists");
    assertThatThrownBy(() -> apply(SchemaModel.EMPTY, new RenameEnumValueOp(MOOD, "sad", "ok")))
        .hasMessage("no enum type 'mood'");
    assertThatThrownBy(() -> apply(SchemaModel.EMPTY,
        new CreateEnumTypeOp(EnumTypeModel.of(new QualifiedName("app", "mood")))))
        .hasMessage("cannot create 'app.mood': no schema 'app'");
  }

  @Test
  void recreateMustNameEveryColumnOfTheType() {
    assertThatThrownBy(() -> apply(withMood("sad", "ok"),
        new RecreateEnumTypeOp(EnumTypeModel.of(MOOD, "sad", "ok"), EnumTypeModel.of(MOOD, "ok"), List.of())))
        .hasMessage("recreating enum type 'mood' leaves out column 'person.mood'");
    assertThatThrownBy(() -> apply(withMood("sad", "ok"),
        new RecreateEnumTypeOp(EnumTypeModel.of(MOOD, "ok"), EnumTypeModel.of(MOOD, "sad"),
            List.of(EnumColumn.of(PERSON, "mood")))))
        .hasMessage("enum type 'mood' has values [sad, ok], not [ok]");
  }

  @Test
  void addedValueWithoutTheOldTypeCannotBeReversed() {
    assertThatThrownBy(() -> new AddEnumValueOp(MOOD, "ok", null).reverse())
        .isInstanceOf(IrreversibleOpException.class)
        .hasMessageContaining("PostgreSQL cannot remove value 'ok' from enum type 'mood'");
  }
}
