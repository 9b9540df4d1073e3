package dev.autogen.runtime;

import java.util.Set;

/**
 * One revision applied or reverted, with the version table's heads before and after it: the version table write is
 * the difference between the two.
 */
public record Step(RevisionInfo revision, Direction direction, Set<String> headsBefore, Set<String> headsAfter) {

  public Step {
    headsBefore = Set.copyOf(headsBefore);
    headsAfter = Set.copyOf(headsAfter);
  }

  /**
   * Alembic's log line: {@code Running upgrade a91c0e5d22f0 -> 3f2a9c41b7de, add phone_number}; one line, whatever
   * the message holds ({@link TerminalText}).
   */
  public String description() {
    String parents = String.join(", ", revision.parents());
    String transition = direction == Direction.UPGRADE
        ? "Running upgrade " + parents + " -> " + revision.id()
        : "Running downgrade " + revision.id() + " -> " + parents;
    return TerminalText.line(revision.message().isBlank() ? transition : transition + ", " + revision.message());
  }

  /** Calls the side of {@code migration} this step takes: {@code upgrade} or {@code downgrade}. */
  public void run(Migration migration, Operations op) {
    if (direction == Direction.UPGRADE) {
      migration.upgrade(op);
    } else {
      migration.downgrade(op);
    }
  }
}
