package dev.autogen.schema.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import dev.autogen.schema.jpa.fixtures.Fixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the entity reader makes of Hibernate 7 / JPA 3.2 mappings beyond plain columns (no database). */
class MappingReaderTest {

  private static final Map<String, String> SNAKE_CASE = Map.of(
      "hibernate.physical_naming_strategy", "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl");

  /** {@code @View} counts as a physical table to Hibernate, which exports it as {@code create view}. */
  @Test
  void viewAndSubselectEntitiesHaveNoTableAndFormulasNoColumn() {
    EntitySchema schema = read("readonly");

    assertThat(schema.model().tables()).extracting(TableModel::name)
        .containsExactly(QualifiedName.of("country"), QualifiedName.of("product"));
    // in Hibernate's export order (orderColumns: by size, then name)
    assertThat(schema.model().tables().get(1).columns()).extracting(ColumnModel::name)
        .containsExactly("quantity", "id", "price");
    assertThat(schema.skipped()).containsExactly(
        Fixture.scenario("readonly") + ".ExpensiveProduct: mapped to a view, no table created (autogen does not"
            + " manage views)",
        Fixture.scenario("readonly") + ".ProductTotal: mapped to a subselect, no table created");
  }

  /**
   * Accepted difference: options are SQL text the model has no place for; they are reported, not compared. A column's
   * options that are a {@code collate} clause alone are its collation.
   */
  @Test
  void optionsAreNotedAsLeftOut() {
    EntitySchema schema = read("options");
    assertThat(schema.model().tables().get(0).column("serial").orElseThrow().collation()).isEqualTo("C");
    assertThat(schema.notes()).containsExactly(
        "reading: table options 'with (fillfactor = 70)' left out: the model cannot represent them, they are"
            + " neither created nor compared",
        "reading.reading_value_check: check constraint options 'not valid' left out: the model cannot represent"
            + " them, they are neither created nor compared",
        "reading.uk_reading_serial: unique constraint options 'deferrable' left out: the model cannot represent"
            + " them, they are neither created nor compared",
        "reading.ix_reading_taken: index options 'with (fillfactor = 80)' left out: the model cannot represent"
            + " them, they are neither created nor compared");
  }

  /** Envers on the entities' classpath: its audit tables are part of Hibernate's boot model, so of the target. */
  @Test
  void enversAuditTablesAreReadWithTheEntities() {
    SchemaModel model = read("audited").model();

    assertThat(model.tables()).extracting(table -> table.name().name()).containsExactlyInAnyOrder(
        "customer", "customer_phones", "purchase", "supplier",
        "customer_aud", "customer_phones_aud", "purchase_aud", "revinfo");
    assertThat(model.table(QualifiedName.of("purchase_aud")).orElseThrow().columns()).extracting(ColumnModel::name)
        .containsExactlyInAnyOrder("id", "rev", "revtype", "total", "customer_id");
    assertThat(model.sequences()).extracting(sequence -> sequence.name().name())
        .containsExactlyInAnyOrder("purchase_seq", "revinfo_seq");
  }

  /**
   * {@code @Struct} embeddables are composite types of the target, attributes in the order Hibernate's export
   * creates them and reads a value by; the column has the type's name (an array of it, its array type), a nested one is an attribute of that type.
   */
  @Test
  void structEmbeddablesAreCompositeTypes() {
    EntitySchema schema = read("struct");

    assertThat(schema.model().table(QualifiedName.of("shop")).orElseThrow().columns())
        .extracting(column -> column.name() + " " + column.type())
        .containsExactly("id bigint", "name character varying(255)", "address postal_address",
            "former_addresses postal_address[]", "hours opening_hours");
    assertThat(schema.model().compositeTypes())
        .extracting(type -> type.name() + " " + type.attributes().stream()
            .map(attribute -> attribute.name() + " " + attribute.type()).toList())
        .containsExactly(
            "geo_point [latitude double precision, longitude double precision]",
            "opening_hours [closes time(0) without time zone, opens time(0) without time zone,"
                + " note character varying(255)]",
            "postal_address [zip character varying(10), city character varying(255), street character varying(255),"
                + " location geo_point]");
    assertThat(schema.notes()).isEmpty();
  }

  private static EntitySchema read(String scenario) {
    try (ScannedEntities entities =
        EntityScanner.scan(List.of(Fixture.classesDirectory()), List.of(Fixture.scenario(scenario)))) {
      return new EntityModelReader(SNAKE_CASE).read(entities);
    }
  }
}
