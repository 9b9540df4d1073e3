package dev.autogen.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommentTextTest {

  @Test
  void javadocTextIsEscapedHtmlOnOneLine() {
    assertThat(CommentText.javadoc("a < b && c > d\nnext")).isEqualTo("a &lt; b &amp;&amp; c &gt; d next");
  }

  @Test
  void javadocTextCannotCloseTheCommentNorStartAUnicodeEscape() {
    assertThat(CommentText.javadoc("x */ y \\u002a/")).isEqualTo("x *&#47; y &#92;u002a/");
  }

  @Test
  void lineCommentTextStaysOnOneLineWithoutUnicodeEscapes() {
    assertThat(CommentText.lineComment("drops a\r\nb \\u000a")).isEqualTo("drops a b \\\\u000a");
  }
}
