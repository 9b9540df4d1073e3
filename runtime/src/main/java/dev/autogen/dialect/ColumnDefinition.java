package dev.autogen.dialect;

import dev.autogen.dialect.SqlToken.Kind;
import java.util.List;

/**
 * A column definition as a mapping may write it ({@code @Column(columnDefinition = "boolean default false not
 * null")}), taken apart: Hibernate's export writes it verbatim after the column name, so PostgreSQL reads a type
 * followed by column constraints. Those the schema model has a place for are kept apart; anything else
 * ({@code collate}, {@code references}, {@code primary key}, {@code generated}, a named {@code constraint}) is
 * rejected, as the model would compare it wrongly forever.
 *
 * @param type              the type, validated as exactly one type
 * @param defaultExpression the {@code default} expression, or {@code null}
 * @param notNull           whether it says {@code not null}
 * @param unique            whether it says {@code unique}
 * @param check             the expression of an unnamed {@code check (...)}, or {@code null}
 */
public record ColumnDefinition(String type, String defaultExpression, boolean notNull, boolean unique,
    String check) {

  /**
   * @throws SqlSyntaxException if the text is not a type followed by {@code default}, {@code [not] null},
   *                            {@code unique} and {@code check (...)} clauses, each at most once
   */
  public static ColumnDefinition parse(String text) {
    List<SqlToken> tokens = SqlLexer.tokenize(text);
    if (tokens.isEmpty()) {
      throw new SqlSyntaxException("is empty");
    }
    int typeEnd = nextClause(tokens, 0);
    if (typeEnd == 0) {
      throw new SqlSyntaxException("has no type before '" + tokens.get(0).text() + "'");
    }
    String type = slice(text, tokens, 0, typeEnd);
    SqlExpressions.requireType(type);
    String defaultExpression = null;
    boolean notNull = false;
    boolean nullable = false;
    boolean unique = false;
    String check = null;
    int index = typeEnd;
    while (index < tokens.size()) {
      SqlToken token = tokens.get(index);
      if (token.isWord("default") && defaultExpression == null) {
        int end = nextClause(tokens, index + 1);
        if (end == index + 1) {
          throw new SqlSyntaxException("has 'default' without an expression");
        }
        defaultExpression = slice(text, tokens, index + 1, end);
        SqlExpressions.requireExpression(defaultExpression);
        index = end;
      } else if (token.isWord("not") && index + 1 < tokens.size() && tokens.get(index + 1).isWord("null")
          && !notNull && !nullable) {
        notNull = true;
        index += 2;
      } else if (token.isWord("null") && !notNull && !nullable) {
        nullable = true;
        index++;
      } else if (token.isWord("unique") && !unique) {
        unique = true;
        index++;
      } else if (token.isWord("check") && check == null && index + 1 < tokens.size()
          && tokens.get(index + 1).kind() == Kind.OPEN_PARENTHESIS) {
        int close = closingParenthesis(tokens, index + 1);
        if (close == index + 2) {
          throw new SqlSyntaxException("has an empty check");
        }
        check = slice(text, tokens, index + 2, close);
        SqlExpressions.requireExpression(check);
        index = close + 1;
      } else {
        throw new SqlSyntaxException("holds '" + token.text() + "', which autogen cannot compare (it keeps a type,"
            + " default, [not] null, unique and an unnamed check, each once)");
      }
    }
    return new ColumnDefinition(type, defaultExpression, notNull, unique, check);
  }

  /** Whether there is more than a type. */
  public boolean hasConstraints() {
    return defaultExpression != null || notNull || unique || check != null;
  }

  /** The index of the first token from {@code from} on that starts a column constraint outside parentheses. */
  private static int nextClause(List<SqlToken> tokens, int from) {
    int depth = 0;
    for (int i = from; i < tokens.size(); i++) {
      SqlToken token = tokens.get(i);
      if (token.kind() == Kind.OPEN_PARENTHESIS || token.kind() == Kind.OPEN_BRACKET) {
        depth++;
      } else if (token.kind() == Kind.CLOSE_PARENTHESIS || token.kind() == Kind.CLOSE_BRACKET) {
        depth--;
      } else if (depth == 0 && token.kind() == Kind.WORD
          && SqlExpressions.COLUMN_CONSTRAINT_WORDS.contains(token.value())) {
        return i;
      }
    }
    return tokens.size();
  }

  private static int closingParenthesis(List<SqlToken> tokens, int open) {
    int depth = 0;
    for (int i = open; i < tokens.size(); i++) {
      Kind kind = tokens.get(i).kind();
      if (kind == Kind.OPEN_PARENTHESIS) {
        depth++;
      } else if (kind == Kind.CLOSE_PARENTHESIS && --depth == 0) {
        return i;
      }
    }
    throw new SqlSyntaxException("leaves a '(' open");
  }

  /** The text of tokens {@code from} (inclusive) to {@code to} (exclusive), comments between them included. */
  private static String slice(String text, List<SqlToken> tokens, int from, int to) {
    SqlToken last = tokens.get(to - 1);
    return text.substring(tokens.get(from).start(), last.start() + last.text().length()).strip();
  }
}
