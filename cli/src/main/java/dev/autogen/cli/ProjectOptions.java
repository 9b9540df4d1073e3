package dev.autogen.cli;

import dev.autogen.command.AutogenConfig;
import dev.autogen.command.AutogenException;
import dev.autogen.command.ConfigLoader;
import dev.autogen.command.SettingNames;
import dev.autogen.command.Project;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Options every command that touches a project shares: where the config is, and what overrides it. */
final class ProjectOptions {

  static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

  Map<String, String> environment = Map.of();
  KnownSecrets secrets = new KnownSecrets(Map.of());

  /** The file's keys, and this command line's options for what autogenerate needs. */
  static final SettingNames SETTING_NAMES = new SettingNames(SettingNames.PROPERTIES_FILE.entities(),
      "--autogenerate", "--target-url", SettingNames.PROPERTIES_FILE.keys());

  @Option(names = {"-c", "--config"}, paramLabel = "FILE", defaultValue = ConfigLoader.DEFAULT_FILE,
      description = "Configuration file (default: ${DEFAULT-VALUE}).")
  Path config;

  @Option(names = "--url", paramLabel = "JDBC_URL",
      description = "Database URL, overriding the config file and AUTOGEN_URL ('embedded' for the embedded PostgreSQL).")
  String url;

  @Option(names = "--user", paramLabel = "USER", description = "Database user, overriding the config file and AUTOGEN_USER.")
  String user;

  @Option(names = {"-v", "--verbose"}, description = "Show stack traces and more detail.")
  boolean verbose;

  AutogenConfig config() {
    return config(null);
  }

  /** @param lockTimeout a command's own {@code --lock-timeout}, or {@code null} */
  AutogenConfig config(Duration lockTimeout) {
    secrets.url(url);
    ConfigLoader.Overrides overrides = new ConfigLoader.Overrides(url, user, lockTimeout);
    AutogenConfig loaded = new ConfigLoader(environment, SETTING_NAMES).load(config, overrides);
    secrets.secret(loaded.password());
    secrets.url(loaded.url());
    return loaded;
  }

  /** The project; informational lines (which database is used) go to the command's error stream. */
  Project project(CommandSpec spec) {
    return project(spec, (Duration) null);
  }

  /** The project, with the command's own {@code --offline} applied to the config. */
  Project project(CommandSpec spec, OfflineOption offline) {
    return project(spec, offline.shadowUrl, offline::apply);
  }

  /**
   * The project, with a command's own options applied to the config by {@code adjust}; {@code shadowUrl}, the
   * command's {@code --shadow-url}, is masked in every message like the database's URL.
   */
  Project project(CommandSpec spec, String shadowUrl, UnaryOperator<AutogenConfig> adjust) {
    secrets.url(shadowUrl);
    AutogenConfig applied = adjust.apply(config(null));
    secrets.url(applied.shadowUrl());
    Project project = new Project(applied, spec.commandLine().getErr()::println, clock());
    ExitGuard.closeOnExit(project);
    return project;
  }

  Project project(CommandSpec spec, Duration lockTimeout) {
    return project(spec, lockTimeout, UnaryOperator.identity());
  }

  /** @param adjust the command's own options laid over the config */
  Project project(CommandSpec spec, Duration lockTimeout, UnaryOperator<AutogenConfig> adjust) {
    Project project = new Project(adjust.apply(config(lockTimeout)), spec.commandLine().getErr()::println, clock());
    ExitGuard.closeOnExit(project);
    return project;
  }

  /**
   * The clock a new revision's {@code created} is read from: {@code SOURCE_DATE_EPOCH} (seconds since 1970, the
   * reproducible-builds convention) when set, so the same revision can be generated twice byte for byte.
   */
  private Clock clock() {
    String epoch = environment.get(SOURCE_DATE_EPOCH);
    if (epoch == null || epoch.isBlank()) {
      return Clock.systemUTC();
    }
    try {
      return Clock.fixed(Instant.ofEpochSecond(Long.parseLong(epoch.trim())), ZoneOffset.UTC);
    } catch (NumberFormatException | DateTimeException e) {
      throw new AutogenException(SOURCE_DATE_EPOCH + " '" + epoch + "' is not a number of seconds since 1970");
    }
  }
}
