package dev.autogen.command;

import java.time.Duration;
import java.util.Objects;

/**
 * How long autogen waits for a PostgreSQL server, so that one which accepts a connection and never answers fails a
 * command instead of hanging it. A zero duration means no limit.
 *
 * @param connect how long opening the TCP connection may take (pgjdbc {@code connectTimeout})
 * @param login   how long it may then take until the session is ready: TLS, authentication, start-up
 *                (pgjdbc {@code loginTimeout})
 * @param socket  how long any read may wait for the server once connected (pgjdbc {@code socketTimeout}); lifted
 *                on the connections of {@code upgrade}, {@code downgrade} and {@code stamp}, whose statements (and
 *                the wait for the migration lock) may rightly take longer than any read-only command's
 */
public record ConnectionTimeouts(Duration connect, Duration login, Duration socket) {

  public static final ConnectionTimeouts DEFAULT =
      new ConnectionTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(300));

  public ConnectionTimeouts {
    requireNotNegative(connect, "connect");
    requireNotNegative(login, "login");
    requireNotNegative(socket, "socket");
  }

  private static void requireNotNegative(Duration timeout, String name) {
    Objects.requireNonNull(timeout, name);
    if (timeout.isNegative()) {
      throw new IllegalArgumentException(name + " timeout must not be negative: " + timeout);
    }
  }

  /** Whole seconds, as pgjdbc takes them; a fraction of a second rounds up so a limit never becomes none. */
  static String seconds(Duration timeout) {
    return Long.toString(timeout.toSeconds() + (timeout.toNanosPart() > 0 ? 1 : 0));
  }
}
