package dev.autogen.command;

/** Opens the database a config names. */
public final class Databases {

  private Databases() {
  }

  public static Database open(AutogenConfig config) {
    if (config.embedded()) {
      return new EmbeddedDatabase(config.embeddedDataDirectory());
    }
    return new JdbcDatabase(config.url(), config.user(), config.password(), config.timeouts());
  }
}
