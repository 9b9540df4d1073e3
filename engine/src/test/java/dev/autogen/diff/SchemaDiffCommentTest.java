package dev.autogen.diff;

import static dev.autogen.diff.Fixtures.ID;
import static dev.autogen.diff.Fixtures.PK_ID;
import static dev.autogen.diff.Fixtures.TEXT;
import static dev.autogen.diff.Fixtures.column;
import static dev.autogen.diff.Fixtures.name;
import static dev.autogen.diff.Fixtures.schema;
import static dev.autogen.diff.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.op.AlterColumnOp;
import dev.autogen.op.CreateTableOp;
import dev.autogen.op.MigrationOp;
import dev.autogen.op.SetTableCommentOp;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Table and column comments: set, changed and removed, each undone by the downgrade. */
class SchemaDiffCommentTest {

  private static final ColumnModel NAME = column("name", TEXT);

  private static List<MigrationOp> upgradeOps(SchemaModel current, SchemaModel target) {
    DiffResult result = RoundTrip.diff(current, target);
    RoundTrip.assertOnlyRenameHints(result.notes());
    return result.plan().upgradeOps();
  }

  private static TableModel user(String comment, ColumnModel name) {
    return table("user", ID, name, PK_ID).withComment(comment);
  }

  @Test
  void sameCommentsGiveNoOps() {
    SchemaModel schema = schema(user("people", NAME.comment("full name")));
    assertThat(SchemaDiff.compare(schema, schema).plan().upgradeOps()).isEmpty();
  }

  @Test
  void tableCommentSetChangedAndRemoved() {
    assertThat(upgradeOps(schema(user(null, NAME)), schema(user("people", NAME))))
        .containsExactly(new SetTableCommentOp(name("user"), null, "people"));
    assertThat(upgradeOps(schema(user("people", NAME)), schema(user("customers", NAME))))
        .containsExactly(new SetTableCommentOp(name("user"), "people", "customers"));
    List<MigrationOp> removed = upgradeOps(schema(user("people", NAME)), schema(user(null, NAME)));
    assertThat(removed).containsExactly(new SetTableCommentOp(name("user"), "people", null));
    assertThat(removed.get(0).description()).isEqualTo("removed comment on table 'user'");
  }

  @Test
  void columnCommentIsAnAlterCarryingBothComments() {
    List<MigrationOp> ops = upgradeOps(schema(user(null, NAME.comment("name"))), schema(user(null, NAME.comment("full name"))));
    assertThat(ops).containsExactly(new AlterColumnOp(name("user"), NAME.comment("name"), NAME.comment("full name")));
    assertThat(ops.get(0).description()).isEqualTo("altered column 'user.name' (comment changed)");
    assertThat(ops.get(0).reverse()).isEqualTo(new AlterColumnOp(name("user"), NAME.comment("full name"), NAME.comment("name")));
  }

  @Test
  void newTableCarriesItsComments() {
    TableModel user = user("people", NAME.comment("full name"));
    assertThat(upgradeOps(schema(), schema(user))).containsExactly(new CreateTableOp(user));
  }

  @Test
  void tableCommentComesAfterCreatedTablesAndBeforeColumnChanges() {
    SchemaModel current = schema(user(null, NAME));
    SchemaModel target = schema(user("people", NAME.comment("full name")), table("order", ID, PK_ID));
    assertThat(upgradeOps(current, target)).extracting(op -> op.getClass().getSimpleName())
        .containsExactly("CreateTableOp", "SetTableCommentOp", "AlterColumnOp");
  }
}
