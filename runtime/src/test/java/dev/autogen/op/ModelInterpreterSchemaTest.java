package dev.autogen.op;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.SequenceModel;
import dev.autogen.schema.TableModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Schemas in the interpreter are as strict as in PostgreSQL: create before use, drop only when empty. */
class ModelInterpreterSchemaTest {

  private static final TableModel APP_USER = TableModel.of(new QualifiedName("app", "user"),
      List.of(ColumnModel.of("id", new ColumnType("bigint"))));

  @Test
  void aTableOrSequenceNeedsItsSchemaToExist() {
    assertThatThrownBy(() -> ModelInterpreter.apply(SchemaModel.EMPTY, List.of(new CreateTableOp(APP_USER))))
        .hasMessage("cannot create 'app.user': no schema 'app'");
    SequenceModel sequence = new SequenceModel(new QualifiedName("app", "s"), 1, 1);
    assertThatThrownBy(() -> ModelInterpreter.apply(SchemaModel.EMPTY, List.of(new CreateSequenceOp(sequence))))
        .hasMessage("cannot create 'app.s': no schema 'app'");
  }

  @Test
  void createsThenDropsAnEmptySchema() {
    SchemaModel created = ModelInterpreter.apply(SchemaModel.EMPTY,
        List.of(new CreateSchemaOp("app"), new CreateTableOp(APP_USER)));
    assertThat(created).isEqualTo(new SchemaModel(List.of(APP_USER)));

    SchemaModel dropped = ModelInterpreter.apply(created,
        List.of(new DropTableOp(APP_USER.name(), APP_USER), new DropSchemaOp("app")));
    assertThat(dropped).isEqualTo(SchemaModel.EMPTY);
  }

  @Test
  void refusesToDropASchemaThatHoldsATableOrOneThatIsMissing() {
    SchemaModel model = new SchemaModel(List.of(APP_USER));

    assertThatThrownBy(() -> ModelInterpreter.apply(model, List.of(new DropSchemaOp("app"))))
        .hasMessage("cannot drop schema 'app': 'app.user' is in it");
    assertThatThrownBy(() -> ModelInterpreter.apply(model, List.of(new DropSchemaOp("other"))))
        .hasMessage("no schema 'other'");
    assertThatThrownBy(() -> ModelInterpreter.apply(model, List.of(new CreateSchemaOp("app"))))
        .hasMessage("cannot create schema 'app': it exists");
  }
}
