package dev.autogen.schema.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.introspect.ExpressionCanonicalizer;
import dev.autogen.introspect.IntrospectionFilter;
import dev.autogen.introspect.PostgresIntrospector;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import dev.autogen.schema.jpa.fixtures.Fixture;
import dev.autogen.testing.HibernateExport;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * With Spring Boot's Hibernate integration on the entities' classpath and no naming strategy set, the target is
 * exactly what Hibernate's export creates with Spring Boot's two naming strategies.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class SpringBootNamingIT {

  /** What Spring Boot hands Hibernate when the application sets no naming strategy. */
  private static final Map<String, String> SPRING_BOOT_SETTINGS = Map.of(
      "hibernate.physical_naming_strategy", SpringBootSettings.SPRING_PHYSICAL_NAMING,
      "hibernate.implicit_naming_strategy", SpringBootSettings.SPRING_IMPLICIT_NAMING);

  @Test
  void detectedSpringBootNamingMatchesTheSchemaHibernateCreatesWithSpringBootsStrategies(TestDatabase db)
      throws Exception {
    try (ScannedEntities entities = EntityScanner.scan(
        List.of(Fixture.classesDirectory(), SpringBootNamingTest.springBootHibernateJar()),
        List.of(Fixture.scenario("springnaming")))) {
      SchemaModel model = new EntityModelReader(Map.of(), EntityNaming.AUTO).read(entities).model();
      HibernateExport.create(entities, db, SPRING_BOOT_SETTINGS);

      List<TableModel> created = new ArrayList<>();
      SchemaModel introspected;
      try (Connection connection = db.connect()) {
        model = new ExpressionCanonicalizer().canonicalize(connection, model);
        CatalogTableReader catalog = new CatalogTableReader(connection);
        for (TableModel table : model.tables()) {
          created.add(catalog.read(table.name()));
        }
        introspected = new PostgresIntrospector().introspect(connection, IntrospectionFilter.defaults());
      }
      assertThat(model.tables()).extracting(table -> table.name().toString())
          .containsExactlyInAnyOrder("purchase_order", "purchase_order_shipping_tags", "shipping_tag");
      assertThat(model.tables()).containsExactlyElementsOf(created);
      assertThat(introspected.tables()).hasSameSizeAs(created);
    }
  }
}
