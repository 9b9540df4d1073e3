package dev.autogen.dialect;

/**
 * One token of PostgreSQL's SQL, as {@link SqlLexer} reads it.
 *
 * @param kind  what it is
 * @param text  the token exactly as written
 * @param value for an identifier, the name it stands for (an unquoted one folded to lower case, a quoted one
 *              unescaped); otherwise the text
 * @param start its offset in the input
 */
public record SqlToken(Kind kind, String text, String value, int start) {

  /** The kinds of token the validation and the readers of expressions need to tell apart. */
  public enum Kind {
    /** An unquoted word: a keyword or a name. */
    WORD,
    /** {@code "name"} or {@code U&"name"}. */
    QUOTED_IDENTIFIER,
    /** {@code 'text'}, {@code E'text'}, {@code U&'text'}, {@code B'101'}, {@code X'ff'}, {@code $tag$text$tag$}. */
    STRING,
    NUMBER,
    /** {@code $1}. */
    PARAMETER,
    OPEN_PARENTHESIS,
    CLOSE_PARENTHESIS,
    OPEN_BRACKET,
    CLOSE_BRACKET,
    COMMA,
    SEMICOLON,
    DOT,
    /** Any operator, including {@code ::} and {@code :}. */
    OPERATOR
  }

  /** Whether this is the unquoted word {@code word} (a keyword), in any case. */
  public boolean isWord(String word) {
    return kind == Kind.WORD && value.equals(word);
  }
}
