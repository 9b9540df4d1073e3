package dev.autogen.cli;

import dev.autogen.runtime.TerminalText;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import picocli.CommandLine;

/**
 * Prints a failure as one line ({@code ERROR: ...}) and exits 1; the stack trace only with {@code --verbose}.
 * Engine exceptions carry messages written for users, naming the file, revision or object at fault.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    boolean verbose = parseResult.subcommand() != null
        && parseResult.subcommand().hasMatchedOption("--verbose");
    return report(e, commandLine.getErr(), verbose);
  }

  /** Prints {@code e} on {@code err} (which masks credentials, see {@link MaskingWriter}) and returns the exit code. */
  int report(Throwable e, PrintWriter err, boolean verbose) {
    String message = e.getMessage();
    if (message != null && e instanceof UncheckedIOException && e.getCause() != null) {
      // "cannot write <file>" alone does not say why: a read-only directory, a file where a directory belongs
      message = message + ": " + reason(e.getCause(), message);
    }
    if (message != null && !message.contains("_timeout") && timedOutReading(e)) {
      // the driver only says "An I/O error occurred": name the setting that decided it
      message = oneLine(message) + " (the server did not answer within socket_timeout; raise it in autogen.properties,"
          + " or 0 for no limit)";
    }
    if (message == null || message.isBlank() || e instanceof NullPointerException || e instanceof Error
        || e instanceof IllegalStateException && message.startsWith("java.")) {
      message = "unexpected " + e.getClass().getName() + (message == null ? "" : ": " + message)
          + (verbose ? "" : " (run again with --verbose for details)");
    }
    err.println("ERROR: " + oneLine(message));
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return 1;
  }

  private static boolean timedOutReading(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SocketTimeoutException) {
        return true;
      }
    }
    return false;
  }

  /** Why a file operation failed, in words, naming the path the system refused when it is another. */
  static String reason(Throwable cause, String message) {
    if (cause instanceof FileSystemException failure) {
      String why = failure.getReason() != null ? failure.getReason()
          : failure instanceof AccessDeniedException ? "permission denied"
          : failure instanceof NoSuchFileException ? "no such file or directory"
          : failure instanceof NotDirectoryException ? "not a directory"
          : failure instanceof FileAlreadyExistsException ? "a file is in the way"
          : failure.getClass().getSimpleName();
      boolean named = failure.getFile() == null || message.contains(failure.getFile());
      return named ? why : why + " (" + failure.getFile() + ")";
    }
    return cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage();
  }

  // any line break ends the line a terminal shows, \r included
  private static String oneLine(String message) {
    String[] lines = message.split("\\R", 2);
    // the first line may still hold an escape sequence or a character a terminal takes for a line break
    return TerminalText.line(lines[0]);
  }
}
