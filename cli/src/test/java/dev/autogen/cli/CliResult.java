package dev.autogen.cli;

import java.util.List;

/** What one {@code autogen} command line did: its exit code and what it printed to each stream. */
record CliResult(int exitCode, String out, String err) {

  List<String> outLines() {
    return lines(out);
  }

  List<String> errLines() {
    return lines(err);
  }

  /** Both streams, for assertions that hold for everything printed. */
  List<String> allLines() {
    return java.util.stream.Stream.concat(outLines().stream(), errLines().stream()).toList();
  }

  private static List<String> lines(String text) {
    return text.isEmpty() ? List.of() : text.lines().toList();
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
  }
}
