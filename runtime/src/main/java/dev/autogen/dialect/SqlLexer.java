package dev.autogen.dialect;

import dev.autogen.dialect.SqlToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into PostgreSQL's tokens, as the server's own scanner ({@code scan.l}) does for everything that
 * decides where a token ends: string literals ({@code ''} doubled quotes, {@code E''} backslash escapes, backslashes
 * in plain strings only when {@code standard_conforming_strings} is off), quoted identifiers (also {@code U&""}),
 * dollar quotes, {@code --} and nested block comments. Comments and whitespace are dropped. It does not parse: the
 * callers ({@link SqlExpressions}) decide what a sequence of tokens may be.
 */
public final class SqlLexer {

  private static final String OPERATOR_CHARACTERS = "+-*/<>=~!@#%^&|`?";

  private final String sql;
  private final boolean standardConformingStrings;
  private final List<SqlToken> tokens = new ArrayList<>();
  private int position;

  private SqlLexer(String sql, boolean standardConformingStrings) {
    this.sql = sql;
    this.standardConformingStrings = standardConformingStrings;
  }

  /** The tokens of {@code sql} read with {@code standard_conforming_strings = on}, PostgreSQL's default. */
  public static List<SqlToken> tokenize(String sql) {
    return tokenize(sql, true);
  }

  /**
   * @throws SqlSyntaxException if a string, quoted identifier, dollar quote or comment is not closed
   */
  public static List<SqlToken> tokenize(String sql, boolean standardConformingStrings) {
    SqlLexer lexer = new SqlLexer(sql, standardConformingStrings);
    lexer.run();
    return List.copyOf(lexer.tokens);
  }

  private void run() {
    while (position < sql.length()) {
      char c = sql.charAt(position);
      if (isWhitespace(c)) {
        position++;
      } else if (startsWith("--")) {
        int end = sql.indexOf('\n', position);
        position = end < 0 ? sql.length() : end + 1;
      } else if (startsWith("/*")) {
        blockComment();
      } else if (c == '\'') {
        string(position, position, false);
      } else if ((c == 'e' || c == 'E') && at(position + 1) == '\'') {
        string(position, position + 1, true);
      } else if ((c == 'b' || c == 'B' || c == 'x' || c == 'X' || c == 'n' || c == 'N') && at(position + 1) == '\'') {
        string(position, position + 1, false);
      } else if ((c == 'u' || c == 'U') && at(position + 1) == '&' && at(position + 2) == '\'') {
        string(position, position + 2, false);
      } else if ((c == 'u' || c == 'U') && at(position + 1) == '&' && at(position + 2) == '"') {
        quotedIdentifier(position, position + 2, true);
      } else if (c == '"') {
        quotedIdentifier(position, position, false);
      } else if (c == '$') {
        dollar();
      } else if (isIdentifierStart(c)) {
        word();
      } else if (isDigit(c) || c == '.' && isDigit(at(position + 1))) {
        number();
      } else {
        punctuation(c);
      }
    }
  }

  private void blockComment() {
    int start = position;
    int depth = 0;
    while (position < sql.length()) {
      if (startsWith("/*")) {
        depth++;
        position += 2;
      } else if (startsWith("*/")) {
        depth--;
        position += 2;
        if (depth == 0) {
          return;
        }
      } else {
        position++;
      }
    }
    throw new SqlSyntaxException("unterminated /* comment at offset " + start);
  }

  /** A string whose opening quote is at {@code quote}; backslashes escape in {@code E''} and without standard strings. */
  private void string(int start, int quote, boolean escapeString) {
    boolean backslashEscapes = escapeString || !standardConformingStrings;
    position = quote + 1;
    while (position < sql.length()) {
      char c = sql.charAt(position);
      if (c == '\\' && backslashEscapes) {
        position += 2;
      } else if (c == '\'') {
        if (at(position + 1) == '\'') {
          position += 2;
        } else {
          position++;
          add(Kind.STRING, start);
          return;
        }
      } else {
        position++;
      }
    }
    throw new SqlSyntaxException("unterminated string literal at offset " + start);
  }

  private void quotedIdentifier(int start, int quote, boolean unicode) {
    StringBuilder name = new StringBuilder();
    position = quote + 1;
    while (position < sql.length()) {
      char c = sql.charAt(position);
      if (c == '"') {
        if (at(position + 1) == '"') {
          name.append('"');
          position += 2;
        } else {
          position++;
          String value = unicode ? unicodeEscapes(name.toString()) : name.toString();
          if (value.isEmpty()) {
            throw new SqlSyntaxException("zero-length quoted identifier at offset " + start);
          }
          tokens.add(new SqlToken(Kind.QUOTED_IDENTIFIER, sql.substring(start, position), value, start));
          return;
        }
      } else {
        name.append(c);
        position++;
      }
    }
    throw new SqlSyntaxException("unterminated quoted identifier at offset " + start);
  }

