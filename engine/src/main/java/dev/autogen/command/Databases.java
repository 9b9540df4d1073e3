package dev.autogen.command;

import java.util.function.Consumer;

/** Opens the database a config names. */
public final class Databases {

  private Databases() {
  }

  public static Database open(AutogenConfig config) {
    return open(config, note -> { });
  }

  /** {@code notes} hears of anything repaired on the way (an embedded data directory left half-made, say). */
  public static Database open(AutogenConfig config, Consumer<String> notes) {
    if (config.embedded()) {
      return new EmbeddedDatabase(config.embeddedDataDirectory(), config.lockTimeout(), notes);
    }
    return new JdbcDatabase(config.url(), config.user(), config.password(), config.timeouts());
  }
}
