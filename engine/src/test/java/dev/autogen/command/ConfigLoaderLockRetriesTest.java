package dev.autogen.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.runtime.LockRetryPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code migration.lock_*} keys: off unless set, durations with units, retries only with a timeout. */
class ConfigLoaderLockRetriesTest {

  @TempDir
  Path directory;

  private LockRetryPolicy load(String lines) throws Exception {
    Path file = Files.writeString(directory.resolve("autogen.properties"), "url = embedded\n" + lines);
    return new ConfigLoader(Map.of()).load(file, ConfigLoader.Overrides.NONE).lockRetries();
  }

  @Test
  void offUnlessSet() throws Exception {
    assertThat(load("")).isEqualTo(LockRetryPolicy.OFF);
    assertThat(load("migration.lock_timeout = off\n")).isEqualTo(LockRetryPolicy.OFF);
  }

  @Test
  void readsDurationsWithUnitsAndBareSeconds() throws Exception {
    assertThat(load("migration.lock_timeout = 5s\nmigration.lock_retries = 4\nmigration.lock_retry_delay = 250ms\n"))
        .isEqualTo(new LockRetryPolicy(Duration.ofSeconds(5), 4, Duration.ofMillis(250)));
    assertThat(load("migration.lock_timeout = 2\n").statementLockTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(load("migration.lock_timeout = 1min\n").statementLockTimeout()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void badValuesAreOneLineNamingTheKey() {
    assertThatThrownBy(() -> load("migration.lock_timeout = soon\n"))
        .isInstanceOf(AutogenException.class)
        .hasMessageEndingWith("autogen.properties: migration.lock_timeout 'soon' is not a duration such as 5s, 500ms"
            + " or 2min");
    assertThatThrownBy(() -> load("migration.lock_timeout = 0s\n"))
        .hasMessageContaining("migration.lock_timeout '0s' must be positive");
    assertThatThrownBy(() -> load("migration.lock_retries = 3\n"))
        .hasMessageContaining("migration.lock_retries needs migration.lock_timeout");
    assertThatThrownBy(() -> load("migration.lock_timeout = 5s\nmigration.lock_retries = -1\n"))
        .hasMessageContaining("migration.lock_retries '-1' is not a whole number from 0");
  }

  @Test
  void aFrontEndsOptionsOverrideTheKeys() throws Exception {
    LockRetryPolicy configured = load("migration.lock_timeout = 5s\nmigration.lock_retries = 4\n");
    assertThat(LockRetrySettings.override(configured, "command line", "500ms", null))
        .isEqualTo(new LockRetryPolicy(Duration.ofMillis(500), 4, Duration.ofSeconds(1)));
    assertThat(LockRetrySettings.override(configured, "command line", "off", 0)).isEqualTo(LockRetryPolicy.OFF);
  }
}
