package dev.autogen.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The package new revision files declare: configured, or named by a source folder's layout, or none. */
class MigrationsPackageTest {

  @TempDir
  Path directory;

  @Test
  void aScriptLocationOutsideASourceFolderGivesTheDefaultPackage() {
    assertThat(load(Map.of()).migrationsPackage()).isEmpty();
    assertThat(load(Map.of("script_location", "db/migrations")).migrationsPackage()).isEmpty();
  }

  @Test
  void versionsUnderSrcMainJavaAreInThePackageTheirPathNames() {
    AutogenConfig config = load(Map.of("script_location", "src/main/java/com/example/db"));

    assertThat(config.migrationsPackage()).isEqualTo("com.example.db.versions");
  }

  @Test
  void theInnermostSourceFolderCounts() {
    assertThat(MigrationsPackage.inferred(directory.resolve("src/main/java/app/src/main/java/org/example/versions")))
        .isEqualTo("org.example.versions");
    assertThat(MigrationsPackage.inferred(directory.resolve("src/main/java/versions"))).isEqualTo("versions");
    assertThat(MigrationsPackage.inferred(directory.resolve("src/test/java/org/example/versions"))).isEmpty();
  }

  @Test
  void aPathThatIsNoPackageNameGivesTheDefaultPackage() {
    assertThat(MigrationsPackage.inferred(directory.resolve("src/main/java/db-migrations/versions"))).isEmpty();
    assertThat(MigrationsPackage.inferred(directory.resolve("src/main/java/com/example/new/versions"))).isEmpty();
  }

  @Test
  void theConfiguredPackageWinsAndAnEmptyOneTurnsInferenceOff() {
    assertThat(load(Map.of("migrations.package", "com.example.db.migration")).migrationsPackage())
        .isEqualTo("com.example.db.migration");
    assertThat(load(Map.of("script_location", "src/main/java/com/example/db", "migrations.package", " "))
        .migrationsPackage()).isEmpty();
    assertThat(load(Map.of("script_location", "src/main/java/com/example/db", "migrations.package", "org.x"))
        .migrationsPackage()).isEqualTo("org.x");
  }

  @Test
  void aConfiguredNameThatIsNoPackageIsAnErrorNamingTheFile() {
    for (String name : List.of("com.example.", "com..example", "com.example.class", "com-example", "1db")) {
      assertThatThrownBy(() -> load(Map.of("migrations.package", name)))
          .as(name)
          .isInstanceOf(AutogenException.class)
          .hasMessage(directory.resolve("autogen.properties") + ": migrations.package '" + name
              + "' is not a Java package name (dot-separated identifiers, no keywords), e.g. com.example.db.versions");
    }
  }

  @Test
  void aBuildToolsClasspathKeepsThePackageAndTheTimeouts() {
    AutogenConfig config = load(Map.of("migrations.package", "com.example.db", "socket_timeout", "7"));

    AutogenConfig replaced = config.withEntityClasspath(List.of(directory.resolve("target/classes")));

    assertThat(replaced.migrationsPackage()).isEqualTo("com.example.db");
    assertThat(replaced.timeouts()).isEqualTo(config.timeouts());
  }

  private AutogenConfig load(Map<String, String> settings) {
    Map<String, String> all = new HashMap<>(settings);
    all.put("url", "embedded");
    return new ConfigLoader(Map.of()).load(directory.resolve("autogen.properties"), all, ConfigLoader.Overrides.NONE);
  }
}
