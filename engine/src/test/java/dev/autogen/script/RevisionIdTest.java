package dev.autogen.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RevisionIdTest {

  @Test
  void generatesTwelveLowercaseHexCharacters() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String id = RevisionId.generate();
      assertThat(id).matches("[0-9a-f]{12}");
      ids.add(id);
    }
    assertThat(ids).hasSize(1000);
  }

  @Test
  void acceptsOnlyTwelveLowercaseHexCharacters() {
    assertThat(RevisionId.isValid("3f2a9c41b7de")).isTrue();
    assertThat(RevisionId.isValid("3F2A9C41B7DE")).isFalse();
    assertThat(RevisionId.isValid("3f2a9c41b7d")).isFalse();
    assertThat(RevisionId.isValid("3f2a9c41b7dee")).isFalse();
    assertThat(RevisionId.isValid("3f2a9c41b7dg")).isFalse();
    assertThat(RevisionId.isValid("")).isFalse();
    assertThat(RevisionId.isValid(null)).isFalse();
  }
}
