package dev.autogen.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.op.CreateIndexOp;
import dev.autogen.schema.IndexModel;
import dev.autogen.schema.QualifiedName;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresDialectIndexTest {

  private final PostgresDialect dialect = new PostgresDialect();

  @Test
  void spellsEachColumnsOrderingOnlyWhereItIsNotTheDefault() {
    IndexModel index = new IndexModel("ix_person", List.of("last_name", "city", "born", "email"), false)
        .desc("city").nullsFirst("born").desc("email").nullsLast("email");

    assertThat(dialect.sql(new CreateIndexOp(QualifiedName.of("person"), index))).containsExactly(
        "CREATE INDEX ix_person ON person (last_name, city DESC, born NULLS FIRST, email DESC NULLS LAST)");
  }

  @Test
  void aDescendingColumnWithItsNullsFirstIsPlainDesc() {
    IndexModel index = new IndexModel("ix_user_seen", List.of("seen"), true).desc("seen").nullsFirst("seen");

    assertThat(dialect.sql(new CreateIndexOp(QualifiedName.of("user"), index)))
        .containsExactly("CREATE UNIQUE INDEX ix_user_seen ON \"user\" (seen DESC)");
  }
}
