package dev.autogen.script;

/** A migration source that does not compile; the message names the file and line of the first error. */
public class MigrationCompileException extends ScriptException {

  private static final long serialVersionUID = 1L;

  public MigrationCompileException(String message) {
    super(message);
  }
}
