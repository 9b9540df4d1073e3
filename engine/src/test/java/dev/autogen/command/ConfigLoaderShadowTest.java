package dev.autogen.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shadow.url} and {@code autogenerate.shadow}: where a shadow database is made, and when it is used. */
class ConfigLoaderShadowTest {

  @TempDir
  Path directory;

  @Test
  void shadowDefaultsToTheEmbeddedPostgresAndOnlyWhenReplayCannotDo() {
    AutogenConfig config = load(Map.of("url", "embedded"));

    assertThat(config.shadowUrl()).isNull();
    assertThat(config.offlineShadow()).isFalse();
  }

  @Test
  void shadowSettingsAreReadAndKeptByDerivedConfigs() {
    AutogenConfig config = load(Map.of("url", "embedded", "autogenerate.shadow", "true",
        "shadow.url", "jdbc:postgresql://localhost/postgres?user=dev&password=s3cret"));

    assertThat(config.offlineShadow()).isTrue();
    assertThat(config.shadowUrl()).isEqualTo("jdbc:postgresql://localhost/postgres?user=dev&password=s3cret");
    assertThat(config.withOfflineAutogenerate(true).shadowUrl()).isEqualTo(config.shadowUrl());
    assertThat(config.toString()).contains("shadowUrl=jdbc:postgresql://localhost/postgres")
        .doesNotContain("s3cret");
  }

  @Test
  void shadowUrlThatIsNoPostgresUrlIsAnErrorNamingTheFile() {
    Path file = directory.resolve("autogen.properties");

    assertThatThrownBy(() -> load(Map.of("url", "embedded", "shadow.url", "jdbc:mysql://localhost/x")))
        .isInstanceOf(AutogenException.class)
        .hasMessage(file + ": shadow.url 'jdbc:mysql://localhost/x' is not a PostgreSQL JDBC URL"
            + " (jdbc:postgresql://host:port/database)");
  }

  @Test
  void autogenerateShadowMustBeTrueOrFalse() {
    assertThatThrownBy(() -> load(Map.of("url", "embedded", "autogenerate.shadow", "always")))
        .isInstanceOf(AutogenException.class)
        .hasMessageEndingWith("autogenerate.shadow 'always' is neither true nor false");
  }

  private AutogenConfig load(Map<String, String> settings) {
    return new ConfigLoader(Map.of()).load(directory.resolve("autogen.properties"), settings,
        ConfigLoader.Overrides.NONE);
  }
}
