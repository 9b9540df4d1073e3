package dev.autogen.spring;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link AutogenMigrationInitializer} initializes the database, so beans that depend on
 * database initialization (the JPA {@code EntityManagerFactory}, {@code JdbcTemplate} users marked so) are created
 * after it, as with Flyway and Liquibase. Registered in {@code META-INF/spring.factories}.
 */
public final class AutogenDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

  @Override
  protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
    return Set.of(AutogenMigrationInitializer.class);
  }
}
