package dev.autogen.cli;

import dev.autogen.command.AutogenConfig;
import dev.autogen.command.AutogenException;
import dev.autogen.command.LockRetrySettings;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Options {@code upgrade}, {@code downgrade} and {@code stamp} share: offline SQL, and how long to wait for the
 * migration lock.
 */
final class MigrateOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--sql",
      description = "Print the SQL instead of running it. REVISION may then be a range FROM:TO (such as base:head),"
          + " which needs no database.")
  boolean sql;

  private Duration lockTimeout;

  @Option(names = "--lock-timeout", paramLabel = "SECONDS",
      description = "How long to wait while another process migrates the database (default: lock_timeout in the"
          + " config, else 60).")
  void lockTimeout(long seconds) {
    if (seconds < 0) {
      throw new ParameterException(spec.commandLine(), "--lock-timeout must be 0 or more seconds, not " + seconds);
    }
    lockTimeout = Duration.ofSeconds(seconds);
  }

  @Option(names = "--statement-lock-timeout", paramLabel = "DURATION",
      description = "The longest each migration statement waits for a lock (lock_timeout), such as 5s or 500ms;"
          + " off: the server's setting (default: migration.lock_timeout in the config, else off).")
  String statementLockTimeout;

  @Option(names = "--lock-retries", paramLabel = "N",
      description = "How often a statement that ran out of --statement-lock-timeout is tried again (default:"
          + " migration.lock_retries in the config, else 0).")
  Integer lockRetries;

  /** The config with this command's lock retry options laid over its {@code migration.lock_*} keys. */
  AutogenConfig applyTo(AutogenConfig config) {
    if (statementLockTimeout == null && lockRetries == null) {
      return config;
    }
    try {
      return config.toBuilder().lockRetries(LockRetrySettings.override(config.lockRetries(),
          "command line", statementLockTimeout, lockRetries)).build();
    } catch (AutogenException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage()
          .replace(LockRetrySettings.LOCK_TIMEOUT, "--statement-lock-timeout")
          .replace(LockRetrySettings.LOCK_RETRIES, "--lock-retries"));
    }
  }

  /** The lock timeout given on the command line, or {@code null} to take the config's. */
  Duration lockTimeout() {
    return lockTimeout;
  }
}
