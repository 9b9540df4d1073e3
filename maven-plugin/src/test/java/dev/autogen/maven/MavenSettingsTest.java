package dev.autogen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MavenSettingsTest {

  private static Properties properties(String... keysAndValues) {
    Properties properties = new Properties();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
    }
    return properties;
  }

  @Test
  void commandLineWinsOverConfigurationOverPomPropertiesOverTheFile() {
    Map<String, String> configuration = new HashMap<>();
    configuration.put("url", "jdbc:postgresql://configuration/db");
    configuration.put("version_table", "from_configuration");
    configuration.put("user", null);

    Map<String, String> merged = new MavenSettings()
        .fromFile(Map.of("url", "jdbc:postgresql://file/db", "user", "file_user", "script_location", "db",
            "version_table", "from_file", "lock_timeout", "5"))
        .fromPomProperties(properties("autogen.user", "pom_user", "autogen.lock_timeout", "7"))
        .fromConfiguration(configuration)
        .fromProperties(properties("autogen.url", "embedded"))
        .merged();

    assertThat(merged).containsOnly(
        Map.entry("url", "embedded"),
        Map.entry("user", "pom_user"),
        Map.entry("script_location", "db"),
        Map.entry("version_table", "from_configuration"),
        Map.entry("lock_timeout", "7"));
  }

  @Test
  void goalParametersAndOtherPropertiesAreNotSettings() {
    Map<String, String> merged = new MavenSettings()
        .fromProperties(properties("autogen.message", "add phone_number", "autogen.target", "head",
            "autogen.skip", "true", "maven.compiler.release", "17", "autogen.hibernate.default_schema", "app"))
        .merged();

    assertThat(merged).containsOnly(Map.entry("hibernate.default_schema", "app"));
  }

  @Test
  void theFilesEntityClasspathIsLeftToTheCommandLine() {
    Map<String, String> merged = new MavenSettings()
        .fromFile(Map.of("url", "embedded", "entities.classpath", "target/classes"))
        .merged();

    assertThat(merged).containsOnly(Map.entry("url", "embedded"));
  }

  @Test
  void aMistypedSettingReachesTheLoaderToBeReported() {
    Map<String, String> merged = new MavenSettings().fromProperties(properties("autogen.ulr", "embedded")).merged();

    assertThat(merged).containsOnly(Map.entry("ulr", "embedded"));
  }

  /** The build's class path is the entities' class path: an entities.classpath setting is a mistake here. */
  @Test
  void theNamesMavenUsersReadHaveNoEntityClasspathNorTargetUrl() {
    assertThat(MavenSettings.NAMES.keys()).contains("url", "entities.packages").doesNotContain("entities.classpath");
    assertThat(MavenSettings.NAMES.entities()).contains("<entityPackages>").doesNotContain("classpath");
    assertThat(MavenSettings.NAMES.targetDatabase()).isNull();
  }

  /** A parent's autogen.cds.skip or a user's autogen.version is no setting: the POM shares its properties. */
  @Test
  void pomPropertiesThatAreNoSettingsAreLeftAloneButCommandLineOnesAreNot() {
    Properties pom = properties("autogen.version", "0.1.0", "autogen.cds.skip", "true", "autogen.url", "embedded",
        "autogen.hibernate.default_schema", "app", "autogen.entities.classpath", "lib");

    assertThat(new MavenSettings().fromPomProperties(pom).merged())
        .containsOnly(Map.entry("url", "embedded"), Map.entry("hibernate.default_schema", "app"));
    assertThat(new MavenSettings().fromProperties(properties("autogen.version", "0.1.0")).merged())
        .containsOnly(Map.entry("version", "0.1.0"));
  }
}
