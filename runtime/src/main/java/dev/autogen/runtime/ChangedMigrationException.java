package dev.autogen.runtime;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Applied revisions whose upgrade no longer produces the statements it ran: the file was edited after the database
 * ran it, so databases migrated before and after the edit differ. Nothing was run.
 */
public class ChangedMigrationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<ChangedMigration> changes;

  public ChangedMigrationException(List<ChangedMigration> changes) {
    super(message(changes));
    this.changes = List.copyOf(changes);
  }

  public List<ChangedMigration> changes() {
    return changes;
  }

  /**
   * One changed revision.
   *
   * @param recorded the checksum the history table holds for it
   * @param now      the checksum of what its upgrade produces now; {@code null} when it fails to produce anything
   * @param failure  why no checksum could be computed (its {@code upgrade()} throws), or {@code null}
   */
  public record ChangedMigration(RevisionInfo revision, String recorded, String now, String failure) {

    String difference() {
      return "checksum recorded " + shortened(recorded) + ", now "
          + (now == null ? "its upgrade() fails without a database: " + failure : shortened(now));
    }
  }

  private static String message(List<ChangedMigration> changes) {
    String accept = "autogen upgrade " + changes.stream().map(change -> "--accept-changed " + change.revision().id())
        .collect(Collectors.joining(" "));
    if (changes.size() == 1) {
      ChangedMigration change = changes.get(0);
      return "Revision " + change.revision().describe() + " was changed after it was applied ("
          + change.difference() + "); revert the change, or accept it with '" + accept + "'";
    }
    return changes.size() + " revisions were changed after they were applied: " + changes.stream()
        .map(change -> change.revision().describe() + " (" + change.difference() + ")")
        .collect(Collectors.joining(", "))
        + "; revert the changes, or accept them with '" + accept + "'";
  }

  /** The first 12 hex digits: enough to tell two checksums apart in a message. */
  static String shortened(String checksum) {
    return checksum.length() == 64 && checksum.matches("[0-9a-f]+") ? checksum.substring(0, 12) : checksum;
  }
}
