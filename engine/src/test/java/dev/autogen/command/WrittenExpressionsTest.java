package dev.autogen.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.diff.DiffResult;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.op.AddCheckConstraintOp;
import dev.autogen.op.AlterColumnOp;
import dev.autogen.op.CreateTableOp;
import dev.autogen.op.DropCheckConstraintOp;
import dev.autogen.schema.CheckConstraintModel;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class WrittenExpressionsTest {

  private static final QualifiedName ACCOUNT = QualifiedName.of("account");
  private static final ColumnType VARCHAR = new ColumnType("character varying(255)");

  private static TableModel account(String labelDefault, String tierCheck) {
    return TableModel.of(ACCOUNT, List.of(
        ColumnModel.of("label", VARCHAR).defaultValue(labelDefault),
        ColumnModel.of("tier", VARCHAR),
        new CheckConstraintModel("account_tier_check", tierCheck)));
  }

  private static final TableModel WRITTEN = account("'y'", "tier in ('FREE','PRO','TEAM')");
  private static final TableModel CANONICAL = account("'y'::character varying",
      "((tier)::text = ANY ((ARRAY['FREE'::character varying, 'PRO'::character varying, 'TEAM'::character varying])::text[]))");

  @Test
  void newTablesAreCreatedAsTheMappingWritesThem() {
    DiffResult diff = SchemaDiff.compare(SchemaModel.EMPTY, new SchemaModel(List.of(CANONICAL)));

    assertThat(new WrittenExpressions(new SchemaModel(List.of(WRITTEN))).restore(diff).plan().upgradeOps())
        .containsExactly(new CreateTableOp(WRITTEN));
  }

  @Test
  void addsAndAltersUseTheMappingsTextWhileDropsKeepTheDatabases() {
    TableModel current = account("'x'::character varying",
        "((tier)::text = ANY ((ARRAY['FREE'::character varying, 'PRO'::character varying])::text[]))");
    DiffResult diff = SchemaDiff.compare(new SchemaModel(List.of(current)), new SchemaModel(List.of(CANONICAL)));

    assertThat(new WrittenExpressions(new SchemaModel(List.of(WRITTEN))).restore(diff).plan().upgradeOps())
        .containsExactly(
            new DropCheckConstraintOp(ACCOUNT, "account_tier_check", current.checks().get(0)),
            new AlterColumnOp(ACCOUNT, current.columns().get(0), WRITTEN.columns().get(0)),
            new AddCheckConstraintOp(ACCOUNT, WRITTEN.checks().get(0)));
  }
}
