package dev.autogen.dialect;

import static dev.autogen.runtime.Dsl.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.op.AddColumnOp;
import dev.autogen.op.AlterColumnOp;
import dev.autogen.op.CreateTableOp;
import dev.autogen.op.SetTableCommentOp;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.TableModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresDialectCommentTest {

  private static final QualifiedName USER = QualifiedName.of("user");
  private static final ColumnModel NAME = column("name", text());

  private final PostgresDialect dialect = new PostgresDialect();

  @Test
  void createTableCommentsTheTableAndItsColumnsAfterCreatingIt() {
    TableModel table = TableModel.of(table("app", "user"), List.of(
        tableComment("People who sign in"), NAME.comment("Full name"), column("age", integer())));

    assertThat(dialect.sql(new CreateTableOp(table))).containsExactly("""
        CREATE TABLE app."user" (
            name text,
            age integer
        )""",
        "COMMENT ON TABLE app.\"user\" IS 'People who sign in'",
        "COMMENT ON COLUMN app.\"user\".name IS 'Full name'");
  }

  @Test
  void commentIsAStringLiteralWithItsQuotesDoubled() {
    assertThat(dialect.sql(new SetTableCommentOp(USER, null, "the customer's 'own' table")))
        .containsExactly("COMMENT ON TABLE \"user\" IS 'the customer''s ''own'' table'");
  }

  @Test
  void removedCommentIsSetToNull() {
    assertThat(dialect.sql(new SetTableCommentOp(USER, "old", null)))
        .containsExactly("COMMENT ON TABLE \"user\" IS NULL");
    assertThat(dialect.sql(new AlterColumnOp(USER, NAME.comment("old"), NAME)))
        .containsExactly("COMMENT ON COLUMN \"user\".name IS NULL");
  }

  @Test
  void addedColumnIsCommentedAfterItIsAdded() {
    assertThat(dialect.sql(new AddColumnOp(USER, column("Nick", text()).comment("shown"))))
        .containsExactly("ALTER TABLE \"user\" ADD COLUMN \"Nick\" text", "COMMENT ON COLUMN \"user\".\"Nick\" IS 'shown'");
  }

  @Test
  void alteredCommentIsTheOnlyStatementWhenNothingElseChanged() {
    assertThat(dialect.sql(new AlterColumnOp(USER, NAME.comment("a"), NAME.comment("b"))))
        .containsExactly("COMMENT ON COLUMN \"user\".name IS 'b'");
  }

  @Test
  void emptyCommentIsNone() {
    assertThat(NAME.comment("")).isEqualTo(NAME);
    assertThat(new SetTableCommentOp(USER, "", "x").reverse()).isEqualTo(new SetTableCommentOp(USER, "x", null));
  }
}
