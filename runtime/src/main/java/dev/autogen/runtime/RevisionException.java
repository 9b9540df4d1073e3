package dev.autogen.runtime;

/** An inconsistent revision graph, or a target that cannot be resolved in it. */
public class RevisionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RevisionException(String message) {
    super(message);
  }

  public RevisionException(String message, Throwable cause) {
    super(message, cause);
  }
}
