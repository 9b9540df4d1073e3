package dev.autogen.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.dialect.SqlToken.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlExpressionsTest {

  @Test
  void oneExpressionPasses() {
    for (String expression : List.of("0", "'x'", "now()", "tier in ('FREE','PRO')", "'a;b'", "E'it\\'s; here'",
        "\"odd;)name\" > 0", "$$;)$$", "$tag$ $$; $tag$", "price * (1 + tax)", "a[1] = 2",
        "x > 0 -- trailing comment; with a semicolon", "/* nested /* ; */ ) */ 1", "U&\"d\\0061ta\" = 1",
        "coalesce(a, b)", "'x'::text")) {
      assertThatCode(() -> SqlExpressions.requireExpression(expression)).as(expression).doesNotThrowAnyException();
    }
  }

  @Test
  void anythingThatCouldEndTheStatementAroundItIsRejected() {
    assertRejected("'x'); COMMIT; DROP TABLE victim; --", "closes a ')'");
    assertRejected("1; DROP TABLE victim", "';'");
    assertRejected("0) , evil integer, CHECK (true", "closes a ')'");
    assertRejected("1, evil integer", "is a list");
    assertRejected("(1", "leaves a '(' open");
    assertRejected("a[1", "leaves a '[' open");
    assertRejected("(1]", "closes a ']'");
    assertRejected("'open", "unterminated string");
    assertRejected("\"open", "unterminated quoted identifier");
    assertRejected("$x$ open", "unterminated dollar-quoted");
    assertRejected("1 /* open /* */", "unterminated /* comment");
    assertRejected("", "is empty");
    assertRejected("-- only a comment", "is empty");
  }

  /** With standard strings a backslash is a character: the quote after it ends the string. */
  @Test
  void aBackslashDoesNotEscapeAQuoteInAPlainString() {
    assertRejected("'a\\'); DROP TABLE victim; --'", "closes a ')'");
    assertThat(SqlLexer.tokenize("'a\\'; b'", false)).extracting(SqlToken::kind).containsExactly(Kind.STRING);
    assertThat(SqlLexer.tokenize("e'a\\'' || 'b'")).extracting(SqlToken::kind)
        .containsExactly(Kind.STRING, Kind.OPERATOR, Kind.STRING);
  }

  @Test
  void typesAreOneTypeAndNothingMore() {
    for (String type : List.of("integer", "varchar(255)", "numeric(10, 2)", "timestamp(6) with time zone",
        "integer[]", "integer array[3]", "\"Mood\"", "app.mood", "geometry(Point, 4326)", "bit varying(5)")) {
      assertThatCode(() -> SqlExpressions.requireType(type)).as(type).doesNotThrowAnyException();
    }
    assertThatThrownBy(() -> SqlExpressions.requireType("boolean default false"))
        .isInstanceOf(SqlSyntaxException.class).hasMessageContaining("more than a type ('default')");
    assertThatThrownBy(() -> SqlExpressions.requireType("int); DROP TABLE victim; --"))
        .isInstanceOf(SqlSyntaxException.class);
    assertThatThrownBy(() -> SqlExpressions.requireType("text = 'x'"))
        .isInstanceOf(SqlSyntaxException.class).hasMessageContaining("is not a type");
  }

  @Test
  void namesReadAreFoldedUnlessQuoted() {
    assertThat(SqlExpressions.namesRead("STAT in ('A','B') and \"Mixed\" > Other_Col -- COMMENTED"))
        .containsExactly("stat", "in", "and", "Mixed", "other_col");
    assertThat(SqlExpressions.namesRead("U&\"\\0041bc\" = 1")).containsExactly("Abc");
  }

  @Test
  void oneStatementHasNoSemicolonOutsideItsStrings() {
    assertThatCode(() -> SqlExpressions.requireOneStatement("CREATE TEMP TABLE t (d text DEFAULT (';'))"))
        .doesNotThrowAnyException();
    assertThatCode(() -> SqlExpressions.requireOneStatement("DO $a$ BEGIN NULL; END $a$")).doesNotThrowAnyException();
    assertThatThrownBy(() -> SqlExpressions.requireOneStatement("SELECT 1; COMMIT"))
        .isInstanceOf(SqlSyntaxException.class);
  }

  private static void assertRejected(String expression, String reason) {
    assertThatThrownBy(() -> SqlExpressions.requireExpression(expression)).as(expression)
        .isInstanceOf(SqlSyntaxException.class).hasMessageContaining(reason);
  }
}
