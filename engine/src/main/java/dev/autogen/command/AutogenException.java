package dev.autogen.command;

/**
 * A failure the user can act on: its message is one line naming the file, revision or object at fault, and is all
 * the command line prints (the stack trace only with {@code --verbose}).
 */
public class AutogenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AutogenException(String message) {
    super(message);
  }

  public AutogenException(String message, Throwable cause) {
    super(message, cause);
  }
}
