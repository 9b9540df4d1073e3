package dev.autogen.runtime;

import java.util.List;
import java.util.Set;

/**
 * What an upgrade or downgrade did.
 *
 * @param headsBefore the revisions the database was at when the run started, under the lock
 * @param headsAfter  the revisions it is at now
 * @param steps       the revisions applied or reverted, in order; empty when it was already there
 */
public record MigrationResult(Set<String> headsBefore, Set<String> headsAfter, List<Step> steps) {

  public MigrationResult {
    headsBefore = Set.copyOf(headsBefore);
    headsAfter = Set.copyOf(headsAfter);
    steps = List.copyOf(steps);
  }

  /** Whether anything ran. */
  public boolean changedSomething() {
    return !steps.isEmpty();
  }
}
