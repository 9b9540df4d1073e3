package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/**
 * What an adversarial test class tried and what autogen printed: every command line's output is kept, and
 * {@link #assertNothingLeaked()} greps all of it for the suite's secret. It also counts the attacks (cases) and the
 * outputs scanned, for the suite's report.
 */
final class LeakLedger {

  /** The password every adversarial project is configured with: distinctive, so a hit is never a coincidence. */
  static final String SECRET = "Zq7-adversarial-S3cret-xK9";

  private final String suite;
  private final List<String> outputs = new ArrayList<>();
  private int cases;

  LeakLedger(String suite) {
    this.suite = suite;
  }

  /** Counts one attack (one hostile input or situation), however many command lines it takes. */
  synchronized void attack() {
    cases++;
  }

  /** Keeps a command line's output for the final scan, and returns it. */
  synchronized CliResult record(CliResult result) {
    outputs.add(result.out());
    outputs.add(result.err());
    return result;
  }

  /** Keeps any other output (a child process's streams). */
  synchronized void record(String output) {
    outputs.add(output);
  }

  synchronized void assertNothingLeaked() {
    List<String> leaks = outputs.stream().filter(output -> output.contains(SECRET)).toList();
    System.out.printf("%s: %d cases tried, %d outputs scanned, %d holding the secret%n", suite, cases,
        outputs.size(), leaks.size());
    assertThat(leaks).as("outputs holding the secret").isEmpty();
    assertThat(outputs).as("outputs scanned").isNotEmpty();
  }
}
