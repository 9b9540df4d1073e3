package dev.autogen.dialect;

import static dev.autogen.runtime.Dsl.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.op.AddColumnOp;
import dev.autogen.op.AlterColumnOp;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.QualifiedName;
import org.junit.jupiter.api.Test;

/** Stored generated columns, in SQL that runs on PostgreSQL 13 to 17. */
class PostgresDialectGeneratedColumnTest {

  private static final QualifiedName ITEM = QualifiedName.of("line_item");
  private static final ColumnModel TOTAL = column("total", numeric(38, 2));

  private final PostgresDialect dialect = new PostgresDialect();

  @Test
  void generatedColumnIsAddedWithItsExpressionAndNoDefault() {
    assertThat(dialect.sql(new AddColumnOp(ITEM, TOTAL.generatedAs("price * quantity").notNull())))
        .containsExactly("ALTER TABLE line_item ADD COLUMN total numeric(38,2)"
            + " GENERATED ALWAYS AS (price * quantity) STORED NOT NULL");
  }

  /** {@code SET EXPRESSION} is PostgreSQL 17's; before it, the column is dropped and added again. */
  @Test
  void changedExpressionDropsAndAddsTheColumnWithItsComment() {
    AlterColumnOp op = new AlterColumnOp(ITEM, TOTAL.generatedAs("price * quantity"),
        TOTAL.generatedAs("price * quantity + 1").comment("gross"));

    assertThat(dialect.sql(op)).containsExactly(
        "ALTER TABLE line_item DROP COLUMN total",
        "ALTER TABLE line_item ADD COLUMN total numeric(38,2) GENERATED ALWAYS AS (price * quantity + 1) STORED",
        "COMMENT ON COLUMN line_item.total IS 'gross'");
    assertThat(op.dataLoss()).hasValueSatisfying(warning -> assertThat(warning)
        .isEqualTo("drops and re-adds line_item.total to change its expression;"
            + " indexes and constraints on it go with it"));
  }

  @Test
  void plainColumnBecomingGeneratedIsDroppedAndAddedWithAWarning() {
    AlterColumnOp op = new AlterColumnOp(ITEM, TOTAL, TOTAL.generatedAs("price * quantity"));

    assertThat(dialect.sql(op)).containsExactly(
        "ALTER TABLE line_item DROP COLUMN total",
        "ALTER TABLE line_item ADD COLUMN total numeric(38,2) GENERATED ALWAYS AS (price * quantity) STORED");
    assertThat(op.dataLoss()).hasValueSatisfying(warning -> assertThat(warning)
        .isEqualTo("replaces the values of line_item.total by computed ones;"
            + " indexes and constraints on it go with it"));
  }

  /** {@code DROP EXPRESSION} (PostgreSQL 13) keeps the values the column holds. */
  @Test
  void generatedColumnBecomingPlainDropsOnlyTheExpressionThenTheRest() {
    AlterColumnOp op = new AlterColumnOp(ITEM, TOTAL.generatedAs("price * quantity"),
        TOTAL.withType(numeric(12, 2)).notNull());

    assertThat(dialect.sql(op)).containsExactly(
        "ALTER TABLE line_item ALTER COLUMN total DROP EXPRESSION",
        "ALTER TABLE line_item ALTER COLUMN total TYPE numeric(12,2)",
        "ALTER TABLE line_item ALTER COLUMN total SET NOT NULL");
    assertThat(op.description()).isEqualTo(
        "altered column 'line_item.total' (type numeric(38,2) -> numeric(12,2), now NOT NULL, no longer generated)");
  }
}
