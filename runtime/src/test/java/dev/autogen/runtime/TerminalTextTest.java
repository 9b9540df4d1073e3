package dev.autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

  @Test
  void ordinaryTextIsUnchanged() {
    String text = "add phone_number: é, 😀, \"quoted\", back\\slash, <b>";
    assertThat(TerminalText.line(text)).isSameAs(text);
    assertThat(TerminalText.line(null)).isNull();
  }

  @Test
  void lineBreaksAreVisibleEscapes() {
    assertThat(TerminalText.line("a\nb\rc\r\nd\te")).isEqualTo("a\\nb\\rc\\r\\nd\\te");
    assertThat(TerminalText.line("a\u2028b\u2029c\u0085d\u000bf\fg")).isEqualTo("a\\u2028b\\u2029c\\u0085d\\u000bf\\u000cg");
  }

  @Test
  void escapeSequencesAndReorderingAreVisibleEscapes() {
    assertThat(TerminalText.line("\u001b[2K\u001b]0;t\u0007\u009b1A\u007f\u0000"))
        .isEqualTo("\\u001b[2K\\u001b]0;t\\u0007\\u009b1A\\u007f\\u0000");
    assertThat(TerminalText.line("abc\u202edef\u2066g\u2069")).isEqualTo("abc\\u202edef\\u2066g\\u2069");
  }
}
