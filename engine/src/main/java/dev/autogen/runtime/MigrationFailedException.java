package dev.autogen.runtime;

/**
 * A revision that could not be applied or reverted. Its own transaction was rolled back, so the database is still at
 * the revision before it.
 */
public class MigrationFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Step step;

  public MigrationFailedException(Step step, String location, Throwable cause) {
    super("Revision " + step.revision().id() + " (" + location + ") failed: " + Messages.firstLine(describe(cause)),
        cause);
    this.step = step;
  }

  public Step step() {
    return step;
  }

  private static String describe(Throwable cause) {
    return cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage();
  }
}
