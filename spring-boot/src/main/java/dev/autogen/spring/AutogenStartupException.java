package dev.autogen.spring;

/** The startup upgrade failed: the application does not start on a database at the wrong revision. */
public class AutogenStartupException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AutogenStartupException(String message, Throwable cause) {
    super(message, cause);
  }
}
