package dev.autogen.command;

import dev.autogen.runtime.Autogen;
import java.sql.Connection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The schema the revisions build, built by PostgreSQL itself: a scratch database upgraded to the given heads, read
 * like the project's database and dropped on close. It stands for the database when the revisions run SQL the
 * model cannot interpret ({@code op.execute}, raw DDL), which {@link RevisionReplay} refuses.
 *
 * <p>The server is {@code shadow.url} ({@code --shadow-url}) when given, with the credentials that URL carries (the
 * project's are never sent to another server); else the embedded PostgreSQL: the project's own when its URL is
 * {@code embedded}, otherwise one on the project's {@code .autogen/pgdata}, started for the command. The project's
 * database is never touched.
 */
final class ShadowDatabase implements AutoCloseable {

  static final String REMEDY = "give a PostgreSQL server to build it on with --shadow-url or shadow.url"
      + " (a JDBC URL carrying its own user and password)";

  /** A server this shadow started and stops, or {@code null} when it is the project's. */
  private final Database ownServer;
  private final Database server;
  private final ScratchDatabase scratch;

  private ShadowDatabase(Database ownServer, Database server, ScratchDatabase scratch) {
    this.ownServer = ownServer;
    this.server = server;
    this.scratch = scratch;
  }

  /**
   * A new scratch database upgraded to {@code heads} (every one of them; none leaves it empty but for the version
   * table).
   *
   * @param why what the shadow is needed for, opening the error line when it cannot be had
   */
  static ShadowDatabase upgradedTo(Project project, Set<String> heads, String why) {
    AutogenConfig config = project.config();
    Database ownServer = null;
    Database server;
    if (config.shadowUrl() != null) {
      server = new JdbcDatabase(config.shadowUrl(), null, null, config.timeouts());
    } else if (config.embedded()) {
      server = project.database();
    } else {
      ownServer = new EmbeddedDatabase(config.embeddedDataDirectory(), config.lockTimeout(), line -> { });
      server = ownServer;
    }
    ScratchDatabase scratch;
    try {
      scratch = ScratchDatabase.create(server, REMEDY);
    } catch (AutogenException e) {
      closeQuietly(ownServer, e);
      throw new AutogenException(why + ": no shadow database on " + server.displayName() + ": "
          + e.getMessage() + (e.getMessage().endsWith(REMEDY) ? "" : "; " + REMEDY), e);
    }
    ShadowDatabase shadow = new ShadowDatabase(ownServer, server, scratch);
    try {
      shadow.upgrade(project, heads);
      return shadow;
    } catch (RuntimeException e) {
      try {
        shadow.close();
      } catch (RuntimeException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  private void upgrade(Project project, Set<String> heads) {
    Autogen autogen = Autogen.configure()
        .connections(scratch.database()::connect)
        .revisions(project::revisions)
        .versionTable(project.versionTable().table())
        .lockTimeout(project.config().lockTimeout())
        .reporter(line -> { })
        .load();
    for (String head : new TreeSet<>(heads)) {
      try {
        autogen.upgrade(head);
      } catch (AutogenException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new AutogenException("cannot build the shadow database on " + server.displayName() + ": upgrade to "
            + head + " failed: " + e.getMessage(), e);
      }
    }
  }

  /** A new connection to the shadow database; the caller closes it. */
  Connection connect() {
    return scratch.database().connect();
  }

  /** The server the shadow database is on, safe to print. */
  String serverName() {
    return server.displayName();
  }

  @Override
  public void close() {
    try {
      scratch.close();
    } finally {
      if (ownServer != null) {
        ownServer.close();
      }
    }
  }

  private static void closeQuietly(Database database, RuntimeException failure) {
    if (database == null) {
      return;
    }
    try {
      database.close();
    } catch (RuntimeException closing) {
      failure.addSuppressed(closing);
    }
  }
}
