package dev.autogen.cli;

import dev.autogen.command.AutogenConfig;
import dev.autogen.command.ConfigLoader;
import dev.autogen.command.SettingNames;
import dev.autogen.command.Project;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Options every command that touches a project shares: where the config is, and what overrides it. */
final class ProjectOptions {

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
    return project(spec, null);
  }

  Project project(CommandSpec spec, Duration lockTimeout) {
    Project project = new Project(config(lockTimeout), spec.commandLine().getErr()::println, Clock.systemUTC());
    ExitGuard.closeOnExit(project);
    return project;
  }
}
