package dev.autogen.testing;

import dev.autogen.schema.jpa.ScannedEntities;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/** Hibernate's own schema export ({@code jakarta.persistence.schema-generation.database.action=create}). */
public final class HibernateExport {

  private HibernateExport() {
  }

  /** Creates the entities' tables in {@code db}, with the application's own {@code hibernate.*} settings. */
  public static void create(ScannedEntities entities, TestDatabase db, Map<String, ?> applicationSettings) {
    Map<String, Object> settings = new HashMap<>(applicationSettings);
    settings.put("jakarta.persistence.jdbc.url", db.jdbcUrl());
    settings.put("jakarta.persistence.jdbc.user", db.user());
    settings.put("jakarta.persistence.jdbc.password", db.password());
    settings.put("jakarta.persistence.schema-generation.database.action", "create");
    settings.put("hibernate.hbm2ddl.create_namespaces", "true");
    settings.put("hibernate.hbm2ddl.halt_on_error", "true");
    // connected, Hibernate names some foreign keys differently (seen with auto_quote_keyword): boot offline as the
    // entity reader does, and use the connection only to run the DDL
    settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
    settings.put("jakarta.persistence.database-product-name", "PostgreSQL");
    settings.put("jakarta.persistence.database-major-version", "17");
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
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
