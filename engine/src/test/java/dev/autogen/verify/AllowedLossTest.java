package dev.autogen.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.PostgresDialect;
import dev.autogen.op.MigrationOp;
import dev.autogen.runtime.Operations;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What an upgrade may lose: only what it drops, never what it alters or rewrites. */
class AllowedLossTest {

  @Test
  void dropsAreDeclaredLossesAlterationsAndRawSqlAreNot() {
    List<MigrationOp> ops = new ArrayList<>();
    Operations op = new Operations(new PostgresDialect(), sql -> { }, ops::add);
    op.dropTable("gone");
    op.dropColumn("account", "nickname");
    op.alterColumn("account", ColumnModel.of("name", new ColumnType("character varying(100)")),
        ColumnModel.of("name", new ColumnType("character varying(10)")));
    op.execute("UPDATE account SET name = left(name, 10)");
    op.alterColumn("account", ColumnModel.of("total", new ColumnType("integer")),
        ColumnModel.of("total", new ColumnType("integer")).generatedAs("price * 2"));

    AllowedLoss loss = AllowedLoss.of(ops);

    assertThat(loss.tables()).containsExactly(QualifiedName.of("gone"));
    assertThat(loss.columns()).isEqualTo(Map.of(QualifiedName.of("account"), Set.of("nickname", "total")));
    assertThat(loss.columnsOf(QualifiedName.of("other"))).isEmpty();
  }
}
