package dev.autogen.runtime;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** Another session held the migration lock for longer than the timeout; nothing was migrated. */
public class MigrationLockTimeoutException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MigrationLockTimeoutException(String versionTable, Duration timeout, List<LockHolder> holders) {
    super("Timed out after " + seconds(timeout) + " waiting for the migration lock of version table " + versionTable
        + "; it is held by " + describe(holders));
  }

  private static String seconds(Duration timeout) {
    long millis = timeout.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  // The holder may release the lock between the timeout and this query: say so rather than name no one.
  private static String describe(List<LockHolder> holders) {
    if (holders.isEmpty()) {
      return "a session that has released it since";
    }
    return holders.stream().map(LockHolder::describe).collect(Collectors.joining("; "));
  }
}
