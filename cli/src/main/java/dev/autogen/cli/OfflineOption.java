package dev.autogen.cli;

import dev.autogen.command.AutogenConfig;
import picocli.CommandLine.Option;

/** {@code --offline}/{@code --no-offline}: autogenerate from the replayed revisions, overriding the config file. */
final class OfflineOption {

  @Option(names = "--offline", negatable = true,
      description = "Compare with the schema the revisions build when replayed, without any database"
          + " (default: autogenerate.offline in the config file, else false).")
  Boolean offline;

  /** The config with this option applied; unchanged when it was not given. */
  AutogenConfig apply(AutogenConfig config) {
    return offline == null ? config : config.withOfflineAutogenerate(offline);
  }
}
