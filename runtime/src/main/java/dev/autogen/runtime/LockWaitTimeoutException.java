package dev.autogen.runtime;

import java.sql.SQLException;
import java.util.List;

/** A statement that waited longer than {@code lock_timeout} for a lock, with the sessions it was seen waiting for. */
public class LockWaitTimeoutException extends StatementFailedException {

  private static final long serialVersionUID = 1L;

  private final transient List<LockHolder> blockers;

  public LockWaitTimeoutException(String statement, SQLException cause, List<LockHolder> blockers) {
    super(statement, cause);
    this.blockers = List.copyOf(blockers);
  }

  /** Who held the lock when the wait was nearly over; empty when no one was seen. */
  public List<LockHolder> blockers() {
    return blockers;
  }
}
