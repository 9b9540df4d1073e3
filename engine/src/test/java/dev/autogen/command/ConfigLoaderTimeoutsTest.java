package dev.autogen.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTimeoutsTest {

  @TempDir
  Path directory;

  private AutogenConfig load(String lines) throws Exception {
    Path file = Files.writeString(directory.resolve("autogen.properties"), "url = embedded\n" + lines);
    return new ConfigLoader(Map.of()).load(file, ConfigLoader.Overrides.NONE);
  }

  @Test
  void boundEveryWaitForTheServerByDefault() throws Exception {
    assertThat(load("").timeouts()).isEqualTo(new ConnectionTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(30),
        Duration.ofSeconds(300)));
  }

  @Test
  void readSecondsFromTheFileWithZeroForNoLimit() throws Exception {
    assertThat(load("connect_timeout = 2\nlogin_timeout = 0\nsocket_timeout = 7\n").timeouts())
        .isEqualTo(new ConnectionTimeouts(Duration.ofSeconds(2), Duration.ZERO, Duration.ofSeconds(7)));
  }

  @Test
  void refuseWhatIsNoWholeNumberOfSeconds() {
    assertThatThrownBy(() -> load("login_timeout = -1\n")).isInstanceOf(AutogenException.class)
        .hasMessageEndingWith(": login_timeout '-1' is not a whole number of seconds");
  }

  @Test
  void pgjdbcGetsWholeSecondsAndAFractionNeverBecomesNoLimit() {
    assertThat(ConnectionTimeouts.seconds(Duration.ofSeconds(30))).isEqualTo("30");
    assertThat(ConnectionTimeouts.seconds(Duration.ofMillis(1500))).isEqualTo("2");
    assertThat(ConnectionTimeouts.seconds(Duration.ofMillis(1))).isEqualTo("1");
    assertThat(ConnectionTimeouts.seconds(Duration.ZERO)).isEqualTo("0");
  }
}
