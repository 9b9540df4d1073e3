package dev.autogen.runtime;

import java.sql.SQLException;

/** A statement the database rejected; the message is the database's own first line, the statement kept aside. */
public class StatementFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String statement;

  public StatementFailedException(String statement, SQLException cause) {
    super(Messages.firstLine(cause.getMessage()), cause);
    this.statement = statement;
  }

  public String statement() {
    return statement;
  }
}
