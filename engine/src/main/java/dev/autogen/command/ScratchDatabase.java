package dev.autogen.command;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * A throw-away database on a server: created empty, dropped on close with whatever was done to it. {@code lint}
 * migrates one to just before a revision and measures the revision's statements there, {@code verify} proves
 * revisions there, never on the project's own database.
 */
final class ScratchDatabase implements AutoCloseable {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Database server;
  private final String name;
  private final Database database;

  private ScratchDatabase(Database server, String name) {
    this.server = server;
    this.name = name;
    this.database = server.sibling(name);
  }

  /** A new empty database {@code autogen_scratch_<random>} on {@code server}'s server. */
  static ScratchDatabase create(Database server) {
    // nextBytes, not generateSeed: the seed source may block waiting for entropy
    byte[] suffix = new byte[6];
    RANDOM.nextBytes(suffix);
    String name = "autogen_scratch_" + HexFormat.of().formatHex(suffix);
    execute(server, "CREATE DATABASE " + name);
    return new ScratchDatabase(server, name);
  }

  Database database() {
    return database;
  }

  @Override
  public void close() {
    database.close();
    // WITH (FORCE) (PostgreSQL 13+) would end stray sessions; all of ours are closed by now
    execute(server, "DROP DATABASE IF EXISTS " + name);
  }

  private static void execute(Database server, String sql) {
    try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new AutogenException("cannot " + sql.toLowerCase(java.util.Locale.ROOT).replaceFirst(" .*", "")
          + " a scratch database on " + server.displayName() + " (" + sql + "): " + e.getMessage()
          + "; lint --measure and verify work on a scratch database: name a server for it with --scratch-url", e);
    }
  }
}
