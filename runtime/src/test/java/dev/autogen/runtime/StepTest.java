package dev.autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StepTest {

  private final RevisionInfo first = new RevisionInfo("a91c0e5d22f0", List.of(), "create user", "", null);
  private final RevisionInfo second =
      new RevisionInfo("3f2a9c41b7de", List.of("a91c0e5d22f0"), "add phone_number", "", null);

  @Test
  void describesStepsInAlembicsWords() {
    assertThat(new Step(second, Direction.UPGRADE, Set.of("a91c0e5d22f0"), Set.of("3f2a9c41b7de")).description())
        .isEqualTo("Running upgrade a91c0e5d22f0 -> 3f2a9c41b7de, add phone_number");
    assertThat(new Step(first, Direction.UPGRADE, Set.of(), Set.of("a91c0e5d22f0")).description())
        .isEqualTo("Running upgrade  -> a91c0e5d22f0, create user");
    assertThat(new Step(second, Direction.DOWNGRADE, Set.of("3f2a9c41b7de"), Set.of("a91c0e5d22f0")).description())
        .isEqualTo("Running downgrade 3f2a9c41b7de -> a91c0e5d22f0, add phone_number");
  }

  @Test
  void aMessageIsPrintedOnOneLine() {
    RevisionInfo hostile = new RevisionInfo("3f2a9c41b7de", List.of("a91c0e5d22f0"),
        "add\r\nRunning upgrade  -> 000000000000, \u001b[1Aforged", "", null);
    assertThat(new Step(hostile, Direction.UPGRADE, Set.of("a91c0e5d22f0"), Set.of("3f2a9c41b7de")).description())
        .isEqualTo("Running upgrade a91c0e5d22f0 -> 3f2a9c41b7de, add\\r\\nRunning upgrade  -> 000000000000,"
            + " \\u001b[1Aforged");
  }
}
