package dev.autogen.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * How a migration waits for the locks its statements need: each statement waits at most {@code statementLockTimeout}
 * (PostgreSQL's {@code lock_timeout}, so sessions queued behind it are never held up longer), and a statement that
 * runs out of time is retried up to {@code retries} times after a pause that doubles from {@code firstDelay}, capped
 * at {@link #MAX_DELAY}, with jitter so that two migrating processes do not retry in step.
 *
 * @param statementLockTimeout {@code null}: the server's own {@code lock_timeout} applies (PostgreSQL's default is
 *     none), and nothing is retried
 * @param retries how many times a statement (in a transactional revision: the revision's work) is tried again
 * @param firstDelay the pause before the first retry
 */
public record LockRetryPolicy(Duration statementLockTimeout, int retries, Duration firstDelay) {

  /** The longest pause between two tries. */
  public static final Duration MAX_DELAY = Duration.ofSeconds(30);

  /** The pause before the first retry unless configured. */
  public static final Duration DEFAULT_FIRST_DELAY = Duration.ofSeconds(1);

  /** No {@code lock_timeout} of autogen's own, no retries: statements wait as the server says. */
  public static final LockRetryPolicy OFF = new LockRetryPolicy(null, 0, DEFAULT_FIRST_DELAY);

  public LockRetryPolicy {
    Objects.requireNonNull(firstDelay, "firstDelay");
    if (statementLockTimeout != null && (statementLockTimeout.isNegative() || statementLockTimeout.isZero())) {
      // lock_timeout = 0 means "wait forever" to PostgreSQL: say off by leaving the setting out
      throw new IllegalArgumentException("statement lock timeout must be positive: " + statementLockTimeout);
    }
    if (retries < 0) {
      throw new IllegalArgumentException("lock retries must not be negative: " + retries);
    }
    if (firstDelay.isNegative()) {
      throw new IllegalArgumentException("lock retry delay must not be negative: " + firstDelay);
    }
  }

  public boolean enabled() {
    return statementLockTimeout != null;
  }

  /** Whether a statement that ran out of time on its {@code attempt}th try (from 1) may be tried again. */
  public boolean mayRetry(int attempt) {
    return enabled() && attempt <= retries;
  }

  /**
   * The pause before retry {@code retry} (from 1): {@code firstDelay * 2^(retry-1)}, capped, then scaled by a
   * random factor in [0.5, 1) ("equal jitter"), so it never drops below half the backoff.
   */
  public Duration delayBefore(int retry, DoubleSupplier random) {
    long cap = MAX_DELAY.toMillis();
    long backoff = Math.min(firstDelay.toMillis(), cap);
    for (int i = 1; i < retry && backoff < cap; i++) {
      backoff = Math.min(backoff * 2, cap);
    }
    return Duration.ofMillis((long) (backoff * (0.5 + random.getAsDouble() / 2)));
  }
}
