package dev.autogen.command;

import dev.autogen.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Projects over a test's migrations directory, configured in code rather than by a properties file. */
final class TestProjects {

  private TestProjects() {
  }

  static Project project(Path location, TestDatabase db, Duration lockTimeout) {
    return project(location, db.jdbcUrl(), db.user(), db.password(), lockTimeout);
  }

  static Project project(Path location, String url, String user, String password, Duration lockTimeout) {
    AutogenConfig config = new AutogenConfig(location.resolve(ConfigLoader.DEFAULT_FILE), location, url, user,
        password, List.of(), List.of(), "autogen_version", Map.of(), lockTimeout);
    return new Project(config, line -> { }, Clock.systemUTC());
  }
}
