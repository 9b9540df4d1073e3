package dev.autogen.runtime;

import java.sql.SQLException;

/** The database could not be reached or read while migrating; the message is the driver's first line. */
public class MigrationDatabaseException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MigrationDatabaseException(SQLException cause) {
    super(Messages.firstLine(cause.getMessage()), cause);
  }
}
