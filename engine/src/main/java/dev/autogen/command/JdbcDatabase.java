package dev.autogen.command;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** A PostgreSQL server named by a JDBC URL. */
final class JdbcDatabase implements Database {

  private final String url;
  private final String user;
  private final String password;
  private final ConnectionTimeouts timeouts;

  JdbcDatabase(String url, String user, String password, ConnectionTimeouts timeouts) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.timeouts = timeouts;
  }

  @Override
  public Database sibling(String databaseName) {
    return new JdbcDatabase(JdbcUrls.withDatabase(url, databaseName), user, password, timeouts);
  }

  @Override
  public Connection connect() {
    Properties properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    properties.setProperty("ApplicationName", "autogen");
    properties.setProperty("connectTimeout", ConnectionTimeouts.seconds(timeouts.connect()));
    properties.setProperty("loginTimeout", ConnectionTimeouts.seconds(timeouts.login()));
    properties.setProperty("socketTimeout", ConnectionTimeouts.seconds(timeouts.socket()));
    try {
      return DriverManager.getConnection(url, properties);
    } catch (SQLException e) {
      throw ConnectionFailures.describe(displayName(), user, timeouts, mask(), e);
    }
  }

  /** What this database's credentials look like in a message. */
  private CredentialMask mask() {
    return CredentialMask.none().withSecret(password).withUrl(url);
  }

  @Override
  public String displayName() {
    return JdbcUrls.redact(url);
  }

  @Override
  public void close() {
    // connections are closed by their users; nothing is pooled
  }
}
