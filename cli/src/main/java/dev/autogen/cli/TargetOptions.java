package dev.autogen.cli;

import dev.autogen.command.TargetDatabase;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --target-url}: a second database to compare with instead of the entities. */
final class TargetOptions {

  static final String PASSWORD_VARIABLE = "AUTOGEN_TARGET_PASSWORD";

  @Option(names = "--target-url", paramLabel = "JDBC_URL",
      description = "Compare with this database's schema instead of the entities (password from "
          + PASSWORD_VARIABLE + ").")
  String url;

  @Option(names = "--target-user", paramLabel = "USER", description = "User for --target-url.")
  String user;

  KnownSecrets secrets = new KnownSecrets(Map.of());

  /** The target database, or {@code null} to compare with the entities. */
  TargetDatabase target(Map<String, String> environment) {
    secrets.url(url);
    return url == null ? null : new TargetDatabase(url, user, environment.get(PASSWORD_VARIABLE));
  }
}
