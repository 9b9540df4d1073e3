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
}
