package dev.autogen.testing;

import dev.autogen.schema.jpa.ScannedEntities;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/** Hibernate's own schema export ({@code jakarta.persistence.schema-generation.database.action=create}). */
public final class HibernateExport {

  private HibernateExport() {
  }

  /**
   * Creates the entities' tables in {@code db}, with the application's own {@code hibernate.*} settings, booted on
   * the connection as a running application is: Hibernate learns the driver's keywords
   * ({@code DatabaseMetaData.getSQLKeywords()}) and, under {@code auto_quote_keyword}, quotes the names among them,
   * which also changes the foreign key names it derives from them.
   */
  public static void create(ScannedEntities entities, TestDatabase db, Map<String, ?> applicationSettings) {
    export(entities, db, new HashMap<>(applicationSettings));
  }

  private static void export(ScannedEntities entities, TestDatabase db, Map<String, Object> settings) {
    settings.put("jakarta.persistence.jdbc.url", db.jdbcUrl());
    settings.put("jakarta.persistence.jdbc.user", db.user());
    settings.put("jakarta.persistence.jdbc.password", db.password());
    settings.put("jakarta.persistence.schema-generation.database.action", "create");
    settings.put("hibernate.hbm2ddl.create_namespaces", "true");
    settings.put("hibernate.hbm2ddl.halt_on_error", "true");
    // the entities' own loader first, as the entity reader does: Hibernate resolves mapped classes by name, and an
    // earlier release of a model has the names of classes on the test classpath
    BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder()
        .applyClassLoader(entities.loader())
        .build();
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap).applySettings(settings).build();
    try {
      MetadataSources sources = new MetadataSources(registry);
      entities.classes().forEach(sources::addAnnotatedClass);
      Metadata metadata = sources.buildMetadata();
      // as the session factory does before its schema action: with "create", columns are sorted by the column
      // ordering strategy (tables, composite primary keys and the foreign keys referencing them)
      ((MetadataImplementor) metadata).orderColumns(false);
      SchemaManagementToolCoordinator.process(metadata, registry,
          registry.requireService(ConfigurationService.class).getSettings(), dropAction -> { });
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }
}
