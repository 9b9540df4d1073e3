package dev.autogen.command;

/** JDBC URL helpers; above all, never letting a password reach output. */
public final class JdbcUrls {

  private JdbcUrls() {
  }

  /**
   * The URL with any password (a query parameter such as {@code password=} in any case or encoding, or a
   * {@code user:password@} part) replaced by {@code ****}; see {@link CredentialMask}.
   */
  public static String redact(String url) {
    return url == null ? null : CredentialMask.none().withUrl(url).mask(url);
  }

  /** {@code url} naming database {@code name} instead of its own, its host, port and parameters kept. */
  static String withDatabase(String url, String name) {
    String prefix = "jdbc:postgresql:";
    int query = url.indexOf('?');
    String parameters = query < 0 ? "" : url.substring(query);
    String location = url.substring(prefix.length(), query < 0 ? url.length() : query);
    if (!location.startsWith("//")) {
      return prefix + name + parameters;
    }
    int slash = location.indexOf('/', 2);
    String hosts = slash < 0 ? location : location.substring(0, slash);
    return prefix + hosts + "/" + name + parameters;
  }
}
