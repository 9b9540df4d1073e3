package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
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
  void theMessageIsMasked() {
    assertThat(report(new IllegalArgumentException("login with hunter2-x at jdbc:postgresql://h/db?password=abc")))
        .isEqualTo("ERROR: login with **** at jdbc:postgresql://h/db?password=****" + System.lineSeparator());
  }
}
