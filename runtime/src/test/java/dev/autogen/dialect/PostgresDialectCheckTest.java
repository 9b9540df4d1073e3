package dev.autogen.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.op.AddCheckConstraintOp;
import dev.autogen.op.AlterColumnOp;
import dev.autogen.op.CreateTableOp;
import dev.autogen.op.DropCheckConstraintOp;
import dev.autogen.schema.CheckConstraintModel;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.TableModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresDialectCheckTest {

  private static final QualifiedName USER = QualifiedName.of("user");
  private static final CheckConstraintModel TIER = new CheckConstraintModel("user_tier_check", "tier in ('FREE','PRO')");
  private static final ColumnModel TIER_COLUMN = ColumnModel.of("tier", new ColumnType("text"));

  private final PostgresDialect dialect = new PostgresDialect();

  @Test
  void checksAreNamedConstraintsInsideCreateTable() {
    assertThat(dialect.sql(new CreateTableOp(TableModel.of(USER, List.of(TIER_COLUMN, TIER))))).containsExactly("""
        CREATE TABLE "user" (
            tier text,
            CONSTRAINT user_tier_check CHECK (tier in ('FREE','PRO'))
        )""");
  }

  @Test
  void addsAndDropsByName() {
    assertThat(dialect.sql(new AddCheckConstraintOp(USER, TIER)))
        .containsExactly("ALTER TABLE \"user\" ADD CONSTRAINT user_tier_check CHECK (tier in ('FREE','PRO'))");
    assertThat(dialect.sql(new DropCheckConstraintOp(USER, "user_tier_check", null)))
        .containsExactly("ALTER TABLE \"user\" DROP CONSTRAINT user_tier_check");
  }

  @Test
  void changedDefaultIsSetAndRemovedDefaultDropped() {
    ColumnModel free = TIER_COLUMN.defaultValue("'FREE'::text");
    assertThat(dialect.sql(new AlterColumnOp(USER, free, TIER_COLUMN.defaultValue("'PRO'"))))
        .containsExactly("ALTER TABLE \"user\" ALTER COLUMN tier DROP DEFAULT",
            "ALTER TABLE \"user\" ALTER COLUMN tier SET DEFAULT 'PRO'");
    assertThat(dialect.sql(new AlterColumnOp(USER, free, TIER_COLUMN)))
        .containsExactly("ALTER TABLE \"user\" ALTER COLUMN tier DROP DEFAULT");
  }
}
