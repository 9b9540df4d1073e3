package dev.autogen.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.op.AlterCompositeTypeOp;
import dev.autogen.op.CompositeColumn;
import dev.autogen.op.CreateCompositeTypeOp;
import dev.autogen.op.DropCompositeTypeOp;
import dev.autogen.op.MigrationOp;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.CompositeAttribute;
import dev.autogen.schema.CompositeTypeModel;
import dev.autogen.schema.QualifiedName;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresDialectCompositeTypeTest {

  private static final QualifiedName ADDRESS = QualifiedName.of("address");
  private static final CompositeAttribute ZIP = attribute("zip", "character varying(10)");
  private static final CompositeAttribute CITY = attribute("City", "text");
  private static final CompositeAttribute NOTE = attribute("note", "text");

  private final PostgresDialect dialect = new PostgresDialect();

  @Test
  void createsWithAttributesInOrderAndDropsWithoutCascade() {
    assertThat(dialect.sql(new CreateCompositeTypeOp(type(ZIP, CITY))))
        .containsExactly("CREATE TYPE address AS (zip character varying(10), \"City\" text)");
    assertThat(dialect.sql(new DropCompositeTypeOp(new QualifiedName("app", "user"), null)))
        .containsExactly("DROP TYPE app.\"user\"");
  }

  /** Kept attributes keep their order and types, new ones come last: {@code ALTER TYPE}, no column converted. */
  @Test
  void dropsAndAppendsAttributesInPlace() {
    AlterCompositeTypeOp op = new AlterCompositeTypeOp(type(ZIP, NOTE, CITY), type(ZIP, CITY, attribute("country",
        "text")), List.of(CompositeColumn.of(QualifiedName.of("shop"), "address")));

    assertThat(op.inPlace()).isTrue();
    assertThat(dialect.sql(op)).containsExactly(
        "ALTER TYPE address DROP ATTRIBUTE note, ADD ATTRIBUTE country text");
    assertThat(op.dataLoss()).contains(
        "drops attribute note of composite type address: the values stored in it are lost");
    // the reverse adds note back between zip and City: only a recreate can put it there
    assertThat(((AlterCompositeTypeOp) op.reverse()).inPlace()).isFalse();
  }

  /** Retyped, moved or inserted attributes: the type is recreated and every column converted, in one block. */
  @Test
  void recreatesConvertingEachColumnByAttributeName() {
    CompositeTypeModel wider = type(attribute("zip", "character varying(20)"), CITY);
    for (CompositeTypeModel to : List.of(wider, type(CITY, ZIP), type(attribute("country", "text"), ZIP, CITY))) {
      assertThat(new AlterCompositeTypeOp(type(ZIP, CITY), to, List.of()).inPlace()).as("to %s", to).isFalse();
    }
    MigrationOp op = new AlterCompositeTypeOp(type(ZIP, CITY), wider, List.of(
        CompositeColumn.of(QualifiedName.of("shop"), "address").defaultValue("ROW('1', 'x')::address"),
        CompositeColumn.of(new QualifiedName("app", "shop"), "former").asArray()));

    assertThat(dialect.sql(op)).containsExactly("""
        DO $autogen$
        BEGIN
          ALTER TYPE address RENAME TO address_old;
          CREATE TYPE address AS (zip character varying(20), "City" text);
          CREATE FUNCTION pg_temp.autogen_convert_composite(v address_old) RETURNS address LANGUAGE sql AS \
        'SELECT CASE WHEN v::text IS NULL THEN NULL ELSE ROW((v).zip::character varying(20), \
        (v)."City"::text)::address END';
          CREATE FUNCTION pg_temp.autogen_convert_composite_array(v address_old[]) RETURNS address[] \
        LANGUAGE sql AS 'SELECT CASE WHEN v IS NULL THEN NULL ELSE ARRAY(SELECT \
        pg_temp.autogen_convert_composite(v[i]) FROM generate_subscripts(v, 1) AS g(i) ORDER BY i) END';
          ALTER TABLE shop ALTER COLUMN address DROP DEFAULT;
          ALTER TABLE shop ALTER COLUMN address TYPE address USING pg_temp.autogen_convert_composite(address);
          ALTER TABLE shop ALTER COLUMN address SET DEFAULT ROW('1', 'x')::address;
          ALTER TABLE app.shop ALTER COLUMN former TYPE address[] USING \
        pg_temp.autogen_convert_composite_array(former);
          DROP FUNCTION pg_temp.autogen_convert_composite_array(address_old[]);
          DROP FUNCTION pg_temp.autogen_convert_composite(address_old);
          DROP TYPE address_old;
        END
        $autogen$""");
    assertThat(op.dataLoss()).contains("converts attribute zip of composite type address to character varying(20):"
        + " values that do not fit fail the conversion or are cut");
  }

  private static CompositeTypeModel type(CompositeAttribute... attributes) {
    return CompositeTypeModel.of(ADDRESS, attributes);
  }

  private static CompositeAttribute attribute(String name, String type) {
    return new CompositeAttribute(name, new ColumnType(type));
  }
}
