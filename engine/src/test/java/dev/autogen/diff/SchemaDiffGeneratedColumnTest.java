package dev.autogen.diff;

import static dev.autogen.diff.Fixtures.ID;
import static dev.autogen.diff.Fixtures.INTEGER;
import static dev.autogen.diff.Fixtures.PK_ID;
import static dev.autogen.diff.Fixtures.column;
import static dev.autogen.diff.Fixtures.name;
import static dev.autogen.diff.Fixtures.schema;
import static dev.autogen.diff.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.op.AlterColumnOp;
import dev.autogen.op.MigrationOp;
import dev.autogen.op.RenameColumnOp;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.SchemaModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Generated columns: compared by expression, changed both ways by an alter that carries both. */
class SchemaDiffGeneratedColumnTest {

  private static final ColumnModel QUANTITY = column("quantity", INTEGER);
  private static final ColumnModel DOUBLE = column("double", INTEGER).generatedAs("(quantity * 2)");

  private static List<MigrationOp> upgradeOps(SchemaModel current, SchemaModel target) {
    DiffResult result = RoundTrip.diff(current, target);
    RoundTrip.assertOnlyRenameHints(result.notes());
    return result.plan().upgradeOps();
  }

  @Test
  void sameExpressionGivesNoOps() {
    SchemaModel schema = schema(table("item", ID, QUANTITY, DOUBLE, PK_ID));
    assertThat(SchemaDiff.compare(schema, schema).plan().upgradeOps()).isEmpty();
  }

  @Test
  void changedExpressionIsAnAlterReversedByTheOldExpression() {
    ColumnModel triple = column("double", INTEGER).generatedAs("(quantity * 3)");
    List<MigrationOp> ops = upgradeOps(schema(table("item", ID, QUANTITY, DOUBLE, PK_ID)),
        schema(table("item", ID, QUANTITY, triple, PK_ID)));

    assertThat(ops).containsExactly(new AlterColumnOp(name("item"), DOUBLE, triple));
    assertThat(ops.get(0).reverse()).isEqualTo(new AlterColumnOp(name("item"), triple, DOUBLE));
  }

  @Test
  void plainAndGeneratedColumnsOfTheSameTypeDiffer() {
    ColumnModel plain = column("double", INTEGER);
    assertThat(upgradeOps(schema(table("item", ID, QUANTITY, plain, PK_ID)),
        schema(table("item", ID, QUANTITY, DOUBLE, PK_ID))))
        .containsExactly(new AlterColumnOp(name("item"), plain, DOUBLE));
  }

  /** A renamed column is renamed in the expressions that read it, as PostgreSQL does. */
  @Test
  void renamedColumnIsRenamedInGenerationExpressions() {
    List<MigrationOp> ops = upgradeOps(schema(table("item", ID, QUANTITY, DOUBLE, PK_ID)), schema(table("item", ID,
        column("item_quantity", INTEGER), column("double", INTEGER).generatedAs("(item_quantity * 2)"), PK_ID)));

    assertThat(ops).singleElement().isInstanceOfSatisfying(RenameColumnOp.class, rename -> {
      assertThat(rename.from()).isEqualTo("quantity");
      assertThat(rename.to()).isEqualTo("item_quantity");
    });
  }
}
