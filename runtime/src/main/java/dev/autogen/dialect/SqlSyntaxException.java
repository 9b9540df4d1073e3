package dev.autogen.dialect;

/** SQL text that is not what it must be: an unterminated string, a second statement, a type with more in it. */
public final class SqlSyntaxException extends RuntimeException {

  public SqlSyntaxException(String message) {
    super(message);
  }
}
