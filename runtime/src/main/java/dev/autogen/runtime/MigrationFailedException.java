package dev.autogen.runtime;

/**
 * A revision that could not be applied or reverted. Its own transaction was rolled back, so the database is still at
 * the revision before it; a revision declared {@code transactional = false} says in the message that its statements
 * before the failure stay applied, while the version table still names the revision before it.
 */
public class MigrationFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  // without a transaction there was nothing to roll back
  private static final String NOT_UNDONE =
      "; it ran without a transaction (transactional = false), so the statements before the failure stay applied";

  private final Step step;

  public MigrationFailedException(Step step, String location, Throwable cause) {
    this(step, location, cause, false);
  }

  /** @param partlyApplied whether statements ran outside a transaction, so a failure could not undo them */
  public MigrationFailedException(Step step, String location, Throwable cause, boolean partlyApplied) {
    super("Revision " + step.revision().id() + " (" + location + ") failed: " + Messages.firstLine(describe(cause))
        + (partlyApplied ? NOT_UNDONE : ""), cause);
    this.step = step;
  }

  public Step step() {
    return step;
  }

  private static String describe(Throwable cause) {
    return cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage();
  }
}