  /** The default escapes of {@code U&"..."}: {@code \XXXX}, {@code \+XXXXXX} and {@code \\}. */
  private static String unicodeEscapes(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\' || i + 1 >= text.length()) {
        out.append(c);
      } else if (text.charAt(i + 1) == '\\') {
        out.append('\\');
        i++;
      } else {
        int digits = text.charAt(i + 1) == '+' ? 6 : 4;
        int from = text.charAt(i + 1) == '+' ? i + 2 : i + 1;
        if (from + digits > text.length()) {
          throw new SqlSyntaxException("invalid Unicode escape in " + text);
        }
        try {
          out.appendCodePoint(Integer.parseInt(text.substring(from, from + digits), 16));
        } catch (IllegalArgumentException e) {
          throw new SqlSyntaxException("invalid Unicode escape in " + text);
        }
        i = from + digits - 1;
      }
    }
    return out.toString();
  }

  /** {@code $1}, or a dollar-quoted string {@code $tag$...$tag$} (an empty tag too). */
  private void dollar() {
    int start = position;
    if (isDigit(at(position + 1))) {
      position++;
      while (isDigit(at(position))) {
        position++;
      }
      add(Kind.PARAMETER, start);
      return;
    }
    int tagEnd = position + 1;
    if (isIdentifierStart(at(tagEnd))) {
      while (isIdentifierStart(at(tagEnd)) || isDigit(at(tagEnd))) {
        tagEnd++;
      }
    }
    if (at(tagEnd) != '$') {
      position++;
      add(Kind.OPERATOR, start); // PostgreSQL rejects a lone '$'; it ends nothing
      return;
    }
    String tag = sql.substring(start, tagEnd + 1);
    int close = sql.indexOf(tag, tagEnd + 1);
    if (close < 0) {
      throw new SqlSyntaxException("unterminated dollar-quoted string at offset " + start);
    }
    position = close + tag.length();
    add(Kind.STRING, start);
  }

  private void word() {
    int start = position;
    while (position < sql.length() && isIdentifierPart(sql.charAt(position))) {
      position++;
    }
    String text = sql.substring(start, position);
    tokens.add(new SqlToken(Kind.WORD, text, Identifiers.fold(text), start));
  }

  /** Digits with what may follow them in a numeric constant; PostgreSQL rejects the malformed ones itself. */
  private void number() {
    int start = position;
    while (position < sql.length()) {
      char c = sql.charAt(position);
      if (Character.isLetterOrDigit(c) || c == '_') {
        position++;
      } else if (c == '.' && at(position + 1) != '.') {
        position++;
      } else if ((c == '+' || c == '-') && (at(position - 1) == 'e' || at(position - 1) == 'E')) {
        position++;
      } else {
        break;
      }
    }
    add(Kind.NUMBER, start);
  }

  private void punctuation(char c) {
    int start = position;
    position++;
    switch (c) {
      case '(' -> add(Kind.OPEN_PARENTHESIS, start);
      case ')' -> add(Kind.CLOSE_PARENTHESIS, start);
      case '[' -> add(Kind.OPEN_BRACKET, start);
      case ']' -> add(Kind.CLOSE_BRACKET, start);
      case ',' -> add(Kind.COMMA, start);
      case ';' -> add(Kind.SEMICOLON, start);
      case '.' -> add(Kind.DOT, start);
      case ':' -> {
        if (at(position) == ':' || at(position) == '=') {
          position++;
        }
        add(Kind.OPERATOR, start);
      }
      default -> {
        // an operator runs on over operator characters, but never into a comment
        if (OPERATOR_CHARACTERS.indexOf(c) >= 0) {
          while (OPERATOR_CHARACTERS.indexOf(at(position)) >= 0 && !startsWith("--") && !startsWith("/*")) {
            position++;
          }
        }
        add(Kind.OPERATOR, start);
      }
    }
  }

  private void add(Kind kind, int start) {
    String text = sql.substring(start, position);
    tokens.add(new SqlToken(kind, text, text, start));
  }

  private boolean startsWith(String prefix) {
    return sql.startsWith(prefix, position);
  }

  /** The character at {@code index}, or 0 past either end. */
  private char at(int index) {
    return index >= 0 && index < sql.length() ? sql.charAt(index) : 0;
  }

  /** PostgreSQL's whitespace only: other characters above 0x7f belong to identifiers. */
  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isIdentifierStart(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80;
  }

  private static boolean isIdentifierPart(char c) {
    return isIdentifierStart(c) || c >= '0' && c <= '9' || c == '$';
  }
}
