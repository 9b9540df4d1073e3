package dev.autogen.runtime;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the history table. A row being written has no {@code id}, {@code appliedAt} or {@code appliedBy} yet:
 * the database fills them in.
 *
 * @param id           the row's place in the log, increasing; 0 before it is written
 * @param revision     the revision the row is about ({@code base} for a stamp that left no head)
 * @param action       what happened to it
 * @param appliedAt    when the row was written, the end of its step; {@code null} before it is written
 * @param durationMillis how long the step's statements took; {@code null} for stamps, accepts and offline scripts
 * @param appliedBy    the database user ({@code current_user}); {@code null} before it is written
 * @param osUser       the operating system user autogen ran as; {@code null} when written by a script
 * @param checksum     the {@link MigrationChecksum} of the statements the step ran, or {@code null}
 * @param fileChecksum the SHA-256 of the source file's bytes at the time, or {@code null} without a source file
 */
public record HistoryEntry(long id, String revision, HistoryAction action, Instant appliedAt, Long durationMillis,
    String appliedBy, String osUser, String checksum, String fileChecksum) {

  /** The operating system user this process runs as, recorded beside the database user. */
  public static final String LOCAL_USER = System.getProperty("user.name");

  public HistoryEntry {
    Objects.requireNonNull(revision, "revision");
    Objects.requireNonNull(action, "action");
  }

  /** A row to write. */
  public static HistoryEntry of(String revision, HistoryAction action, Long durationMillis, String osUser,
      String checksum, String fileChecksum) {
    return new HistoryEntry(0, revision, action, null, durationMillis, null, osUser, checksum, fileChecksum);
  }
}
