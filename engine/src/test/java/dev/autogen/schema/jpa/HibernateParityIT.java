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
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The entity reader's model must be exactly what PostgreSQL holds after Hibernate's own schema export: type
 * spellings, nullability, defaults, identity, the constraint names PostgreSQL chooses for unnamed ones, and the
 * sequences of generated ids. Check expressions and defaults are compared in PostgreSQL's spelling, as the diff
 * compares them.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class HibernateParityIT {

  /** {@code user} is a reserved word: Hibernate's own DDL needs it quoted to run at all. */
  private static final Map<String, String> SETTINGS = Map.of(
      "hibernate.auto_quote_keyword", "true",
      "hibernate.physical_naming_strategy", "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl");

  @ParameterizedTest
  @ValueSource(strings = {"blog", "types", "hidden", "quoted", "inheritance", "collection", "naming", "sequences", "checks"})
  void modelMatchesTheSchemaHibernateCreates(String scenario, TestDatabase db) throws Exception {
    try (ScannedEntities entities =
        EntityScanner.scan(List.of(Fixture.classesDirectory()), List.of(Fixture.scenario(scenario)))) {
      SchemaModel model = new EntityModelReader(SETTINGS).read(entities).model();
      HibernateExport.create(entities, db, SETTINGS);

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
      assertThat(model.tables()).isNotEmpty().containsExactlyElementsOf(created);
      assertThat(model.sequences()).containsExactlyElementsOf(introspected.sequences());
    }
  }
}
