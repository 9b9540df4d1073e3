package dev.autogen.command;

import dev.autogen.embedded.EmbeddedServer;
import dev.autogen.embedded.EmbeddedServerException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * A real PostgreSQL started from binaries on the classpath, keeping its data in a directory (by default
 * {@code .autogen/pgdata} beside the config), so {@code upgrade} in one process and {@code current} in the next see
 * the same database. Started on first use, stopped on close; a second process on the same directory waits for the
 * first up to {@code lock_timeout} (see {@link EmbeddedServer}).
 */
final class EmbeddedDatabase implements Database {

  private final Path dataDirectory;
  private final Duration lockTimeout;
  private final Consumer<String> notes;
  private EmbeddedServer server;

  EmbeddedDatabase(Path dataDirectory, Duration lockTimeout, Consumer<String> notes) {
    this.dataDirectory = dataDirectory;
    this.lockTimeout = lockTimeout;
    this.notes = notes;
  }

  @Override
  public Connection connect() {
    try {
      return server().connect();
    } catch (SQLException e) {
      throw ConnectionFailures.describe(displayName(), "postgres", e);
    }
  }

  @Override
  public Database sibling(String databaseName) {
    EmbeddedDatabase owner = this;
    return new Database() {
      @Override
      public Connection connect() {
        try {
          return owner.server().connect(databaseName);
        } catch (SQLException e) {
          throw ConnectionFailures.describe(displayName(), "postgres", e);
        }
      }

      @Override
      public Database sibling(String name) {
        return owner.sibling(name);
      }

      @Override
      public String displayName() {
        return "database " + databaseName + " of the " + owner.displayName();
      }

      @Override
      public void close() {
        // the server is the owner's
      }
    };
  }

  private synchronized EmbeddedServer server() {
    if (server == null) {
      try {
        server = EmbeddedServer.start(dataDirectory, lockTimeout, notes);
      } catch (EmbeddedServerException e) {
        throw new AutogenException(e.getMessage(), e);
      }
    }
    return server;
  }

  @Override
  public String displayName() {
    return "embedded PostgreSQL (data in " + dataDirectory + ")";
  }

  @Override
  public synchronized void close() {
    if (server != null) {
      try {
        server.close();
      } catch (EmbeddedServerException e) {
        throw new AutogenException(e.getMessage(), e);
      } finally {
        server = null;
      }
    }
  }
}
