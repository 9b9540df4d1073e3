package dev.autogen.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.schema.jpa.EntityNaming;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings handed over as keys and values (a build tool's configuration) rather than read from a file. */
class ConfigLoaderSettingsTest {

  @TempDir
  Path directory;

  @Test
  void settingsNeedNoFileAndResolvePathsAgainstItsDirectory() {
    Path pom = directory.resolve("pom.xml");

    AutogenConfig config = new ConfigLoader(Map.of()).load(pom,
        Map.of("url", "embedded", "script_location", "db/migrations", "entities.packages", "com.example"),
        ConfigLoader.Overrides.NONE);

    assertThat(config.embedded()).isTrue();
    assertThat(config.scriptLocation()).isEqualTo(directory.resolve("db/migrations"));
    assertThat(config.embeddedDataDirectory()).isEqualTo(directory.resolve(".autogen/pgdata"));
    assertThat(config.entityPackages()).containsExactly("com.example");
  }

  @Test
  void unknownKeysInSettingsAreErrorsNamingTheSource() {
    Path pom = directory.resolve("pom.xml");

    assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(pom, Map.of("url", "embedded", "urll", "x"),
        ConfigLoader.Overrides.NONE))
        .isInstanceOf(AutogenException.class)
        .hasMessageStartingWith(pom + ": unknown key 'urll'");
  }

  @Test
  void entityNamingDefaultsToAutoAndIsKeptWithAnotherClasspath() {
    Path pom = directory.resolve("pom.xml");

    AutogenConfig auto = new ConfigLoader(Map.of()).load(pom, Map.of("url", "embedded"), ConfigLoader.Overrides.NONE);
    AutogenConfig hibernate = new ConfigLoader(Map.of()).load(pom,
        Map.of("url", "embedded", "entities.naming", "hibernate"), ConfigLoader.Overrides.NONE);

    assertThat(auto.entityNaming()).isEqualTo(EntityNaming.AUTO);
    assertThat(hibernate.entityNaming()).isEqualTo(EntityNaming.HIBERNATE);
    assertThat(hibernate.withEntityClasspath(List.of(directory)).entityNaming()).isEqualTo(EntityNaming.HIBERNATE);
    assertThat(hibernate.withOfflineAutogenerate(true).entityNaming()).isEqualTo(EntityNaming.HIBERNATE);
  }

  @Test
  void anUnknownEntityNamingIsAnErrorNamingTheSource() {
    Path pom = directory.resolve("pom.xml");

    assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(pom,
        Map.of("url", "embedded", "entities.naming", "boot"), ConfigLoader.Overrides.NONE))
        .isInstanceOf(AutogenException.class)
        .hasMessage(pom + ": entities.naming 'boot' is none of spring, hibernate, auto");
  }

  @Test
  void theEntityClasspathCanBeReplacedByABuildToolsOwn() {
    AutogenConfig config = new ConfigLoader(Map.of()).load(directory.resolve("pom.xml"),
        Map.of("url", "embedded", "entities.classpath", "lib"), ConfigLoader.Overrides.NONE);

    AutogenConfig replaced = config.withEntityClasspath(List.of(directory.resolve("target/classes")));

    assertThat(replaced.entityClasspath()).containsExactly(directory.resolve("target/classes"));
    assertThat(replaced.withEntityClasspath(config.entityClasspath())).isEqualTo(config);
  }

  @Test
  void aFrontEndsNamesListItsKeysAndRefuseTheOthers() {
    SettingNames build = new SettingNames("<entityPackages>", "-Dautogen.autogenerate", null, Set.of("url", "user"));
    Path pom = directory.resolve("pom.xml");

    assertThatThrownBy(() -> new ConfigLoader(Map.of(), build).load(pom,
        Map.of("url", "embedded", "entities.classpath", "lib"), ConfigLoader.Overrides.NONE))
        .isInstanceOf(AutogenException.class)
        .hasMessage(pom + ": unknown key 'entities.classpath'; known keys are [url, user], lint.rule.<name> and"
            + " hibernate.*");
    assertThat(new ConfigLoader(Map.of(), build).load(pom, Map.of("url", "embedded"), ConfigLoader.Overrides.NONE)
        .settingNames()).isEqualTo(build);
  }

  /** The Maven plugin replaces the class path: the timeouts of the settings must survive it. */
  @Test
  void replacingTheEntityClasspathKeepsTheTimeoutsAndNames() {
    SettingNames build = new SettingNames("<entityPackages>", "-Dautogen.autogenerate", null,
        SettingNames.PROPERTIES_FILE.keys());
    AutogenConfig config = new ConfigLoader(Map.of(), build).load(directory.resolve("pom.xml"),
        Map.of("url", "embedded", "connect_timeout", "3", "socket_timeout", "7"), ConfigLoader.Overrides.NONE);

    AutogenConfig replaced = config.withEntityClasspath(List.of(directory.resolve("target/classes")));

    assertThat(replaced.timeouts()).isEqualTo(config.timeouts());
    assertThat(replaced.timeouts()).isNotEqualTo(ConnectionTimeouts.DEFAULT);
    assertThat(replaced.settingNames()).isEqualTo(build);
  }
}
