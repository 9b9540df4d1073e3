package dev.autogen.embedded;

/** The embedded PostgreSQL cannot be used; the message is one line naming the directory at fault and what to do. */
public final class EmbeddedServerException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public EmbeddedServerException(String message) {
    super(message);
  }

  public EmbeddedServerException(String message, Throwable cause) {
    super(message, cause);
  }
}
