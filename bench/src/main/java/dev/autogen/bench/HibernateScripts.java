package dev.autogen.bench;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.tool.schema.spi.DelayedDropRegistryNotAvailableImpl;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * Hibernate's own schema tooling over a generated model: its metadata boot, then a DDL script action
 * ({@code create} for the base database, {@code update} for the comparison), as an application would configure it
 * with {@code jakarta.persistence.schema-generation.scripts.action}.
 */
final class HibernateScripts implements AutoCloseable {

  private final URLClassLoader loader;
  private final StandardServiceRegistry registry;

  private HibernateScripts(URLClassLoader loader, StandardServiceRegistry registry) {
    this.loader = loader;
    this.registry = registry;
  }

  /**
   * @param action   the script action: {@code create} or {@code update}
   * @param script   where the DDL goes (overwritten)
   * @param database the connection settings, or an empty map to generate without a database (create only)
   */
  static HibernateScripts open(Path classes, String action, Path script, Map<String, Object> database)
      throws IOException {
    URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        HibernateScripts.class.getClassLoader());
    Map<String, Object> settings = new HashMap<>(database);
    if (database.isEmpty()) {
      settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
      settings.put("jakarta.persistence.database-product-name", "PostgreSQL");
      settings.put("jakarta.persistence.database-major-version", "15");
    }
    settings.put("jakarta.persistence.schema-generation.scripts.action", action);
    settings.put("jakarta.persistence.schema-generation.scripts.create-target", script.toString());
    settings.put("hibernate.hbm2ddl.schema-generation.script.append", "false");
    settings.put("hibernate.hbm2ddl.delimiter", ";");
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder(
        new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build())
        .applySettings(settings)
        .build();
    return new HibernateScripts(loader, registry);
  }

  static Map<String, Object> connection(String url, String user) {
    return Map.of("jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.user", user,
        "jakarta.persistence.jdbc.password", "", "hibernate.connection.pool_size", "2");
  }

  /** Loads every class under {@code classes} and builds Hibernate's boot metamodel of them. */
  Metadata boot(Path classes) throws IOException, ClassNotFoundException {
    MetadataSources sources = new MetadataSources(registry);
    for (String name : classNames(classes)) {
      sources.addAnnotatedClass(Class.forName(name, false, loader));
    }
    return sources.buildMetadata();
  }

  /** Runs the configured script action: reads the database (for {@code update}) and writes the script. */
  void generate(Metadata metadata) {
    Map<String, Object> settings = registry.requireService(ConfigurationService.class).getSettings();
    SchemaManagementToolCoordinator.process(metadata, registry, settings, DelayedDropRegistryNotAvailableImpl.INSTANCE);
  }

  @Override
  public void close() throws IOException {
    StandardServiceRegistryBuilder.destroy(registry);
    loader.close();
  }

  private static List<String> classNames(Path classes) throws IOException {
    try (Stream<Path> files = Files.walk(classes)) {
      return files.filter(file -> file.toString().endsWith(".class"))
          .map(file -> classes.relativize(file).toString().replace('/', '.').replaceFirst("\\.class$", ""))
          .sorted()
          .toList();
    }
  }
}
