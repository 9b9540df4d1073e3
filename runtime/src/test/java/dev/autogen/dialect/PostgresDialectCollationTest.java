package dev.autogen.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.op.AddColumnOp;
import dev.autogen.op.AlterColumnOp;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.QualifiedName;
import org.junit.jupiter.api.Test;

/** A column's collation: {@code COLLATE} after its type, changed with {@code ALTER COLUMN ... TYPE}. */
class PostgresDialectCollationTest {

  private static final QualifiedName T = QualifiedName.of("t");
  private static final ColumnModel TEXT = ColumnModel.of("c", new ColumnType("text"));

  private final PostgresDialect dialect = new PostgresDialect();

  @Test
  void addsAColumnWithItsCollationQuotedAsNeeded() {
    assertThat(dialect.sql(new AddColumnOp(T, TEXT.collate("C").notNull())))
        .containsExactly("ALTER TABLE t ADD COLUMN c text COLLATE \"C\" NOT NULL");
    assertThat(dialect.sql(new AddColumnOp(T, TEXT.collate("ucs_basic"))))
        .containsExactly("ALTER TABLE t ADD COLUMN c text COLLATE ucs_basic");
  }

  /** Without {@code COLLATE}, {@code ALTER COLUMN ... TYPE} gives the column its type's default collation. */
  @Test
  void changesTheCollationThroughTheType() {
    assertThat(dialect.sql(new AlterColumnOp(T, TEXT, TEXT.collate("C"))))
        .containsExactly("ALTER TABLE t ALTER COLUMN c TYPE text COLLATE \"C\"");
    assertThat(dialect.sql(new AlterColumnOp(T, TEXT.collate("C"), TEXT)))
        .containsExactly("ALTER TABLE t ALTER COLUMN c TYPE text");
    AlterColumnOp retyped = new AlterColumnOp(T, TEXT.collate("C"), ColumnModel.of("c", new ColumnType("integer")));
    assertThat(dialect.sql(retyped)).containsExactly("ALTER TABLE t ALTER COLUMN c TYPE integer USING c::integer");
    assertThat(new AlterColumnOp(T, TEXT.collate("ucs_basic"), TEXT.collate("C")).description())
        .isEqualTo("altered column 't.c' (collation \"ucs_basic\" -> \"C\")");
  }
}
