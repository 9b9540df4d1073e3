package dev.autogen.command;

import dev.autogen.safety.LintRule;
import dev.autogen.safety.Severity;
import dev.autogen.schema.jpa.EntityNaming;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads {@code autogen.properties}. Values may use {@code ${ENV_VAR}} and {@code ${ENV_VAR:default}}; the environment
 * variables {@code AUTOGEN_URL}, {@code AUTOGEN_USER}, {@code AUTOGEN_PASSWORD} override the file, and command-line
 * overrides win over both. Unknown keys are errors, so a typo never silently disables a setting.
 */
public final class ConfigLoader {

  public static final String DEFAULT_FILE = "autogen.properties";

  static final String SCRIPT_LOCATION = "script_location";
  static final String URL = "url";
  static final String USER = "user";
  static final String PASSWORD = "password";
  static final String ENTITY_PACKAGES = "entities.packages";
  static final String ENTITY_CLASSPATH = "entities.classpath";
  static final String VERSION_TABLE = "version_table";
  static final String LOCK_TIMEOUT = "lock_timeout";
  static final String INCLUDE_SCHEMAS = "include.schemas";
  static final String EXCLUDE_TABLES = "exclude.tables";
  static final String TRANSACTION_PER_MIGRATION = "transaction_per_migration";
  static final String CONNECT_TIMEOUT = "connect_timeout";
  static final String LOGIN_TIMEOUT = "login_timeout";
  static final String SOCKET_TIMEOUT = "socket_timeout";
  static final String AUTOGENERATE_OFFLINE = "autogenerate.offline";
  static final String REVISION_SAFE = "revision.safe";
  static final String AUTOGENERATE_SHADOW = "autogenerate.shadow";
  static final String SHADOW_URL = "shadow.url";

