package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one line of failures that carry no message of their own worth printing alone. */
class ErrorReporterTest {

  private static String report(Throwable failure) {
    StringWriter err = new StringWriter();
    int exitCode = new ErrorReporter().report(failure,
        new PrintWriter(new MaskingWriter(err, new KnownSecrets(Map.of("AUTOGEN_PASSWORD", "hunter2-x"))), true),
        false);
    assertThat(exitCode).isEqualTo(1);
    return err.toString();
  }

  @Test
  void aFileThatCannotBeWrittenIsNamedWithTheReason() {
    assertThat(report(new UncheckedIOException("cannot write /p/migrations/versions/R1.java",
        new AccessDeniedException("/p/migrations/versions/R1.java"))))
        .isEqualTo("ERROR: cannot write /p/migrations/versions/R1.java: permission denied" + System.lineSeparator());
    assertThat(report(new UncheckedIOException("cannot write /p/R1.java",
        new FileSystemException("/mnt/ro", null, "Read-only file system"))))
        .isEqualTo("ERROR: cannot write /p/R1.java: Read-only file system (/mnt/ro)" + System.lineSeparator());
  }

  @Test
  void anErrorIsOneLineAndAMessageEndsAtAnyLineBreak() {
    assertThat(report(new StackOverflowError())).isEqualTo("ERROR: unexpected java.lang.StackOverflowError"
        + " (run again with --verbose for details)" + System.lineSeparator());
    assertThat(report(new IllegalArgumentException("first\rERROR: forged"))).isEqualTo("ERROR: first"
        + System.lineSeparator());
  }

  @Test
  void aReadThatTimedOutNamesTheSettingUnlessTheMessageNamesOne() {
    SQLException timedOut = new SQLException("An I/O error occurred while sending to the backend.", "08006",
        new SocketTimeoutException("Read timed out"));
    assertThat(report(new IllegalStateException("cannot read the current revision: " + timedOut.getMessage(),
        timedOut))).isEqualTo("ERROR: cannot read the current revision: An I/O error occurred while sending to the"
        + " backend. (the server did not answer within socket_timeout; raise it in autogen.properties, or 0 for no"
        + " limit)" + System.lineSeparator());
    String named = "cannot connect to jdbc:postgresql://h:5432/db: no answer from h:5432 within 10 s (connect_timeout);"
        + " is the server up, and is it a PostgreSQL server?";
    assertThat(report(new IllegalStateException(named, new SQLException("The connection attempt failed.", "08001",
        new SocketTimeoutException("Connect timed out"))))).isEqualTo("ERROR: " + named + System.lineSeparator());
  }

  @Test
  void theMessageIsMasked() {
    assertThat(report(new IllegalArgumentException("login with hunter2-x at jdbc:postgresql://h/db?password=abc")))
        .isEqualTo("ERROR: login with **** at jdbc:postgresql://h/db?password=****" + System.lineSeparator());
  }
}
