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
}
