package dev.autogen.command;

import java.util.regex.Pattern;

/** JDBC URL helpers; above all, never letting a password reach output. */
public final class JdbcUrls {

  private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password|sslpassword)=[^&;]*");
  private static final Pattern USER_INFO = Pattern.compile("//([^/@:]+):[^/@]*@");

  private JdbcUrls() {
  }

  /** The URL with any password (query parameter or {@code user:password@} part) replaced by {@code ****}. */
  public static String redact(String url) {
    if (url == null) {
      return null;
    }
    String redacted = PASSWORD_PARAMETER.matcher(url).replaceAll("$1=****");
    return USER_INFO.matcher(redacted).replaceAll("//$1:****@");
  }
}
