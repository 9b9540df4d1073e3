package dev.autogen.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.PostgresDialect;
import dev.autogen.op.MigrationOp;
import dev.autogen.runtime.Dsl;
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

  /**
   * A composite type's dropped or retyped attribute is lost from every column of the type; an added one loses
   * nothing, so it allows no loss.
   */
  @Test
  void aCompositeTypesDroppedOrRetypedAttributeAllowsItsColumnsLossAnAddedOneDoesNot() {
    ColumnType text = new ColumnType("text");
    ColumnType shortText = new ColumnType("character varying(10)");
    List<MigrationOp> ops = new ArrayList<>();
    Operations op = new Operations(new PostgresDialect(), sql -> { }, ops::add);
    op.alterCompositeType(
        Dsl.compositeType("address", Dsl.attribute("city", text), Dsl.attribute("zip", text)),
        Dsl.compositeType("address", Dsl.attribute("city", text)),
        Dsl.compositeColumn("shop", "located_at"), Dsl.compositeColumn(Dsl.table("billing", "invoice"), "sent_to"));
    op.alterCompositeType(
        Dsl.compositeType("size", Dsl.attribute("width", text)),
        Dsl.compositeType("size", Dsl.attribute("width", shortText)),
        Dsl.compositeColumn("box", "outer"));
    op.alterCompositeType(
        Dsl.compositeType("point2", Dsl.attribute("x", text)),
        Dsl.compositeType("point2", Dsl.attribute("x", text), Dsl.attribute("y", text)),
        Dsl.compositeColumn("spot", "at"));

    AllowedLoss loss = AllowedLoss.of(ops);

    assertThat(loss.tables()).isEmpty();
    assertThat(loss.columns()).isEqualTo(Map.of(
        QualifiedName.of("shop"), Set.of("located_at"),
        new QualifiedName("billing", "invoice"), Set.of("sent_to"),
        QualifiedName.of("box"), Set.of("outer")));
    assertThat(loss.columnsOf(QualifiedName.of("spot"))).isEmpty();
  }
}
