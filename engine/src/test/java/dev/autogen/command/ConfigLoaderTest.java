package dev.autogen.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.introspect.IntrospectionFilter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  @TempDir
  Path directory;

  private Path write(String... lines) throws Exception {
    Path file = directory.resolve("autogen.properties");
    Files.write(file, List.of(lines));
    return file;
  }

  private static AutogenConfig load(Path file, Map<String, String> environment, ConfigLoader.Overrides overrides) {
    return new ConfigLoader(environment).load(file, overrides);
  }

  @Test
  void readsEveryKeyWithDefaultsAndPathsRelativeToTheFile() throws Exception {
    Path file = write(
        "url = jdbc:postgresql://localhost:5432/vachan_db",
        "user = postgres",
        "password = secret",
        "entities.packages = com.example.model, com.example.more",
        "entities.classpath = target/classes",
        "hibernate.physical_naming_strategy = org.example.Naming");

    AutogenConfig config = load(file, Map.of(), ConfigLoader.Overrides.NONE);

    assertThat(config.scriptLocation()).isEqualTo(directory.resolve("migrations"));
    assertThat(config.url()).isEqualTo("jdbc:postgresql://localhost:5432/vachan_db");
    assertThat(config.user()).isEqualTo("postgres");
    assertThat(config.password()).isEqualTo("secret");
    assertThat(config.entityPackages()).containsExactly("com.example.model", "com.example.more");
    assertThat(config.entityClasspath()).containsExactly(directory.resolve("target/classes"));
    assertThat(config.versionTable()).isEqualTo("autogen_version");
    assertThat(config.hibernateSettings()).containsExactly(
        Map.entry("hibernate.physical_naming_strategy", "org.example.Naming"));
    assertThat(config.embedded()).isFalse();
    assertThat(config.entitiesConfigured()).isTrue();
  }

  @Test
  void schemaAndTableFiltersDefaultToTheCurrentSchemaAndNoExclusions() throws Exception {
    AutogenConfig defaults = load(write("url = embedded"), Map.of(), ConfigLoader.Overrides.NONE);

    assertThat(defaults.includeSchemas()).isEmpty();
    assertThat(defaults.excludeTables()).isEmpty();
    assertThat(defaults.introspectionFilter().readsCurrentSchema()).isTrue();
    assertThat(defaults.introspectionFilter().excludedTables())
        .containsExactly("autogen_version", "autogen_version_history");
  }

  @Test
  void transactionPerMigrationIsOnUnlessTurnedOff() throws Exception {
    assertThat(load(write("url = embedded"), Map.of(), ConfigLoader.Overrides.NONE).transactionPerMigration())
        .isTrue();
    assertThat(load(write("url = embedded", "transaction_per_migration = false"), Map.of(),
        ConfigLoader.Overrides.NONE).transactionPerMigration()).isFalse();

    Path typo = write("url = embedded", "transaction_per_migration = no");
    assertThatThrownBy(() -> load(typo, Map.of(), ConfigLoader.Overrides.NONE))
        .isInstanceOf(AutogenException.class)
        .hasMessage(typo + ": transaction_per_migration 'no' is neither true nor false");
  }

  @Test
  void readsSchemaAndTableFiltersAsCommaLists() throws Exception {
    Path file = write("url = embedded", "version_table = schema_history",
        "include.schemas = public, app ,billing", "exclude.tables = flyway_*,legacy.*");

    AutogenConfig config = load(file, Map.of(), ConfigLoader.Overrides.NONE);

    assertThat(config.includeSchemas()).containsExactly("public", "app", "billing");
    assertThat(config.excludeTables()).containsExactly("flyway_*", "legacy.*");
    IntrospectionFilter filter = config.introspectionFilter();
    assertThat(filter.schemas()).containsExactly("public", "app", "billing");
    assertThat(filter.readsCurrentSchema()).isFalse();
    assertThat(filter.excludedTables())
        .containsExactly("autogen_version", "autogen_version_history", "flyway_*", "legacy.*", "schema_history",
            "schema_history_history");
  }

  @Test
  void interpolatesEnvironmentVariablesWithAndWithoutDefaults() throws Exception {
    Path file = write("url = ${DB_URL}", "user = ${DB_USER:postgres}", "password = ${DB_PASSWORD:}");

    AutogenConfig config = load(file, Map.of("DB_URL", "jdbc:postgresql://db/app"), ConfigLoader.Overrides.NONE);

    assertThat(config.url()).isEqualTo("jdbc:postgresql://db/app");
    assertThat(config.user()).isEqualTo("postgres");
    assertThat(config.password()).isNull();
  }

  @Test
  void environmentOverridesTheFileAndTheCommandLineOverridesBoth() throws Exception {
    Path file = write("url = jdbc:postgresql://file/db", "user = fileuser", "password = filepassword");
    Map<String, String> environment = Map.of(
        "AUTOGEN_URL", "jdbc:postgresql://env/db", "AUTOGEN_USER", "envuser", "AUTOGEN_PASSWORD", "envpassword");

    AutogenConfig fromEnvironment = load(file, environment, ConfigLoader.Overrides.NONE);
    AutogenConfig fromOptions = load(file, environment, new ConfigLoader.Overrides("embedded", "optionuser"));

    assertThat(fromEnvironment.url()).isEqualTo("jdbc:postgresql://env/db");
    assertThat(fromEnvironment.user()).isEqualTo("envuser");
    assertThat(fromEnvironment.password()).isEqualTo("envpassword");
    assertThat(fromOptions.url()).isEqualTo("embedded");
    assertThat(fromOptions.embedded()).isTrue();
    assertThat(fromOptions.user()).isEqualTo("optionuser");
    assertThat(fromOptions.embeddedDataDirectory()).isEqualTo(directory.resolve(".autogen/pgdata"));
  }

  @Test
  void aDirectoryWildcardOnTheClasspathStandsForItsJars() throws Exception {
    Path lib = Files.createDirectories(directory.resolve("lib"));
    Files.createFile(lib.resolve("b.jar"));
    Files.createFile(lib.resolve("a.jar"));
    Files.createFile(lib.resolve("notes.txt"));
    Path file = write("url = embedded", "entities.classpath = target/classes, lib/*");

    AutogenConfig config = load(file, Map.of(), ConfigLoader.Overrides.NONE);

    assertThat(config.entityClasspath())
        .containsExactly(directory.resolve("target/classes"), lib.resolve("a.jar"), lib.resolve("b.jar"));
  }

  @Test
  void rejectsMistakesWithOneLineNamingTheFileAndKey() throws Exception {
    Path typo = write("url = embedded", "entity.packages = com.example");
    assertThatThrownBy(() -> load(typo, Map.of(), ConfigLoader.Overrides.NONE))
        .isInstanceOf(AutogenException.class)
        .hasMessageStartingWith(typo + ": unknown key 'entity.packages'");

    Path unset = write("url = ${NOT_SET_ANYWHERE}");
    assertThatThrownBy(() -> load(unset, Map.of(), ConfigLoader.Overrides.NONE))
        .hasMessage(unset + ": 'url' uses ${NOT_SET_ANYWHERE}, which is not set; set it or give a default as"
            + " ${NOT_SET_ANYWHERE:value}");

    Path mysql = write("url = jdbc:mysql://user:pw@localhost/db");
    assertThatThrownBy(() -> load(mysql, Map.of(), ConfigLoader.Overrides.NONE))
        .hasMessageContaining("is not a PostgreSQL JDBC URL")
        .hasMessageNotContaining("pw@");

    Path none = write("user = postgres");
    assertThatThrownBy(() -> load(none, Map.of(), ConfigLoader.Overrides.NONE))
        .hasMessageContaining("no database url");

    assertThatThrownBy(() -> load(directory.resolve("missing.properties"), Map.of(), ConfigLoader.Overrides.NONE))
        .hasMessageContaining("missing.properties' not found");
  }

  @Test
  void neverShowsThePassword() throws Exception {
    Path file = write("url = jdbc:postgresql://localhost/db?password=hunter2", "password = hunter2");

    AutogenConfig config = load(file, Map.of(), ConfigLoader.Overrides.NONE);

    assertThat(config.toString()).doesNotContain("hunter2").contains("password=****");
    assertThat(JdbcUrls.redact("jdbc:postgresql://bob:hunter2@localhost/db")).isEqualTo(
        "jdbc:postgresql://bob:****@localhost/db");
  }
}
