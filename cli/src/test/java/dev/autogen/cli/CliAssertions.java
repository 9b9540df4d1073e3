package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Checks shared by the tests of failing commands. */
final class CliAssertions {

  private CliAssertions() {
  }

  /**
   * A failure as users must see it: exit code 1 and one line, {@code ERROR: ...}, on the error stream, with no stack
   * trace. The only other line allowed there is the informational {@code Database: ...} line a command prints before
   * it connects. Returns the error line.
   */
  static String assertOneLineError(CliResult result) {
    assertThat(result.exitCode()).as("exit code of%n%s", result).isEqualTo(1);
    List<String> lines = result.errLines().stream().filter(line -> !line.startsWith("Database: ")).toList();
    assertThat(lines).as("error stream of%n%s", result).hasSize(1);
    assertThat(result.errLines()).as("error stream of%n%s", result).last().isEqualTo(lines.get(0));
    assertThat(lines.get(0)).startsWith("ERROR: ").doesNotContain("\tat ").doesNotContain("Exception");
    return lines.get(0);
  }

  /** A failure run with {@code --verbose}: the same first line, then the stack trace. */
  static void assertErrorWithStackTrace(CliResult result, String expectedFirstLine) {
    assertThat(result.exitCode()).as("exit code of%n%s", result).isEqualTo(1);
    assertThat(result.errLines()).as("error stream of%n%s", result)
        .filteredOn(line -> !line.startsWith("Database: ")).first().isEqualTo(expectedFirstLine);
    assertThat(result.err()).contains("\tat ");
  }

  /**
   * Everything the command printed is safe on a terminal: no character but the line ends ({@code \n}, or the
   * {@code \r\n} of the platform's line separator) that a terminal takes for a line break, a cursor movement or a
   * reordering: C0 and C1 controls, ESC, DEL, U+2028, U+2029, bidirectional overrides. Returns the lines printed.
   */
  static List<String> assertTerminalSafe(CliResult result) {
    for (String stream : List.of(result.out(), result.err())) {
      String withoutLineEnds = stream.replace(System.lineSeparator(), "").replace("\n", "");
      assertThat(withoutLineEnds.codePoints().filter(CliAssertions::unsafeOnATerminal).toArray())
          .as("characters a terminal acts on, printed by%n%s", result).isEmpty();
    }
    return result.allLines();
  }

  private static boolean unsafeOnATerminal(int c) {
    return c < 0x20 || c == 0x7f || c >= 0x80 && c <= 0x9f || c == 0x2028 || c == 0x2029
        || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
  }
}
