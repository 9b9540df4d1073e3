package dev.autogen.dialect;

import dev.autogen.dialect.SqlToken.Kind;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a piece of SQL text from a mapping may be before it is put into a statement: exactly one expression (a
 * default, a check, a generation expression) or exactly one type, never anything that could end the statement around
 * it or start another. Read with {@link SqlLexer}, so a {@code ;} or a {@code )} inside a string, a quoted name or a
 * comment counts for nothing, and one outside counts whatever surrounds it.
 */
public final class SqlExpressions {

  /** Words that end a type in a column definition: what may follow the type there. */
  static final Set<String> COLUMN_CONSTRAINT_WORDS = Set.of("constraint", "not", "null", "check", "default",
      "generated", "unique", "primary", "references", "collate", "deferrable", "initially", "compression", "storage");

  private SqlExpressions() {
  }

  /**
   * @throws SqlSyntaxException saying why {@code expression} is not one expression: empty, a {@code ;} outside a
   *                            string (a second statement), a parenthesis or bracket closed before it was opened or
   *                            left open, a list at the top level, or a string, name or comment left open
   */
  public static void requireExpression(String expression) {
    List<SqlToken> tokens = SqlLexer.tokenize(expression);
    if (tokens.isEmpty()) {
      throw new SqlSyntaxException("is empty");
    }
    Deque<Kind> open = new ArrayDeque<>();
    for (SqlToken token : tokens) {
      switch (token.kind()) {
        case SEMICOLON -> throw new SqlSyntaxException("holds a ';' outside a string: that would start another"
            + " statement");
        case OPEN_PARENTHESIS, OPEN_BRACKET -> open.push(token.kind());
        case CLOSE_PARENTHESIS -> close(open, Kind.OPEN_PARENTHESIS, "')'");
        case CLOSE_BRACKET -> close(open, Kind.OPEN_BRACKET, "']'");
        case COMMA -> {
          if (open.isEmpty()) {
            throw new SqlSyntaxException("is a list, not one expression (a ',' outside parentheses)");
          }
        }
        default -> {
        }
      }
    }
    if (!open.isEmpty()) {
      throw new SqlSyntaxException("leaves a " + (open.peek() == Kind.OPEN_PARENTHESIS ? "'('" : "'['") + " open");
    }
  }

  /**
   * @throws SqlSyntaxException unless {@code type} is one type name: words, quoted names and dots, with
   *                            parenthesised modifiers ({@code numeric(10, 2)}) and array brackets, and nothing a
   *                            column definition has after its type ({@code default}, {@code not null}, ...)
   */
  public static void requireType(String type) {
    requireExpression(type);
    List<SqlToken> tokens = SqlLexer.tokenize(type);
    int depth = 0;
    for (SqlToken token : tokens) {
      switch (token.kind()) {
        case OPEN_PARENTHESIS, OPEN_BRACKET -> depth++;
        case CLOSE_PARENTHESIS, CLOSE_BRACKET -> depth--;
        case WORD -> {
          if (depth == 0 && COLUMN_CONSTRAINT_WORDS.contains(token.value())) {
            throw new SqlSyntaxException("holds more than a type ('" + token.text() + "')");
          }
        }
        case QUOTED_IDENTIFIER, DOT, NUMBER, COMMA -> {
        }
        default -> {
          if (depth == 0 || token.kind() == Kind.STRING) {
            throw new SqlSyntaxException("is not a type ('" + token.text() + "')");
          }
        }
      }
    }
    if (tokens.get(0).kind() != Kind.WORD && tokens.get(0).kind() != Kind.QUOTED_IDENTIFIER) {
      throw new SqlSyntaxException("is not a type ('" + tokens.get(0).text() + "')");
    }
  }

  /** @throws SqlSyntaxException if {@code sql} holds a {@code ;} outside strings, quoted names and comments */
  public static void requireOneStatement(String sql) {
    for (SqlToken token : SqlLexer.tokenize(sql)) {
      if (token.kind() == Kind.SEMICOLON) {
        throw new SqlSyntaxException("more than one statement: " + sql);
      }
    }
  }

  /**
   * The names an expression mentions, as PostgreSQL stores them (unquoted ones folded, quoted ones kept): a
   * superset of the columns it reads, as keywords and function names are among them. Strings and comments are
   * skipped.
   */
  public static Set<String> namesRead(String expression) {
    Set<String> names = new LinkedHashSet<>();
    for (SqlToken token : SqlLexer.tokenize(expression)) {
      if (token.kind() == Kind.WORD || token.kind() == Kind.QUOTED_IDENTIFIER) {
        names.add(Identifiers.truncate(token.value()));
      }
    }
    return names;
  }

  private static void close(Deque<Kind> open, Kind expected, String closing) {
    if (open.isEmpty() || open.peek() != expected) {
      throw new SqlSyntaxException("closes a " + closing + " it did not open: that would end the statement around"
          + " it");
    }
    open.pop();
  }
}
