package dev.autogen.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LintReportTextTest {

  /** A revision message is user text: a carriage return in it must not overwrite the line on a terminal. */
  @Test
  void aMessageCannotForgeOrEraseALine() {
    LintReport report = new LintReport(List.of(
        new RevisionReport("91bf5dfcb288", "first\rDROP TABLE x\u001b[2K\u2028", "R91bf5dfcb288_First.java",
            List.of(), List.of())), false);

    List<String> lines = LintReportText.plain(report);

    assertThat(lines).first().asString()
        .startsWith("Revision 91bf5dfcb288, first\\rDROP TABLE x\\u001b[2K\\u2028")
        .doesNotContain("\r", "\u001b", "\u2028");
    assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain("\r", "\n", "\u001b"));
  }
}
