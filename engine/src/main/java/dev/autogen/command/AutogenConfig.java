package dev.autogen.command;

import dev.autogen.introspect.IntrospectionFilter;
import dev.autogen.runtime.HistoryTable;
import dev.autogen.runtime.LockRetryPolicy;
import dev.autogen.safety.LintRule;
import dev.autogen.safety.LintSettings;
import dev.autogen.safety.Severity;
import dev.autogen.schema.jpa.EntityNaming;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The settings of one project, as read from {@code autogen.properties} with environment and command-line overrides
 * applied. Paths are absolute (resolved against the config file's directory).
 *
 * @param configFile        the file these settings came from
 * @param scriptLocation    the migrations directory (holding {@code versions/})
 * @param url               a JDBC URL, or {@code embedded}
 * @param user              database user, or {@code null}
 * @param password          database password, or {@code null}; never printed
 * @param entityPackages    packages to scan for entities; empty when autogenerate is not configured
 * @param entityClasspath   directories and jars holding the compiled entities and what they need
 * @param versionTable      name of the version table
 * @param hibernateSettings {@code hibernate.*} and {@code jakarta.persistence.*} keys handed to Hibernate's boot
 * @param lockTimeout       how long {@code upgrade} and {@code downgrade} wait for another process's migration lock
 * @param includeSchemas    schemas autogenerate compares besides those the entities name; empty means the current
 *                          schema
 * @param excludeTables     glob patterns of tables, sequences and enum types autogenerate never compares, so never
 *                          drops; matched against {@code name} and {@code schema.name}
 * @param transactionPerMigration {@code false} runs all of an upgrade's or downgrade's steps in one transaction
 * @param timeouts          how long to wait for the server: connecting, logging in, reading
 * @param migrationsPackage the package {@code revision} and {@code merge} declare in new files; empty for none
 * @param offlineAutogenerate {@code revision} and {@code check} compare with the schema the revisions build when
 *                          replayed, never with a database ({@code autogenerate.offline}, {@code --offline})
 * @param shadowUrl         the server a shadow database is made on ({@code shadow.url}, {@code --shadow-url}), or
 *                          {@code null} for the embedded PostgreSQL
 * @param offlineShadow     {@code --offline} builds the current schema on a shadow database even when the revisions
 *                          could be replayed ({@code autogenerate.shadow}, {@code --shadow})
 * @param lintRules         {@code lint.rule.<name>} settings: rule name to {@code error}, {@code warning} or {@code off}
 * @param settingNames      how the front end that loaded these names its settings, for errors that ask for one
 * @param entityNaming      whose defaults name the entities' tables and columns ({@code entities.naming}): Spring
 *                          Boot's when its Hibernate integration is on the entities' classpath, or Hibernate's
 * @param lockRetries       the {@code lock_timeout} each migration statement runs with and how often one that runs out
 *                          of it is retried ({@code migration.lock_timeout}, {@code migration.lock_retries},
 *                          {@code migration.lock_retry_delay}); off by default
 * @param revisionSafe      {@code revision} writes the safe form of each step on an existing table
 *                          ({@code revision.safe}, {@code --safe})
 */
public record AutogenConfig(
    Path configFile,
    Path scriptLocation,
    String url,
    String user,
    String password,
    List<String> entityPackages,
    List<Path> entityClasspath,
    String versionTable,
    Map<String, String> hibernateSettings,
    Duration lockTimeout,
    List<String> includeSchemas,
    List<String> excludeTables,
    boolean transactionPerMigration,
    ConnectionTimeouts timeouts,
    String migrationsPackage,
    boolean offlineAutogenerate,
    String shadowUrl,
    boolean offlineShadow,
    Map<String, String> lintRules,
    SettingNames settingNames,
    EntityNaming entityNaming,
    LockRetryPolicy lockRetries,
    boolean revisionSafe) {

  public static final String EMBEDDED = "embedded";
  public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(60);

  public AutogenConfig {
    entityPackages = List.copyOf(entityPackages);
    entityClasspath = List.copyOf(entityClasspath);
    hibernateSettings = Map.copyOf(hibernateSettings);
    includeSchemas = List.copyOf(includeSchemas);
    excludeTables = List.copyOf(excludeTables);
    Objects.requireNonNull(timeouts, "timeouts");
    Objects.requireNonNull(migrationsPackage, "migrationsPackage");
    lintRules = Map.copyOf(lintRules);
    Objects.requireNonNull(settingNames, "settingNames");
    Objects.requireNonNull(entityNaming, "entityNaming");
    Objects.requireNonNull(lockRetries, "lockRetries");
    if (lockTimeout.isNegative()) {
      throw new IllegalArgumentException("lockTimeout must not be negative: " + lockTimeout);
    }
  }

  /** Settings for the project whose config file and migrations directory these are, every other setting at its default. */
  public static Builder builder(Path configFile, Path scriptLocation) {
    return new Builder(configFile, scriptLocation);
  }

  /** A builder holding these settings, to derive changed ones. */
  public Builder toBuilder() {
    return new Builder(configFile, scriptLocation)
        .url(url)
        .user(user)
        .password(password)
        .entityPackages(entityPackages)
        .entityClasspath(entityClasspath)
        .versionTable(versionTable)
        .hibernateSettings(hibernateSettings)
        .lockTimeout(lockTimeout)
        .includeSchemas(includeSchemas)
        .excludeTables(excludeTables)
        .transactionPerMigration(transactionPerMigration)
        .timeouts(timeouts)
        .migrationsPackage(migrationsPackage)
        .offlineAutogenerate(offlineAutogenerate)
        .shadowUrl(shadowUrl)
        .offlineShadow(offlineShadow)
        .lintRules(lintRules)
        .settingNames(settingNames)
        .entityNaming(entityNaming)
        .lockRetries(lockRetries)
        .revisionSafe(revisionSafe);
  }

  /** The same settings with the entities read from {@code classpath} (a build tool's own class path). */
  public AutogenConfig withEntityClasspath(List<Path> classpath) {
    return toBuilder().entityClasspath(classpath).build();
  }

  /** The same settings, autogenerating offline (from the replayed revisions) or against the database. */
  public AutogenConfig withOfflineAutogenerate(boolean offline) {
    return toBuilder().offlineAutogenerate(offline).build();
  }

  /**
   * Builds {@link AutogenConfig}: one setter per setting, so a new setting is one new method rather than another
   * constructor. Defaults: the embedded database, no entities, {@code autogen_version}, a 60 s lock timeout, a
   * transaction per migration, the default connection timeouts, no package, online autogenerate, every lint rule
   * at its default severity, {@code autogen.properties} names, {@link EntityNaming#AUTO}.
   */
  public static final class Builder {
    private final Path configFile;
    private final Path scriptLocation;
    private String url = EMBEDDED;
    private String user;
    private String password;
    private List<String> entityPackages = List.of();
    private List<Path> entityClasspath = List.of();
    private String versionTable = "autogen_version";
    private Map<String, String> hibernateSettings = Map.of();
    private Duration lockTimeout = DEFAULT_LOCK_TIMEOUT;
    private List<String> includeSchemas = List.of();
    private List<String> excludeTables = List.of();
    private boolean transactionPerMigration = true;
    private ConnectionTimeouts timeouts = ConnectionTimeouts.DEFAULT;
    private String migrationsPackage = "";
    private boolean offlineAutogenerate;
    private String shadowUrl;
    private boolean offlineShadow;
    private Map<String, String> lintRules = Map.of();
    private SettingNames settingNames = SettingNames.PROPERTIES_FILE;
    private EntityNaming entityNaming = EntityNaming.AUTO;
    private LockRetryPolicy lockRetries = LockRetryPolicy.OFF;
    private boolean revisionSafe;

    private Builder(Path configFile, Path scriptLocation) {
      this.configFile = Objects.requireNonNull(configFile, "configFile");
      this.scriptLocation = Objects.requireNonNull(scriptLocation, "scriptLocation");
    }

    public Builder url(String url) {
      this.url = url;
      return this;
    }

    public Builder user(String user) {
      this.user = user;
      return this;
    }

    public Builder password(String password) {
      this.password = password;
      return this;
    }

    public Builder entityPackages(List<String> entityPackages) {
      this.entityPackages = entityPackages;
      return this;
    }

    public Builder entityClasspath(List<Path> entityClasspath) {
      this.entityClasspath = entityClasspath;
      return this;
    }

    public Builder versionTable(String versionTable) {
      this.versionTable = versionTable;
      return this;
    }

    public Builder hibernateSettings(Map<String, String> hibernateSettings) {
      this.hibernateSettings = hibernateSettings;
      return this;
    }

    public Builder lockTimeout(Duration lockTimeout) {
      this.lockTimeout = lockTimeout;
      return this;
    }

    public Builder includeSchemas(List<String> includeSchemas) {
      this.includeSchemas = includeSchemas;
      return this;
    }

    public Builder excludeTables(List<String> excludeTables) {
      this.excludeTables = excludeTables;
      return this;
    }

    public Builder transactionPerMigration(boolean transactionPerMigration) {
      this.transactionPerMigration = transactionPerMigration;
      return this;
    }

    public Builder timeouts(ConnectionTimeouts timeouts) {
      this.timeouts = timeouts;
      return this;
    }

    public Builder migrationsPackage(String migrationsPackage) {
      this.migrationsPackage = migrationsPackage;
      return this;
    }

    public Builder offlineAutogenerate(boolean offlineAutogenerate) {
      this.offlineAutogenerate = offlineAutogenerate;
      return this;
    }

    public Builder shadowUrl(String shadowUrl) {
      this.shadowUrl = shadowUrl;
      return this;
    }

    public Builder offlineShadow(boolean offlineShadow) {
      this.offlineShadow = offlineShadow;
      return this;
    }

    public Builder lintRules(Map<String, String> lintRules) {
      this.lintRules = lintRules;
      return this;
    }

    public Builder settingNames(SettingNames settingNames) {
      this.settingNames = settingNames;
      return this;
    }

    public Builder entityNaming(EntityNaming entityNaming) {
      this.entityNaming = entityNaming;
      return this;
    }

    public Builder lockRetries(LockRetryPolicy lockRetries) {
      this.lockRetries = lockRetries;
      return this;
    }

    public Builder revisionSafe(boolean revisionSafe) {
      this.revisionSafe = revisionSafe;
      return this;
    }

    public AutogenConfig build() {
      return new AutogenConfig(configFile, scriptLocation, url, user, password, entityPackages, entityClasspath,
          versionTable, hibernateSettings, lockTimeout, includeSchemas, excludeTables, transactionPerMigration,
          timeouts, migrationsPackage, offlineAutogenerate, shadowUrl, offlineShadow, lintRules, settingNames,
          entityNaming, lockRetries, revisionSafe);
    }
  }

  /**
   * What autogenerate reads of a database before the target's own schemas are added: never the version table nor
   * the history table beside it.
   */
  public IntrospectionFilter introspectionFilter() {
    return new IntrospectionFilter(includeSchemas, excludeTables).excluding(versionTable, historyTable());
  }

  /** The history table kept beside the version table: {@code autogen_version_history} by default. */
  public String historyTable() {
    return versionTable + HistoryTable.SUFFIX;
  }

  /** The severity of each lint rule: its default, or what {@code lint.rule.<name>} says. */
  public LintSettings lintSettings() {
    Map<LintRule, Severity> severities = new EnumMap<>(LintRule.class);
    lintRules.forEach((name, severity) -> severities.put(LintRule.named(name), Severity.parse(severity)));
    return new LintSettings(severities, lockRetries.enabled());
  }

  public boolean entitiesConfigured() {
    return !entityPackages.isEmpty();
  }

  public boolean embedded() {
    return EMBEDDED.equalsIgnoreCase(url);
  }

  /** Where the embedded PostgreSQL keeps its data: {@code .autogen/pgdata} beside the config file. */
  public Path embeddedDataDirectory() {
    return workDirectory().resolve("pgdata");
  }

  /** Where compiled migrations are cached between runs: {@code .autogen/classes} beside the config file. */
  public Path compileCacheDirectory() {
    return workDirectory().resolve("classes");
  }

  /** autogen's own files for this project, never committed: {@code .autogen/} beside the config file. */
  private Path workDirectory() {
    return configFile.toAbsolutePath().getParent().resolve(".autogen");
  }

  /** Hides the password: safe to print or log. */
  @Override
  public String toString() {
    return "AutogenConfig[configFile=" + configFile + ", scriptLocation=" + scriptLocation + ", url="
        + JdbcUrls.redact(url) + ", user=" + user + ", password=" + (password == null ? "null" : "****")
        + ", entityPackages=" + entityPackages + ", entityClasspath=" + entityClasspath + ", versionTable="
        + versionTable + ", hibernateSettings=" + hibernateSettings + ", lockTimeout=" + lockTimeout
        + ", includeSchemas=" + includeSchemas + ", excludeTables=" + excludeTables + ", transactionPerMigration="
        + transactionPerMigration + ", timeouts=" + timeouts + ", migrationsPackage=" + migrationsPackage
        + ", offlineAutogenerate=" + offlineAutogenerate + ", shadowUrl=" + (shadowUrl == null ? null
        : JdbcUrls.redact(shadowUrl)) + ", offlineShadow=" + offlineShadow + ", lintRules=" + lintRules
        + ", settingNames=" + settingNames + ", entityNaming=" + entityNaming + ", lockRetries=" + lockRetries
        + ", revisionSafe=" + revisionSafe + "]";
  }
}
