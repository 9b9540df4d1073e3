package dev.autogen.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.op.CreateSchemaOp;
import dev.autogen.op.DropSchemaOp;
import org.junit.jupiter.api.Test;

class PostgresDialectSchemaTest {

  private final PostgresDialect dialect = new PostgresDialect();

  @Test
  void createsAndDropsWithoutCascadeQuotingAsNeeded() {
    assertThat(dialect.sql(new CreateSchemaOp("app"))).containsExactly("CREATE SCHEMA app");
    assertThat(dialect.sql(new DropSchemaOp("Billing"))).containsExactly("DROP SCHEMA \"Billing\"");
  }
}
