package dev.autogen.runtime;

/**
 * A step that ran out of {@code lock_timeout} on every try the lock retry policy allowed; the message names the
 * statement and, when seen, the sessions it waited for. Its transaction was rolled back like any failed step's.
 */
public class LockRetriesExhaustedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public LockRetriesExhaustedException(String message, Throwable cause) {
    super(message, cause);
  }
}
