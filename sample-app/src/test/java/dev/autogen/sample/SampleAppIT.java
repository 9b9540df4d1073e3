package dev.autogen.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.command.AutogenConfig;
import dev.autogen.command.ConfigLoader;
import dev.autogen.command.Project;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sample app on a database built only by its committed migrations: Hibernate's {@code validate} accepts it, the
 * app works on it, and {@code check} finds no drift between the entities and the migrated database.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class SampleAppIT {

  /** The module directory: failsafe runs with it as the working directory. */
  private static final Path SAMPLE_APP = Path.of("").toAbsolutePath();

  private static final String COMMITTED_HEAD = "5d1c2b9a0e47";

  private final List<String> output = new ArrayList<>();

  @Test
  void committedMigrationsBuildTheSchemaTheAppValidatesAndUses(TestDatabase db) {
    try (Project project = project(db)) {
      project.upgrade("head", output::add);

      assertThat(project.current()).containsExactly(COMMITTED_HEAD + " (head)");
      assertThat(project.check(output::add).differences()).as("drift between entities and migrations").isEmpty();
    }

    try (BlogApplication app = new BlogApplication(db.jdbcUrl(), db.user(), db.password())) {
      long ada = app.register("ada", "ada@example.com", "Ada Lovelace", "Notes on the Analytical Engine");
      app.register("grace", "grace@example.com", "Grace Hopper", "On compilers");

      assertThat(ada).isPositive();
      assertThat(app.postTitles("ada")).containsExactly("Notes on the Analytical Engine");
      assertThat(app.postTitles("grace")).containsExactly("On compilers");
    }
  }

  @Test
  void appRefusesToStartOnceTheMigrationsAreDowngraded(TestDatabase db) {
    try (Project project = project(db)) {
      project.upgrade("head", output::add);
      project.downgrade("base", output::add);

      assertThat(project.current()).isEmpty();
    }

    // validate really runs: without the migrated tables Hibernate will not boot
    assertThatThrownBy(() -> new BlogApplication(db.jdbcUrl(), db.user(), db.password()).close())
        .hasStackTraceContaining("missing table");
  }

  /** The sample app's own autogen.properties, pointed at the test database instead of the embedded one. */
  private Project project(TestDatabase db) {
    AutogenConfig committed = new ConfigLoader(Map.of())
        .load(SAMPLE_APP.resolve("autogen.properties"), ConfigLoader.Overrides.NONE);
    assertThat(committed.scriptLocation()).isEqualTo(SAMPLE_APP.resolve("migrations"));
    assertThat(committed.entityClasspath()).containsExactly(SAMPLE_APP.resolve("target/classes"));
    AutogenConfig config = AutogenConfig.builder(committed.configFile(), committed.scriptLocation())
        .url(db.jdbcUrl()).user(db.user()).password(db.password())
        .entityPackages(committed.entityPackages()).entityClasspath(committed.entityClasspath())
        .versionTable(committed.versionTable()).hibernateSettings(committed.hibernateSettings())
        .build();
    return new Project(config, output::add, Clock.systemUTC());
  }
}
