package dev.autogen.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A fresh PostgreSQL database of one test's own. */
public record TestDatabase(String jdbcUrl, String user, String password, String name) {

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl, user, password);
  }
}
