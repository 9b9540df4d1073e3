package dev.autogen.cli;

import static dev.autogen.cli.CliAssertions.assertOneLineError;
import static dev.autogen.cli.LeakLedger.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attacks on the way autogen reaches a database, without one: URLs that hide a password in every form the driver
 * reads, broken so that the driver's own messages repeat them, and servers that never answer. Every failure must be
 * one line, and no output of the whole class may hold the password ({@link LeakLedger}).
 */
class AdversarialConnectionTest {

  private static final LeakLedger LEDGER = new LeakLedger("AdversarialConnectionTest");
  private static final String ENCODED_SECRET = SECRET.replace("-", "%2D");

  /** URLs the driver cannot use, each holding the password; the driver's message repeats the URL or a part of it. */
  private static final List<String> BROKEN_URLS = List.of(
      "jdbc:postgresql://127.0.0.1:5433x/db?user=app&password=" + SECRET,
      "jdbc:postgresql://127.0.0.1:99999/db?user=app&password=" + SECRET,
      "jdbc:postgresql://127.0.0.1:5432/db?user=app&password=" + SECRET + "%zz",
      "jdbc:postgresql://127.0.0.1:5432/db?user=app&PASSWORD=" + SECRET + "%",
      "jdbc:postgresql://127.0.0.1:5432/db?user=app&%70assword=" + ENCODED_SECRET + "%g1",
      "jdbc:postgresql://127.0.0.1:5432/db?sslpassword=" + SECRET + "&user=app&password=%zz",
      "jdbc:postgresql://app:" + SECRET + "@127.0.0.1:5432/db",
      "jdbc:postgresql://app:" + SECRET + "@127.0.0.1:1/db",
      "jdbc:postgresql://127.0.0.1:1/db?user=app&password=" + SECRET);

  /** Commands that connect, each taking the failure through another path. */
  private static final List<List<String>> CONNECTING_COMMANDS = List.of(
      List.of("current"), List.of("upgrade", "head"), List.of("downgrade", "base"), List.of("stamp", "head"),
      List.of("history", "--log"), List.of("upgrade", "head", "--sql"));

  @TempDir
  Path directory;

  @AfterAll
  static void noOutputHeldThePassword() {
    LEDGER.assertNothingLeaked();
  }

  private int projects;

  /** A new project directory each time: one test may need several configurations. */
  private CliProject project(String... config) {
    CliProject project = new CliProject(directory.resolve("project" + ++projects));
    project.init();
    project.config(config);
    return project;
  }

  private CliResult run(CliProject project, List<String> command, String... more) {
    List<String> args = new ArrayList<>(command.subList(1, command.size()));
    args.addAll(List.of(more));
    return LEDGER.record(project.command(command.get(0), args.toArray(String[]::new)));
  }

  @Test
  void brokenUrlsNeverShowThePasswordInTheErrorLineNorInTheVerboseTrace() {
    for (String url : BROKEN_URLS) {
      CliProject project = project("url = " + url, "user = app");
      for (List<String> command : CONNECTING_COMMANDS) {
        LEDGER.attack();
        CliResult result = run(project, command);
        String error = assertOneLineError(result);
        assertThat(error).as("%s with %s", command, url).startsWith("ERROR: cannot connect to jdbc:postgresql://");
        assertThat(result.allLines()).as("%s with %s", command, url).noneMatch(line -> line.contains(SECRET));

        CliResult verbose = run(project, command, "-v");
        assertThat(verbose.exitCode()).isEqualTo(1);
        assertThat(verbose.err()).as("%s -v with %s", command, url).contains(error).contains("\tat ")
            .doesNotContain(SECRET).doesNotContain(ENCODED_SECRET);
      }
    }
  }

  @Test
  void thePasswordFromEveryPlaceIsMasked() {
    List<CliProject> projects = List.of(
        project("url = jdbc:postgresql://127.0.0.1:5433x/db", "user = app", "password = " + SECRET),
        project("url = jdbc:postgresql://127.0.0.1:5433x/db?password=${DB_PW}", "user = app")
            .environment("DB_PW", SECRET),
        project("url = jdbc:postgresql://127.0.0.1:5433x/db", "user = app").environment("AUTOGEN_PASSWORD", SECRET),
        project("url = jdbc:postgresql://127.0.0.1:1/db").environment("AUTOGEN_URL",
            "jdbc:postgresql://127.0.0.1:99999/db?password=" + SECRET));
    for (CliProject project : projects) {
      LEDGER.attack();
      assertThat(assertOneLineError(run(project, List.of("current")))).doesNotContain(SECRET);
      assertThat(run(project, List.of("current"), "-v").err()).doesNotContain(SECRET);
    }
    LEDGER.attack();
    CliProject project = project("url = jdbc:postgresql://127.0.0.1:1/db");
    CliResult override = run(project, List.of("current"), "--url",
        "jdbc:postgresql://app:" + SECRET + "@127.0.0.1:99999/db", "-v");
    assertThat(override.exitCode()).isEqualTo(1);
    assertThat(override.err()).doesNotContain(SECRET).contains("app:****@");
  }

  @Test
  void theDriverWritesNoWarningOfItsOwn() {
    List<LogRecord> published = new ArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        published.add(record);
      }

