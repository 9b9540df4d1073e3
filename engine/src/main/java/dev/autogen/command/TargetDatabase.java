package dev.autogen.command;

import java.util.Objects;

/**
 * A second live database whose schema {@code revision} and {@code check} use as the target instead of the entities,
 * to bring one environment to another's schema.
 *
 * @param url      its JDBC URL
 * @param user     its user, or {@code null}
 * @param password its password, or {@code null}; never printed
 */
public record TargetDatabase(String url, String user, String password) {

  public TargetDatabase {
    Objects.requireNonNull(url, "url");
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new AutogenException("target url '" + JdbcUrls.redact(url)
          + "' is not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database)");
    }
  }

  /** Opened with the default timeouts: the target is read like any database, and never migrated. */
  Database open() {
    return new JdbcDatabase(url, user, password, ConnectionTimeouts.DEFAULT);
  }

  /** Hides the password: safe to print or log. */
  @Override
  public String toString() {
    return "TargetDatabase[url=" + JdbcUrls.redact(url) + ", user=" + user + ", password="
        + (password == null ? "null" : "****") + "]";
  }
}
