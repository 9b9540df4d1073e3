package dev.autogen.cli;

import static dev.autogen.cli.CliAssertions.assertOneLineError;
import static dev.autogen.cli.CliAssertions.assertTerminalSafe;
import static dev.autogen.cli.LeakLedger.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile text on the command line, without a database: line terminators, quotes and comment ends in messages,
 * branch labels and revision ids. A message is kept exactly (the file compiles, the graph reads it back); a label or
 * an id that is no word is refused with one line; the configured password is never printed.
 */
class AdversarialInputTest {

  private static final LeakLedger LEDGER = new LeakLedger("AdversarialInputTest");
  private static final List<String> HOSTILE = List.of("\n", "\r", "\r\n", "\u000B", "\f", "\u0085", "\u2028",
      "\u2029", "\"", "'", "\\", "\\u000a", "*/", "/*", "--", "$$", "${AUTOGEN_PASSWORD}", "\t", "\u001B[2K", "\u0000");

  @TempDir
  Path directory;

  private CliProject project;

  @AfterAll
  static void noOutputHeldThePassword() {
    LEDGER.assertNothingLeaked();
  }

  @BeforeEach
  void project() {
    project = new CliProject(directory).environment("AUTOGEN_PASSWORD", SECRET);
    project.init();
    project.config("url = jdbc:postgresql://127.0.0.1:1/db?password=" + SECRET, "user = app");
  }

  @Test
  void everyMessageIsKeptExactlyAndItsFileCompiles() {
    for (int i = 0; i < HOSTILE.size(); i++) {
      LEDGER.attack();
      String message = "m" + i + HOSTILE.get(i) + "x\"); System.exit(1); //" + HOSTILE.get(i) + "DROP TABLE a;";
      String id = String.format("%012x", i + 1);
      LEDGER.record(project.succeed("revision", "--empty", "-m", message, "--rev-id", id));
    }
    // every file parses and compiles: the offline script needs each migration run
    CliResult script = LEDGER.record(project.succeed("upgrade", "base:head", "--sql"));
    assertThat(script.out().lines().filter(line -> line.contains("DROP TABLE a")))
        .hasSize(HOSTILE.size())
        .allMatch(line -> line.startsWith("-- "));
    CliResult show = LEDGER.record(project.succeed("show", String.format("%012x", 1)));
    // the message is kept, and shown on one line with its line break visible
    assertThat(show.out()).contains("m0\\nx\"); System.exit(1); //\\nDROP TABLE a;");
  }

  @Test
  void aMessageNeverForgesOrErasesALineInHistoryHeadsOrShow() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < HOSTILE.size(); i++) {
      LEDGER.attack();
      String id = String.format("%012x", i + 1);
      ids.add(id);
      LEDGER.record(project.succeed("revision", "--empty", "-m", "m" + i + HOSTILE.get(i) + "FORGED\u202eevil",
          "--rev-id", id));
    }
    // one line per revision, each ending with its own message: no line starts with the text after a break
    List<String> history = assertTerminalSafe(LEDGER.record(project.succeed("history")));
    assertThat(history).hasSize(HOSTILE.size())
        .allMatch(line -> line.matches("(<base>|\\p{XDigit}{12}) -> \\p{XDigit}{12}.*, m\\d+.*FORGED\\\\u202eevil"));
    assertThat(history).anyMatch(line -> line.endsWith(", m18\\u001b[2KFORGED\\u202eevil"))
        .anyMatch(line -> line.endsWith(", m2\\r\\nFORGED\\u202eevil"))
        .anyMatch(line -> line.endsWith(", m6\\u2028FORGED\\u202eevil"));
    assertThat(assertTerminalSafe(LEDGER.record(project.succeed("heads")))).hasSize(1);
    for (String id : ids) {
      assertThat(assertTerminalSafe(LEDGER.record(project.succeed("show", id))))
          .filteredOn(line -> line.contains("FORGED") && !line.startsWith("Path: ")).hasSize(1);
    }
    // an error naming what the user typed shows it as typed, escapes visible
    LEDGER.attack();
    CliResult unknown = LEDGER.record(project.command("show", "\u001b[2K\u001b]0;title\u0007abc"));
    assertTerminalSafe(unknown);
    assertThat(assertOneLineError(unknown)).contains("\\u001b[2K\\u001b]0;title\\u0007abc");
  }

  @Test
  void aBranchLabelOrRevisionIdThatIsNoWordIsRefusedWithOneLine() {
    // "--" aside: shop--DROP is a word (letters, digits, _ . -)
    for (String hostile : HOSTILE.stream().filter(text -> !text.equals("--")).toList()) {
      LEDGER.attack();
      assertThat(assertOneLineError(LEDGER.record(project.command("revision", "--empty", "-m", "x",
          "--branch-label", "shop" + hostile + "DROP")))).startsWith("ERROR: branch label 'shop");
      assertThat(assertOneLineError(LEDGER.record(project.command("revision", "--empty", "-m", "x",
          "--rev-id", "aaaaaaaaaaa" + hostile)))).startsWith("ERROR: --rev-id 'aaaaaaaaaaa");
    }
    assertThat(project.versions().toFile().list()).isEmpty();
  }

  @Test
  void aTargetUrlHoldingAPasswordIsNeverPrinted() {
    for (String url : List.of("jdbc:postgresql://127.0.0.1:99999/db?password=" + SECRET,
        "jdbc:postgresql://app:" + SECRET + "@127.0.0.1:1/db", "jdbc:mysql://h/db?password=" + SECRET)) {
      LEDGER.attack();
      CliResult result = LEDGER.record(project.command("check", "--target-url", url, "-v"));
      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err()).startsWith("ERROR: ").doesNotContain(SECRET);
    }
  }
}
