package dev.autogen.render;

/**
 * Makes text from names and messages safe inside generated comments. Besides the obvious (a line break ends a
 * {@code //} comment, {@code *}{@code /} ends a Javadoc), javac reads unicode escapes everywhere, even in comments,
 * so a backslash followed by {@code u} could smuggle in a line break.
 */
final class CommentText {

  private CommentText() {
  }

  /** HTML-escaped, on one line, and unable to close the comment. */
  static String javadoc(String text) {
    return oneLine(text)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("*/", "*&#47;")
        .replace("\\", "&#92;");
  }

  /** For a {@code //} comment: on one line, backslashes doubled so none starts a unicode escape. */
  static String lineComment(String text) {
    return oneLine(text).replace("\\", "\\\\");
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\R", " ");
  }
}
