package dev.autogen.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.schema.jpa.EntityScanner;
import dev.autogen.schema.jpa.ScannedEntities;
import dev.autogen.schema.jpa.fixtures.Fixture;
import dev.autogen.testing.HibernateExport;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.hibernate.SpringImplicitNamingStrategy;

/**
 * A Spring Boot application's database, created by Hibernate with Spring Boot's naming strategies, matches its
 * entities when autogen's configuration names no strategy: {@code check} finds nothing, rather than every camelCase
 * column renamed. {@code entities.naming = hibernate} reads them with Hibernate's own defaults again.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class SpringBootNamingCheckIT {

  private static final String PACKAGE = Fixture.scenario("springnaming");

  @TempDir
  Path directory;

  @Test
  void aSpringBootApplicationsSchemaMatchesItsEntities(TestDatabase db) throws Exception {
    createAsSpringBootDoes(db);

    assertThat(check(db, Map.of()).differences()).isEmpty();
  }

  @Test
  void hibernateNamingComparesWithHibernatesOwnNames(TestDatabase db) throws Exception {
    createAsSpringBootDoes(db);

    assertThat(check(db, Map.of("entities.naming", "hibernate")).differences())
        .contains("added table 'purchaseorder'", "removed table 'purchase_order'");
  }

  private void createAsSpringBootDoes(TestDatabase db) {
    try (ScannedEntities entities = EntityScanner.scan(List.of(Fixture.classesDirectory()), List.of(PACKAGE))) {
      HibernateExport.create(entities, db, Map.of(
          "hibernate.physical_naming_strategy", "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy",
          "hibernate.implicit_naming_strategy", SpringImplicitNamingStrategy.class.getName()));
    }
  }

  private CheckResult check(TestDatabase db, Map<String, String> extra) throws Exception {
    Files.createDirectories(directory.resolve("migrations/versions"));
    Map<String, String> settings = new TreeMap<>(Map.of(
        "url", db.jdbcUrl(),
        "user", db.user(),
        "password", db.password(),
        "entities.packages", PACKAGE,
        "entities.classpath", Fixture.classesDirectory() + "," + springBootHibernateJar()));
    settings.putAll(extra);
    AutogenConfig config = new ConfigLoader(Map.of())
        .load(directory.resolve("autogen.properties"), settings, ConfigLoader.Overrides.NONE);
    return new Project(config, line -> { }, Clock.systemUTC()).check(line -> { });
  }

  private static Path springBootHibernateJar() throws URISyntaxException {
    return Path.of(SpringImplicitNamingStrategy.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
