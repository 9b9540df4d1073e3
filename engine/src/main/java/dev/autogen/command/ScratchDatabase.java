package dev.autogen.command;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * A throw-away database on a server: created empty, dropped on close with whatever was done to it. {@code lint}
 * migrates one to just before a revision and measures the revision's statements there, {@code verify} proves
 * revisions there, never on the project's own database; a shadow database ({@link ShadowDatabase}) is one upgraded
 * to the revisions' heads.
 */
final class ScratchDatabase implements AutoCloseable {

  private static final SecureRandom RANDOM = new SecureRandom();

  private static final String LINT_REMEDY =
      "lint measures on a scratch database: give one with --scratch-url, or lint without --measure";

  private final Database server;
  private final String name;
  private final Database database;
  private final String remedy;

  private ScratchDatabase(Database server, String name, String remedy) {
    this.server = server;
    this.name = name;
    this.database = server.sibling(name);
    this.remedy = remedy;
  }

  /** A new empty database {@code autogen_scratch_<random>} on {@code server}'s server, for {@code lint}. */
  static ScratchDatabase create(Database server) {
    return create(server, LINT_REMEDY);
  }

  /**
   * A new empty database {@code autogen_scratch_<random>} on {@code server}'s server.
   *
   * @param remedy what the user can do when the server refuses, ending the error line: the command's own options
   */
  static ScratchDatabase create(Database server, String remedy) {
    // nextBytes, not generateSeed: the seed source may block waiting for entropy
    byte[] suffix = new byte[6];
    RANDOM.nextBytes(suffix);
    String name = "autogen_scratch_" + HexFormat.of().formatHex(suffix);
    execute(server, "CREATE DATABASE " + name, remedy);
    return new ScratchDatabase(server, name, remedy);
  }

  Database database() {
    return database;
  }

  @Override
  public void close() {
    database.close();
    // WITH (FORCE) (PostgreSQL 13+) would end stray sessions; all of ours are closed by now
    execute(server, "DROP DATABASE IF EXISTS " + name, remedy);
  }

  private static void execute(Database server, String sql, String remedy) {
    try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new AutogenException("cannot " + sql.toLowerCase(java.util.Locale.ROOT).replaceFirst(" .*", "")
          + " a scratch database on " + server.displayName() + " (" + sql + "): " + e.getMessage()
          + "; " + remedy, e);
    }
  }
}
