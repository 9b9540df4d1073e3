package dev.autogen.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RenamesTest {

  @Test
  void aColumnRenameRewritesTheChecksThatReadItButNotStringLiteralsOrOtherNames() {
    assertThat(Renames.renamed("((phone)::text <> 'phone'::text)", "phone", "phone_number"))
        .isEqualTo("((phone_number)::text <> 'phone'::text)");
    assertThat(Renames.renamed("(phones > 0) AND (t.phone IS NULL)", "phone", "mobile"))
        .isEqualTo("(phones > 0) AND (t.phone IS NULL)");
    assertThat(Renames.renamed("(\"Phone\" IS NOT NULL)", "Phone", "Mobile"))
        .isEqualTo("(\"Mobile\" IS NOT NULL)");
  }

  @Test
  void renamesKeepTheTablesChecks() {
    TableModel table = TableModel.of(QualifiedName.of("account"), List.of(
        ColumnModel.of("id", new ColumnType("bigint")).notNull(),
        ColumnModel.of("tier", new ColumnType("text")),
        new PrimaryKeyModel(null, List.of("id")),
        new CheckConstraintModel("account_tier_check", "(tier <> ''::text)")));

    TableModel renamedColumn = Renames.renameColumn(table, table.name(), "tier", "plan");
    TableModel renamedTable = Renames.renameTable(table, table.name(), QualifiedName.of("customer"));

    assertThat(renamedColumn.checks())
        .containsExactly(new CheckConstraintModel("account_tier_check", "(plan <> ''::text)"));
    assertThat(renamedTable.checks()).isEqualTo(table.checks());
  }
}
