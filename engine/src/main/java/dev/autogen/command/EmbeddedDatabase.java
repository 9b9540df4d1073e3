package dev.autogen.command;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A real PostgreSQL started from binaries on the classpath, keeping its data in a directory (by default
 * {@code .autogen/pgdata} beside the config), so {@code upgrade} in one process and {@code current} in the next see
 * the same database. Started on first use, stopped on close.
 */
final class EmbeddedDatabase implements Database {

  private final Path dataDirectory;
  private EmbeddedPostgres postgres;

  EmbeddedDatabase(Path dataDirectory) {
    this.dataDirectory = dataDirectory;
  }

  @Override
  public Connection connect() {
    try {
      return server().getPostgresDatabase().getConnection();
    } catch (SQLException e) {
      throw ConnectionFailures.describe(displayName(), "postgres", e);
    }
  }

  private synchronized EmbeddedPostgres server() {
    if (postgres == null) {
      try {
        Files.createDirectories(dataDirectory);
        postgres = EmbeddedPostgres.builder()
            .setDataDirectory(dataDirectory)
            .setCleanDataDirectory(false)
            .start();
      } catch (IOException | RuntimeException e) {
        throw new AutogenException("cannot start the embedded PostgreSQL in " + dataDirectory + ": "
            + ConnectionFailures.firstLine(e.getMessage())
            + " (is another autogen process using it? a stale postmaster.pid?)", e);
      }
    }
    return postgres;
  }

  @Override
  public String displayName() {
    return "embedded PostgreSQL (data in " + dataDirectory + ")";
  }

  @Override
  public synchronized void close() {
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        throw new AutogenException("cannot stop the embedded PostgreSQL in " + dataDirectory + ": " + e.getMessage(), e);
      } finally {
        postgres = null;
      }
    }
  }
}
