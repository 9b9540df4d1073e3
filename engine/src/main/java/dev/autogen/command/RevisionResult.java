package dev.autogen.command;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code revision} wrote.
 *
 * @param id         the new revision's id
 * @param file       the file written
 * @param operations the upgrade's operations, described as {@code check} lists them; empty for an empty revision
 */
public record RevisionResult(String id, Path file, List<String> operations) {

  public RevisionResult {
    operations = List.copyOf(operations);
  }
}
