package dev.autogen.script;

/** A problem with the migration scripts themselves: a missing directory, a bad or duplicate revision. */
public class ScriptException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ScriptException(String message) {
    super(message);
  }

  public ScriptException(String message, Throwable cause) {
    super(message, cause);
  }
}
