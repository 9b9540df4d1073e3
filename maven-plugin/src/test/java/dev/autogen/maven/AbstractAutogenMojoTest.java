package dev.autogen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.command.AutogenException;
import org.junit.jupiter.api.Test;

class AbstractAutogenMojoTest {

  /** A revision id or target typed with an escape sequence cannot rewrite Maven's [ERROR] line. */
  @Test
  void aFailureIsItsFirstLineWithEscapeSequencesAndLineBreaksVisible() {
    assertThat(AbstractAutogenMojo.oneLine(new AutogenException("unknown revision '\u001b[2Kx\rforged'\nsecond")))
        .isEqualTo("unknown revision '\\u001b[2Kx\\rforged'");
    assertThat(AbstractAutogenMojo.oneLine(new IllegalStateException((String) null)))
        .isEqualTo("java.lang.IllegalStateException");
  }
}
