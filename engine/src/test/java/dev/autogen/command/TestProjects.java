package dev.autogen.command;

import dev.autogen.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** Projects over a test's migrations directory, configured in code rather than by a properties file. */
final class TestProjects {

  private TestProjects() {
  }

  static Project project(Path location, TestDatabase db, Duration lockTimeout) {
    return project(location, db.jdbcUrl(), db.user(), db.password(), lockTimeout);
  }

  static Project project(Path location, String url, String user, String password, Duration lockTimeout) {
    AutogenConfig config = AutogenConfig.builder(location.resolve(ConfigLoader.DEFAULT_FILE), location)
        .url(url).user(user).password(password).lockTimeout(lockTimeout)
        .build();
    return new Project(config, line -> { }, Clock.systemUTC());
  }
}
