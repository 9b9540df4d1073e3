package dev.autogen.render;

import static dev.autogen.runtime.Dsl.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.op.AddColumnOp;
import dev.autogen.op.AddForeignKeyOp;
import dev.autogen.op.AddPrimaryKeyOp;
import dev.autogen.op.CreateSchemaOp;
import dev.autogen.op.DropForeignKeyOp;
import dev.autogen.op.DropSchemaOp;
import dev.autogen.op.DropUniqueConstraintOp;
import dev.autogen.op.ExecuteOp;
import dev.autogen.op.MigrationOp;
import dev.autogen.schema.QualifiedName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The op calls the golden files do not show; the round trip test proves they also build the right ops. */
class OpRendererTest {

  private static final QualifiedName POST = table("blog", "post");

  private static String render(MigrationOp op) {
    return op.accept(new OpRenderer()).toString();
  }

  @Test
  void executeEscapesTheSqlAsAJavaString() {
    ExecuteOp op = new ExecuteOp("UPDATE \"user\" SET note = 'a\\b'");

    assertThat(render(op)).isEqualTo("op.execute(\"UPDATE \\\"user\\\" SET note = 'a\\\\b'\");\n");
  }

  /** JavaPoet's $S would break the line inside the literal at U+2028 and U+2029. */
  @Test
  void executeEscapesLineSeparators() {
    ExecuteOp op = new ExecuteOp("SELECT '\u2028\u2029\u0085'");

    assertThat(render(op)).isEqualTo("op.execute(\"SELECT '\\u2028\\u2029\\u0085'\");\n");
  }

  /** The file names the key as PostgreSQL did: the table part shortened so that the name fits in 63 bytes. */
  @Test
  void theDowngradeOfAnUnnamedPrimaryKeyOnALongTableNamesItAsPostgresqlDoes() {
    AddPrimaryKeyOp add = new AddPrimaryKeyOp(QualifiedName.of("t".repeat(63)), primaryKey("id"));

    assertThat(render(add.reverse()))
        .isEqualTo("op.dropPrimaryKey(\"" + "t".repeat(63) + "\", \"" + "t".repeat(58) + "_pkey\");\n");
  }

  @Test
  void schemasAreCreatedAndDroppedByName() {
    assertThat(render(new CreateSchemaOp("app"))).isEqualTo("op.createSchema(\"app\");\n");
    assertThat(render(new DropSchemaOp("app"))).isEqualTo("op.dropSchema(\"app\");\n");
  }

  /** Long calls wrap at argument boundaries, as JavaPoet fits them into 100 columns. */
  @Test
  void foreignKeyOverManyColumnsOrAnotherSchemaUsesTheListOverload() {
    AddForeignKeyOp op = new AddForeignKeyOp(POST,
        foreignKey("fk_post_series", List.of("series_id", "series_no"), table("blog", "series"), List.of("id", "no"))
            .onDelete(SET_NULL));

    assertThat(render(op)).isEqualTo("""
        op.addForeignKey(table("blog", "post"), foreignKey("fk_post_series",
            java.util.List.of("series_id", "series_no"), table("blog", "series"),
            java.util.List.of("id", "no")).onDelete(SET_NULL));
        """);
  }

  @Test
  void dropsOfKeysAreWrittenByName() {
    assertThat(render(new DropForeignKeyOp(POST, "fk_old", foreignKey("fk_old", "old_id", "old", "id"))))
        .isEqualTo("op.dropForeignKey(table(\"blog\", \"post\"), \"fk_old\");\n");
    assertThat(render(new DropUniqueConstraintOp(POST, "uk_post", unique("uk_post", "title"))))
        .isEqualTo("op.dropUniqueConstraint(table(\"blog\", \"post\"), \"uk_post\");\n");
  }

  @Test
  void nullableIdentityStatesWhatTheChainWouldOtherwiseImply() {
    AddColumnOp op = new AddColumnOp(POST, column("no", smallint()).identity().nullable().defaultValue("1"));

    assertThat(render(op)).isEqualTo("""
        op.addColumn(table("blog", "post"),
            column("no", smallint()).identity().nullable().defaultValue("1"));
        """);
  }
}
