package dev.autogen.cli;

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
    String message = e.getMessage();
    if (message == null || message.isBlank() || e instanceof NullPointerException
        || e instanceof IllegalStateException && message.startsWith("java.")) {
      message = "unexpected " + e.getClass().getName() + (message == null ? "" : ": " + message)
          + (verbose ? "" : " (run again with --verbose for details)");
    }
    commandLine.getErr().println("ERROR: " + oneLine(message));
    if (verbose) {
      e.printStackTrace(commandLine.getErr());
    }
    commandLine.getErr().flush();
    return 1;
  }

  private static String oneLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
