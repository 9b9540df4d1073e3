package dev.autogen.runtime;

import java.util.Set;

/**
 * Which applied revisions whose upgrade changed since they were applied {@code upgrade} may go on with, recording
 * their new checksum: the revisions named, or all of them.
 *
 * @param revisions ids, unique prefixes or other targets naming one revision each
 */
public record ChangeAcceptance(Set<String> revisions, boolean all) {

  /** Accept no change: any changed applied revision stops the upgrade. */
  public static final ChangeAcceptance NONE = new ChangeAcceptance(Set.of(), false);

  public ChangeAcceptance {
    revisions = Set.copyOf(revisions);
  }

  public static ChangeAcceptance of(String... revisions) {
    return new ChangeAcceptance(Set.of(revisions), false);
  }

  public static ChangeAcceptance everything() {
    return new ChangeAcceptance(Set.of(), true);
  }
}
