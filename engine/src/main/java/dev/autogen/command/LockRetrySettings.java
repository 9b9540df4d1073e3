package dev.autogen.command;

import dev.autogen.runtime.LockRetryPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code migration.lock_*} keys: the {@code lock_timeout} a migration's statements run with, and how often one
 * that runs out of it is retried. Durations are written {@code 5s}, {@code 500ms} or {@code 2min}; a bare number is
 * seconds, as for the other timeouts.
 */
public final class LockRetrySettings {

  public static final String LOCK_TIMEOUT = "migration.lock_timeout";
  public static final String LOCK_RETRIES = "migration.lock_retries";
  public static final String LOCK_RETRY_DELAY = "migration.lock_retry_delay";
  static final Set<String> KEYS = Set.of(LOCK_TIMEOUT, LOCK_RETRIES, LOCK_RETRY_DELAY);

  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|min)?");

  private LockRetrySettings() {
  }

  /** @param where names the settings' origin in errors (the config file) */
  static LockRetryPolicy parse(Object where, Map<String, String> values) {
    String timeout = values.get(LOCK_TIMEOUT);
    String retries = values.get(LOCK_RETRIES);
    String delay = values.get(LOCK_RETRY_DELAY);
    Duration statementLockTimeout = timeout == null || timeout.equalsIgnoreCase("off")
        ? null : duration(where, LOCK_TIMEOUT, timeout);
    if (statementLockTimeout != null && statementLockTimeout.isZero()) {
      throw new AutogenException(where + ": " + LOCK_TIMEOUT + " '" + timeout + "' must be positive; leave it out"
          + " (or write off) for the server's own lock_timeout");
    }
    int count = 0;
    if (retries != null) {
      if (!retries.matches("\\d{1,4}")) {
        throw new AutogenException(where + ": " + LOCK_RETRIES + " '" + retries + "' is not a whole number from 0");
      }
      count = Integer.parseInt(retries);
    }
    if (count > 0 && statementLockTimeout == null) {
      throw new AutogenException(where + ": " + LOCK_RETRIES + " needs " + LOCK_TIMEOUT + ": without it a statement"
          + " waits for its locks as long as it takes, and there is nothing to retry");
    }
    Duration first = delay == null ? LockRetryPolicy.DEFAULT_FIRST_DELAY : duration(where, LOCK_RETRY_DELAY, delay);
    return new LockRetryPolicy(statementLockTimeout, count, first);
  }

  /**
   * {@code configured} with a front end's own options ({@code null}: not given) laid over it, checked as the keys are.
   *
   * @param where how the options are named in errors ({@code --statement-lock-timeout})
   */
  public static LockRetryPolicy override(LockRetryPolicy configured, String where, String timeout, Integer retries) {
    Map<String, String> values = new java.util.HashMap<>();
    String configuredTimeout = configured.statementLockTimeout() == null
        ? null : configured.statementLockTimeout().toMillis() + "ms";
    putIfSet(values, LOCK_TIMEOUT, timeout != null ? timeout : configuredTimeout);
    putIfSet(values, LOCK_RETRIES, String.valueOf(retries != null ? retries : configured.retries()));
    putIfSet(values, LOCK_RETRY_DELAY, configured.firstDelay().toMillis() + "ms");
    return parse(where, values);
  }

  private static void putIfSet(Map<String, String> values, String key, String value) {
    if (value != null) {
      values.put(key, value);
    }
  }

  /** {@code 5s}, {@code 500ms}, {@code 2min}, or a bare number of seconds. */
  static Duration duration(Object where, String key, String value) {
    Matcher matcher = DURATION.matcher(value.strip());
    if (!matcher.matches()) {
      throw new AutogenException(where + ": " + key + " '" + value + "' is not a duration such as 5s, 500ms or 2min");
    }
    long amount = Long.parseLong(matcher.group(1));
    String unit = matcher.group(2) == null ? "s" : matcher.group(2);
    return switch (unit) {
      case "ms" -> Duration.ofMillis(amount);
      case "min" -> Duration.ofMinutes(amount);
      default -> Duration.ofSeconds(amount);
    };
  }
}
