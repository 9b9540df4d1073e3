package dev.autogen.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderLockTimeoutTest {

  @TempDir
  Path directory;

  private AutogenConfig load(String lines, ConfigLoader.Overrides overrides) throws Exception {
    Path file = Files.writeString(directory.resolve("autogen.properties"), "url = embedded\n" + lines);
    return new ConfigLoader(Map.of()).load(file, overrides);
  }

  @Test
  void waitsAMinuteUnlessToldOtherwise() throws Exception {
    assertThat(load("", ConfigLoader.Overrides.NONE).lockTimeout()).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void readsSecondsFromTheFile() throws Exception {
    assertThat(load("lock_timeout = 5\n", ConfigLoader.Overrides.NONE).lockTimeout()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void theCommandLineWins() throws Exception {
    ConfigLoader.Overrides overrides = new ConfigLoader.Overrides(null, null, Duration.ZERO);

    assertThat(load("lock_timeout = 5\n", overrides).lockTimeout()).isZero();
  }

  @Test
  void rejectsWhatIsNotAWholeNumberOfSeconds() {
    assertThatThrownBy(() -> load("lock_timeout = 1m\n", ConfigLoader.Overrides.NONE))
        .isInstanceOf(AutogenException.class)
        .hasMessageEndingWith("autogen.properties: lock_timeout '1m' is not a whole number of seconds");
  }
}
