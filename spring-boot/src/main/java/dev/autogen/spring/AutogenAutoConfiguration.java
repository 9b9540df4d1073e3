package dev.autogen.spring;

import dev.autogen.runtime.Autogen;
import javax.sql.DataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;

/**
 * Runs {@code upgrade} (to {@code autogen.target}, {@code head} by default) on the application's {@code DataSource}
 * at startup, with the revisions the application compiled (the revision index), before the
 * {@code EntityManagerFactory} is built. {@code autogen.enabled=false} turns it off.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(Autogen.class)
@ConditionalOnSingleCandidate(DataSource.class)
@ConditionalOnBooleanProperty(name = "autogen.enabled", matchIfMissing = true)
@EnableConfigurationProperties(AutogenProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public class AutogenAutoConfiguration {

  private static final Log LOG = LogFactory.getLog(AutogenAutoConfiguration.class);

  @Bean
  @ConditionalOnMissingBean
  public Autogen autogen(DataSource dataSource, AutogenProperties properties, ResourceLoader resourceLoader) {
    ClassLoader classLoader = resourceLoader.getClassLoader();
    return Autogen.configure()
        .dataSource(dataSource)
        .classLoader(classLoader != null ? classLoader : AutogenAutoConfiguration.class.getClassLoader())
        .locations(properties.getLocations().toArray(String[]::new))
        .versionTable(properties.getVersionTable())
        .lockTimeout(properties.getLockTimeout())
        .transactionPerMigration(properties.isTransactionPerMigration())
        .statementLockTimeout(properties.getStatementLockTimeout())
        .lockRetries(properties.getLockRetries())
        .lockRetryDelay(properties.getLockRetryDelay())
        .reporter(line -> LOG.info("autogen: " + line))
        .load();
  }

  @Bean
  @ConditionalOnMissingBean
  public AutogenMigrationInitializer autogenMigrationInitializer(Autogen autogen, AutogenProperties properties) {
    return new AutogenMigrationInitializer(autogen, properties.getTarget());
  }

  /** The database's revision in {@code /actuator/health}, when the application has Spring Boot's health support. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
  static class HealthConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "autogenHealthIndicator")
    AutogenHealthIndicator autogenHealthIndicator(Autogen autogen) {
      return new AutogenHealthIndicator(autogen);
    }
  }
}
