package dev.autogen.cli;

import java.io.PrintWriter;
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

  // any line break ends the line a terminal shows, \r included
  private static String oneLine(String message) {
    String[] lines = message.split("\\R", 2);
    return lines[0];
  }
}