      @Override
      public void flush() {
      }

      @Override
      public void close() {
      }
    };
    Logger pgjdbc = Logger.getLogger("org.postgresql");
    pgjdbc.addHandler(handler);
    try {
      LEDGER.attack();
      CliProject project = project("url = jdbc:postgresql://127.0.0.1:99999/db", "user = app");
      assertOneLineError(run(project, List.of("current")));
    } finally {
      pgjdbc.removeHandler(handler);
    }
    assertThat(published).as("java.util.logging records of pgjdbc").isEmpty();
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS) // a bound on a hang, not a measure of speed
  void aServerThatAcceptsAndNeverAnswersFailsEveryCommandWithOneLineNamingIt() throws IOException {
    try (SilentServer server = new SilentServer(null)) {
      CliProject project = project("url = jdbc:postgresql://127.0.0.1:" + server.port() + "/db?password=" + SECRET,
          "user = app", "connect_timeout = 1", "login_timeout = 1");
      for (List<String> command : CONNECTING_COMMANDS) {
        LEDGER.attack();
        String error = assertOneLineError(run(project, command));
        assertThat(error).as("%s", command).isEqualTo("ERROR: cannot connect to jdbc:postgresql://127.0.0.1:"
            + server.port() + "/db?password=****: no answer from 127.0.0.1:" + server.port()
            + " within 1 s (login_timeout); is the server up, and is it a PostgreSQL server?");
      }
      assertThat(server.accepted()).as("connections the silent server accepted").isPositive();
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS) // a bound on a hang, not a measure of speed
  void aServerThatAnswersAByteAtATimeIsBoundedByTheLoginTimeout() throws IOException {
    // 'N' (no TLS, to the driver's SSLRequest), then an authentication request that never ends: 'R', a length far
    // beyond what follows, a byte every 400 ms
    byte[] drip = {'N', 'R', 0, 0, 4, 0, 0, 0, 0, 5, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
    try (SilentServer server = new SilentServer(drip, 400)) {
      CliProject project = project("url = jdbc:postgresql://127.0.0.1:" + server.port() + "/db",
          "user = app", "password = " + SECRET, "login_timeout = 1", "socket_timeout = 60");
      LEDGER.attack();
      assertThat(assertOneLineError(run(project, List.of("current")))).isEqualTo("ERROR: cannot connect to"
          + " jdbc:postgresql://127.0.0.1:" + server.port() + "/db: no answer from 127.0.0.1:" + server.port()
          + " within 1 s (login_timeout); is the server up, and is it a PostgreSQL server?");
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aServerThatAnswersSomethingElseFailsWithOneLine() throws IOException {
    byte[] http = "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    try (SilentServer server = new SilentServer(http)) {
      CliProject project = project("url = jdbc:postgresql://127.0.0.1:" + server.port() + "/db",
          "user = app", "password = " + SECRET, "login_timeout = 5");
      LEDGER.attack();
      assertThat(assertOneLineError(run(project, List.of("current"))))
          .startsWith("ERROR: cannot connect to jdbc:postgresql://127.0.0.1:" + server.port() + "/db: ");
    }
  }

  @Test
  void timeoutsThatAreNoNumberAreNamed() {
    for (String key : List.of("connect_timeout", "login_timeout", "socket_timeout")) {
      LEDGER.attack();
      CliProject project = project("url = jdbc:postgresql://127.0.0.1:1/db", key + " = 10s");
      assertThat(assertOneLineError(run(project, List.of("current"))))
          .isEqualTo("ERROR: " + project.configFile() + ": " + key + " '10s' is not a whole number of seconds");
    }
  }

  /**
   * A TCP server on 127.0.0.1 that accepts every connection and then, at most, writes {@code reply} (or drips it)
   * and keeps the socket open without ever reading or answering: what a hung server, or a port forwarded to
   * nothing, looks like. One client at a time: the next is accepted once the reply is written.
   */
  private static final class SilentServer implements AutoCloseable {

    private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    private final List<Socket> clients = new ArrayList<>();
    private final Thread acceptor;

    SilentServer(byte[] reply) throws IOException {
      this(reply, 0);
    }

    /** @param dripMillis with more than 0, {@code reply} is written a byte at a time, this far apart */
    SilentServer(byte[] reply, long dripMillis) throws IOException {
      acceptor = new Thread(() -> {
        while (!socket.isClosed()) {
          try {
            Socket client = socket.accept();
            synchronized (clients) {
              clients.add(client);
            }
            if (reply != null) {
              OutputStream out = client.getOutputStream();
              for (int i = 0; i < reply.length; i += dripMillis > 0 ? 1 : reply.length) {
                if (dripMillis > 0) {
                  Thread.sleep(dripMillis);
                }
                out.write(reply, i, dripMillis > 0 ? 1 : reply.length);
                out.flush();
              }
            }
          } catch (IOException closed) {
            return;
          } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      }, "silent-server");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    int port() {
      return socket.getLocalPort();
    }

    int accepted() {
      synchronized (clients) {
        return clients.size();
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
      synchronized (clients) {
        for (Socket client : clients) {
          client.close();
        }
      }
    }
  }
}
