package dev.autogen.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.op.AlterColumnOp;
import dev.autogen.op.CreateTableOp;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.PrimaryKeyModel;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.TableModel;
import dev.autogen.schema.UniqueConstraintModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Column changes, and the create-table corner where PostgreSQL would otherwise drop part of the model. */
class PostgresDialectAlterColumnTest {

  private static final QualifiedName T = QualifiedName.of("t");

  private final PostgresDialect dialect = new PostgresDialect();

  @Test
  void typeWithinAFamilyNeedsNoCast() {
    assertThat(dialect.sql(retype("integer", "bigint"))).containsExactly("ALTER TABLE t ALTER COLUMN c TYPE bigint");
    assertThat(dialect.sql(retype("character varying(20)", "text")))
        .containsExactly("ALTER TABLE t ALTER COLUMN c TYPE text");
  }

  @Test
  void typeOfAnotherFamilyIsCastExplicitly() {
    assertThat(dialect.sql(retype("text", "integer")))
        .containsExactly("ALTER TABLE t ALTER COLUMN c TYPE integer USING c::integer");
  }

  @Test
  void booleanAndNumbersOtherThanIntegerAreCastThroughInteger() {
    assertThat(dialect.sql(retype("bigint", "boolean")))
        .containsExactly("ALTER TABLE t ALTER COLUMN c TYPE boolean USING c::integer::boolean");
    assertThat(dialect.sql(retype("boolean", "bigint")))
        .containsExactly("ALTER TABLE t ALTER COLUMN c TYPE bigint USING c::integer::bigint");
    assertThat(dialect.sql(retype("integer", "boolean")))
        .containsExactly("ALTER TABLE t ALTER COLUMN c TYPE boolean USING c::boolean");
  }

  @Test
  void typesWithoutACastBetweenThemGoThroughText() {
    assertThat(dialect.sql(retype("smallint", "uuid")))
        .containsExactly("ALTER TABLE t ALTER COLUMN c TYPE uuid USING c::text::uuid");
    assertThat(dialect.sql(retype("bytea", "jsonb")))
        .containsExactly("ALTER TABLE t ALTER COLUMN c TYPE jsonb USING c::text::jsonb");
    assertThat(dialect.sql(retype("json", "jsonb")))
        .containsExactly("ALTER TABLE t ALTER COLUMN c TYPE jsonb USING c::jsonb");
    assertThat(dialect.sql(retype("uuid", "character varying(36)")))
        .containsExactly("ALTER TABLE t ALTER COLUMN c TYPE character varying(36) USING c::character varying(36)");
  }

  @Test
  void aChangedDefaultIsDroppedBeforeTheTypeChangesAndSetAfter() {
    ColumnModel from = ColumnModel.of("c", new ColumnType("bigint")).defaultValue("0");
    ColumnModel to = ColumnModel.of("c", new ColumnType("boolean")).defaultValue("false");

    assertThat(dialect.sql(new AlterColumnOp(T, from, to))).containsExactly(
        "ALTER TABLE t ALTER COLUMN c DROP DEFAULT",
        "ALTER TABLE t ALTER COLUMN c TYPE boolean USING c::integer::boolean",
        "ALTER TABLE t ALTER COLUMN c SET DEFAULT false");
  }

  @Test
  void uniqueConstraintRepeatingTheKeyOrAnotherIsAddedAfterTheTable() {
    TableModel table = new TableModel(T, List.of(ColumnModel.of("id", new ColumnType("bigint")).notNull(),
        ColumnModel.of("code", new ColumnType("text"))), new PrimaryKeyModel(null, List.of("id")),
        List.of(new UniqueConstraintModel("uk_id", List.of("id")), new UniqueConstraintModel("uk_code", List.of("code")),
            new UniqueConstraintModel("uk_code_again", List.of("code"))),
        List.of(), List.of(), List.of());

    assertThat(dialect.sql(new CreateTableOp(table))).containsExactly(
        "CREATE TABLE t (\n    id bigint NOT NULL,\n    code text,\n    PRIMARY KEY (id),\n"
            + "    CONSTRAINT uk_code UNIQUE (code)\n)",
        "ALTER TABLE t ADD CONSTRAINT uk_id UNIQUE (id)",
        "ALTER TABLE t ADD CONSTRAINT uk_code_again UNIQUE (code)");
  }

  private static AlterColumnOp retype(String from, String to) {
    return new AlterColumnOp(T, ColumnModel.of("c", new ColumnType(from)), ColumnModel.of("c", new ColumnType(to)));
  }
}
