package dev.autogen.render;

import com.palantir.javapoet.CodeBlock;

/**
 * A string literal for text a user or an entity wrote (a revision message, a branch label, a name, a comment, a
 * default, a check): every such string in a rendered file is one of these. JavaPoet's {@code $S} leaves
 * U+2028 and U+2029 as they are, and its writer then breaks the line at them, inside the literal: the file would not
 * compile. Here every character javac or JavaPoet could take for a line break is an escape.
 */
final class JavaStringLiteral {

  private JavaStringLiteral() {
  }

  /** The literal, or {@code null} as {@code $S} writes it. */
  static CodeBlock literal(String value) {
    if (value == null) {
      return CodeBlock.of("null");
    }
    StringBuilder literal = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      if (c == '"' || c == '\\') {
        literal.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f) {
        // octal, not \\uXXXX: javac turns a unicode escape into its character before it reads the literal
        literal.append(String.format("\\%03o", (int) c));
      } else if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
        literal.append(String.format("\\u%04x", (int) c));
      } else {
        literal.append(c);
      }
    }
    return CodeBlock.of("$L", literal.append('"'));
  }
}
