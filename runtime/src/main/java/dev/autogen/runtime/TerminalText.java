package dev.autogen.runtime;

/**
 * Text a user or an entity wrote (a revision message, a file name, an object's name), made safe to print as part
 * of one line on a terminal. A carriage return, a line feed or a Unicode line separator would start a line the
 * reader takes for autogen's own; an ESC (or the 8-bit CSI) starts an ANSI sequence that can move the cursor, erase
 * what was printed or retitle the window; a bidirectional override reorders what follows. Each such character is
 * written as a visible escape ({@code \r}, {@code \u001b}, ...), so the line shows what the text holds.
 */
public final class TerminalText {

  private TerminalText() {
  }

  /** {@code text} with every character that could change what a terminal shows around it escaped; null stays null. */
  public static String line(String text) {
    if (text == null || text.chars().noneMatch(TerminalText::unsafe)) {
      return text;
    }
    StringBuilder safe = new StringBuilder(text.length() + 8);
    text.chars().forEach(c -> {
      if (!unsafe(c)) {
        safe.append((char) c);
      } else if (c == '\n') {
        safe.append("\\n");
      } else if (c == '\r') {
        safe.append("\\r");
      } else if (c == '\t') {
        safe.append("\\t");
      } else {
        safe.append(String.format("\\u%04x", c));
      }
    });
    return safe.toString();
  }

  /**
   * C0 controls and DEL, C1 controls (U+0085 next line, U+009B CSI among them), the line and paragraph separators,
   * and the bidirectional embeddings, overrides and isolates.
   */
  private static boolean unsafe(int c) {
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == '\u2028' || c == '\u2029'
        || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
  }
}
