package dev.autogen.cli;

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

  /** The lock timeout given on the command line, or {@code null} to take the config's. */
  Duration lockTimeout() {
    return lockTimeout;
  }
}
