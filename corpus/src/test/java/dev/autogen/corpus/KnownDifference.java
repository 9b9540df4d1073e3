package dev.autogen.corpus;

import java.util.Objects;

/**
 * A difference the protocol is known to observe on a model, with why. The test asserts that every known difference is
 * still observed, so a fix that makes one go away fails the test until the entry is taken out.
 *
 * @param observation what {@link CorpusProtocol} reports, exactly
 * @param reason      why it is observed and what would remove it
 */
record KnownDifference(String observation, String reason) {

  KnownDifference {
    Objects.requireNonNull(observation, "observation");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a known difference needs its reason: " + observation);
    }
  }
}
