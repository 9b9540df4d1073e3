package dev.autogen.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code revision.safe}: off unless set, a boolean, kept by derived settings. */
class ConfigLoaderRevisionSafeTest {

  private static final Path FILE = Path.of("autogen.properties");

  private static AutogenConfig load(Map<String, String> settings) {
    return new ConfigLoader(Map.of()).load(FILE, settings, new ConfigLoader.Overrides(null, null));
  }

  @Test
  void offUnlessSetAndKeptByDerivedSettings() {
    assertThat(load(Map.of("url", "embedded")).revisionSafe()).isFalse();
    AutogenConfig safe = load(Map.of("url", "embedded", "revision.safe", "true"));
    assertThat(safe.revisionSafe()).isTrue();
    assertThat(safe.withEntityClasspath(List.of()).revisionSafe()).isTrue();
    assertThat(safe.withOfflineAutogenerate(true).revisionSafe()).isTrue();
    assertThat(safe.toString()).contains("revisionSafe=true");
  }

  @Test
  void anythingButABooleanIsAnErrorNamingTheKey() {
    assertThatThrownBy(() -> load(Map.of("url", "embedded", "revision.safe", "always")))
        .isInstanceOf(AutogenException.class)
        .hasMessageStartingWith("autogen.properties: ")
        .hasMessageContaining("revision.safe");
  }
}
