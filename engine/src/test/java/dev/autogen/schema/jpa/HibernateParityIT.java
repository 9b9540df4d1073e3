package dev.autogen.schema.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.introspect.ExpressionCanonicalizer;
import dev.autogen.introspect.IntrospectionFilter;
import dev.autogen.introspect.PostgresIntrospector;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import dev.autogen.schema.jpa.fixtures.Fixture;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;
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
      exportWithHibernate(entities, db);

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

  private static void exportWithHibernate(ScannedEntities entities, TestDatabase db) {
    Map<String, Object> settings = new HashMap<>(SETTINGS);
    settings.put("jakarta.persistence.jdbc.url", db.jdbcUrl());
    settings.put("jakarta.persistence.jdbc.user", db.user());
    settings.put("jakarta.persistence.jdbc.password", db.password());
    settings.put("jakarta.persistence.schema-generation.database.action", "create");
    settings.put("hibernate.hbm2ddl.create_namespaces", "true");
    settings.put("hibernate.hbm2ddl.halt_on_error", "true");
    // connected, Hibernate generates some foreign key names differently (seen with auto_quote_keyword): boot
    // offline as the reader does, and use the connection only to run the DDL
    settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
    settings.put("jakarta.persistence.database-product-name", "PostgreSQL");
    settings.put("jakarta.persistence.database-major-version", "17");
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
    try {
      MetadataSources sources = new MetadataSources(registry);
      entities.classes().forEach(sources::addAnnotatedClass);
      Metadata metadata = sources.buildMetadata();
      SchemaManagementToolCoordinator.process(metadata, registry,
          registry.requireService(ConfigurationService.class).getSettings(), dropAction -> { });
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }
}
