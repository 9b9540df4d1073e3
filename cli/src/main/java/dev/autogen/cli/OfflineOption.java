package dev.autogen.cli;

import dev.autogen.command.AutogenConfig;
import picocli.CommandLine.Option;

/**
 * {@code --offline}/{@code --no-offline}: autogenerate from the schema the revisions build, overriding the config
 * file; {@code --shadow} and {@code --shadow-url} say how that schema is built.
 */
final class OfflineOption {

  @Option(names = "--offline", negatable = true,
      description = "Compare with the schema the revisions build, never with the database: replayed, or on a"
          + " shadow database when a revision runs SQL (default: autogenerate.offline in the config file, else false).")
  Boolean offline;

  @Option(names = "--shadow",
      description = "With --offline: build that schema on a shadow database even when the revisions can be replayed"
          + " (implies --offline; default: autogenerate.shadow in the config file, else false).")
  boolean shadow;

  @Option(names = "--shadow-url", paramLabel = "JDBC_URL",
      description = "The PostgreSQL server a shadow database is made on and dropped from, with its own user and"
          + " password in the URL (default: shadow.url in the config file, else the embedded PostgreSQL).")
  String shadowUrl;

  /** The config with these options applied; unchanged when none was given. */
  AutogenConfig apply(AutogenConfig config) {
    AutogenConfig applied = offline == null && !shadow ? config : config.withOfflineAutogenerate(
        offline == null || offline);
    return ShadowOptions.apply(applied, shadow, shadowUrl);
  }
}
