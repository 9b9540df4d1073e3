package dev.autogen.cli;

import dev.autogen.command.AutogenConfig;
import dev.autogen.command.AutogenException;
import dev.autogen.command.JdbcUrls;

/** How {@code --shadow} and {@code --shadow-url} change the config: given options win over the file. */
final class ShadowOptions {

  private ShadowOptions() {
  }

  static AutogenConfig apply(AutogenConfig config, boolean shadow, String shadowUrl) {
    if (!shadow && shadowUrl == null) {
      return config;
    }
    AutogenConfig.Builder builder = config.toBuilder();
    if (shadow) {
      builder.offlineShadow(true);
    }
    if (shadowUrl != null) {
      if (!shadowUrl.startsWith("jdbc:postgresql:")) {
        throw new AutogenException("--shadow-url '" + JdbcUrls.redact(shadowUrl)
            + "' is not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database, user and password as its"
            + " parameters)");
      }
      builder.shadowUrl(shadowUrl);
    }
    return builder.build();
  }
}