  private static final String LINT_RULE = "lint.rule.";
  static final Set<String> KEYS = Set.of(SCRIPT_LOCATION, URL, USER, PASSWORD, ENTITY_PACKAGES,
      ENTITY_CLASSPATH, VERSION_TABLE, LOCK_TIMEOUT, INCLUDE_SCHEMAS, EXCLUDE_TABLES,
      TRANSACTION_PER_MIGRATION, CONNECT_TIMEOUT, LOGIN_TIMEOUT, SOCKET_TIMEOUT, MigrationsPackage.KEY,
      AUTOGENERATE_OFFLINE, AUTOGENERATE_SHADOW, SHADOW_URL, EntityNaming.KEY, LockRetrySettings.LOCK_TIMEOUT,
      LockRetrySettings.LOCK_RETRIES, LockRetrySettings.LOCK_RETRY_DELAY, REVISION_SAFE);
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_.]*)(?::([^}]*))?}");

  private final Map<String, String> environment;
  private final SettingNames names;

  public ConfigLoader(Map<String, String> environment) {
    this(environment, SettingNames.PROPERTIES_FILE);
  }

  /** @param names how the front end names the settings: its errors use them, and only its keys are accepted */
  public ConfigLoader(Map<String, String> environment, SettingNames names) {
    this.environment = Map.copyOf(environment);
    this.names = names;
  }

  /** Values given on the command line; {@code null} means not given. */
  public record Overrides(String url, String user, Duration lockTimeout) {
    public static final Overrides NONE = new Overrides(null, null, null);

    public Overrides(String url, String user) {
      this(url, user, null);
    }
  }

  public AutogenConfig load(Path file, Overrides overrides) {
    Path configFile = file.toAbsolutePath().normalize();
    if (!Files.isRegularFile(configFile)) {
      throw new AutogenException("config file '" + file + "' not found; run 'autogen init migrations' to create one,"
          + " or point at another with -c FILE");
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new AutogenException("cannot read config file '" + file + "': " + e.getMessage(), e);
    }
    Map<String, String> settings = new TreeMap<>();
    properties.stringPropertyNames().forEach(key -> settings.put(key, properties.getProperty(key)));
    return load(file, settings, overrides);
  }

  /**
   * Settings given as the file's keys and values rather than read from a file (a build tool's configuration):
   * {@code file} names them in errors, relative paths and {@code .autogen/} are resolved against its directory, and
   * it need not exist. Environment variables and {@code overrides} apply as for a file.
   */
  public AutogenConfig load(Path file, Map<String, String> settings, Overrides overrides) {
    Path configFile = file.toAbsolutePath().normalize();
    Map<String, String> values = new TreeMap<>();
    Map<String, String> hibernate = new TreeMap<>();
    Map<String, String> lintRules = new TreeMap<>();
    for (String key : new TreeMap<>(settings).keySet()) {
      String value = interpolate(file, key, settings.get(key).trim());
      if (key.startsWith("hibernate.") || key.startsWith("jakarta.persistence.")) {
        hibernate.put(key, value);
      } else if (key.startsWith(LINT_RULE)) {
        lintRules.put(lintRule(file, key, value), value.toLowerCase(java.util.Locale.ROOT));
      } else if (names.keys().contains(key)) {
        values.put(key, value);
      } else {
        throw new AutogenException(file + ": unknown key '" + key + "'; known keys are " + names.knownKeys()
            + ", lint.rule.<name> and hibernate.*");
      }
    }
    Path baseDirectory = configFile.getParent();
    String url = firstOf(overrides.url(), environment.get("AUTOGEN_URL"), values.get(URL));
    if (url == null || url.isBlank()) {
      throw new AutogenException(file + ": no database url; set 'url' (a JDBC URL, or 'embedded') or AUTOGEN_URL");
    }
    if (!url.equalsIgnoreCase(AutogenConfig.EMBEDDED) && !url.startsWith("jdbc:postgresql:")) {
      throw new AutogenException(file + ": url '" + JdbcUrls.redact(url)
          + "' is not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database) nor 'embedded'");
    }
    String versionTable = values.getOrDefault(VERSION_TABLE, "autogen_version");
    if (!versionTable.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new AutogenException(file + ": version_table '" + versionTable + "' is not a plain table name");
    }
    Path scriptLocation =
        resolve(file, baseDirectory, values.getOrDefault(SCRIPT_LOCATION, "migrations"), SCRIPT_LOCATION);
    return AutogenConfig.builder(configFile, scriptLocation)
        .url(url)
        .user(firstOf(overrides.user(), environment.get("AUTOGEN_USER"), values.get(USER)))
        .password(firstOf(environment.get("AUTOGEN_PASSWORD"), values.get(PASSWORD)))
        .entityPackages(split(values.get(ENTITY_PACKAGES)))
        .entityClasspath(classpath(file, baseDirectory, values.get(ENTITY_CLASSPATH)))
        .versionTable(versionTable)
        .hibernateSettings(hibernate)
        .lockTimeout(
            overrides.lockTimeout() != null ? overrides.lockTimeout() : lockTimeout(file, values.get(LOCK_TIMEOUT)))
        .includeSchemas(split(values.get(INCLUDE_SCHEMAS)))
        .excludeTables(split(values.get(EXCLUDE_TABLES)))
        .transactionPerMigration(transactionPerMigration(file, values.get(TRANSACTION_PER_MIGRATION)))
        .timeouts(timeouts(file, values))
        .migrationsPackage(
            MigrationsPackage.resolve(file, values.get(MigrationsPackage.KEY), scriptLocation.resolve("versions")))
        .offlineAutogenerate(flag(file, AUTOGENERATE_OFFLINE, values.get(AUTOGENERATE_OFFLINE), false))
        .offlineShadow(flag(file, AUTOGENERATE_SHADOW, values.get(AUTOGENERATE_SHADOW), false))
        .shadowUrl(shadowUrl(file, values.get(SHADOW_URL)))
        .lintRules(lintRules)
        .settingNames(names)
        .entityNaming(entityNaming(file, values.get(EntityNaming.KEY)))
        .lockRetries(LockRetrySettings.parse(file, values))
        .revisionSafe(flag(file, REVISION_SAFE, values.get(REVISION_SAFE), false))
        .build();
  }

  private static String shadowUrl(Path file, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (!value.startsWith("jdbc:postgresql:")) {
      throw new AutogenException(file + ": " + SHADOW_URL + " '" + JdbcUrls.redact(value)
          + "' is not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database)");
    }
    return value;
  }

  /** The rule a {@code lint.rule.<name>} key names, checked with its severity. */
  private static String lintRule(Path file, String key, String value) {
    String name = key.substring(LINT_RULE.length());
    if (LintRule.named(name) == null) {
      throw new AutogenException(file + ": unknown lint rule '" + name + "' in '" + key + "'; known rules are "
          + Arrays.stream(LintRule.values()).map(LintRule::ruleName).toList());
    }
    try {
      Severity.parse(value);
    } catch (IllegalArgumentException e) {
      throw new AutogenException(file + ": " + key + ": " + e.getMessage());
    }
    return name;
  }

  private static EntityNaming entityNaming(Path file, String value) {
    if (value == null) {
      return EntityNaming.AUTO;
    }
    EntityNaming naming = EntityNaming.parse(value);
    if (naming == null) {
      throw new AutogenException(file + ": " + EntityNaming.KEY + " '" + value
          + "' is none of spring, hibernate, auto");
    }
    return naming;
  }

  private static ConnectionTimeouts timeouts(Path file, Map<String, String> values) {
    ConnectionTimeouts defaults = ConnectionTimeouts.DEFAULT;
    return new ConnectionTimeouts(
        seconds(file, CONNECT_TIMEOUT, values.get(CONNECT_TIMEOUT), defaults.connect()),
        seconds(file, LOGIN_TIMEOUT, values.get(LOGIN_TIMEOUT), defaults.login()),
        seconds(file, SOCKET_TIMEOUT, values.get(SOCKET_TIMEOUT), defaults.socket()));
  }

  private static boolean flag(Path file, String key, String value, boolean unset) {
    if (value == null) {
      return unset;
    }
    if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(value);
    }
    throw new AutogenException(file + ": " + key + " '" + value + "' is neither true nor false");
  }

  private static boolean transactionPerMigration(Path file, String value) {
    if (value == null || value.equalsIgnoreCase("true")) {
      return true;
    }
    if (value.equalsIgnoreCase("false")) {
      return false;
    }
    throw new AutogenException(file + ": transaction_per_migration '" + value + "' is neither true nor false");
  }

  private static Duration lockTimeout(Path file, String seconds) {
    return seconds(file, LOCK_TIMEOUT, seconds, AutogenConfig.DEFAULT_LOCK_TIMEOUT);
  }

  private static Duration seconds(Path file, String key, String seconds, Duration fallback) {
    if (seconds == null) {
      return fallback;
    }
    if (!seconds.matches("\\d{1,9}")) {
      throw new AutogenException(file + ": " + key + " '" + seconds + "' is not a whole number of seconds");
    }
    return Duration.ofSeconds(Long.parseLong(seconds));
  }

  private String interpolate(Path file, String key, String value) {
    Matcher matcher = PLACEHOLDER.matcher(value);
    StringBuilder result = new StringBuilder();
    while (matcher.find()) {
      String variable = matcher.group(1);
      String replacement = environment.get(variable);
      if (replacement == null) {
        replacement = matcher.group(2);
      }
      if (replacement == null) {
        throw new AutogenException(file + ": '" + key + "' uses ${" + variable
            + "}, which is not set; set it or give a default as ${" + variable + ":value}");
      }
      matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(result);
    return result.toString();
  }

  private static Path resolve(Path file, Path baseDirectory, String path, String key) {
    try {
      return baseDirectory.resolve(path).normalize();
    } catch (InvalidPathException e) {
      throw new AutogenException(file + ": '" + key + "' holds an invalid path '" + path + "'", e);
    }
  }

  private static List<String> split(String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** Entries separated by commas or the platform's path separator; {@code dir/*} stands for every jar in dir. */
  private static List<Path> classpath(Path file, Path baseDirectory, String value) {
    List<Path> entries = new ArrayList<>();
    for (String part : split(value == null ? null : value.replace(File.pathSeparatorChar, ','))) {
      if (part.endsWith("/*") || part.endsWith("\\*")) {
        Path directory = resolve(file, baseDirectory, part.substring(0, part.length() - 2), ENTITY_CLASSPATH);
        try (Stream<Path> jars = Files.list(directory)) {
          jars.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(entries::add);
        } catch (IOException e) {
          throw new AutogenException(file + ": entities.classpath entry '" + part + "': cannot list " + directory, e);
        }
      } else {
        entries.add(resolve(file, baseDirectory, part, ENTITY_CLASSPATH));
      }
    }
    return entries;
  }

  private static String firstOf(String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null && !candidate.isEmpty()) {
        return candidate;
      }
    }
    return null;
  }
}
