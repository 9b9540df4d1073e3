package dev.autogen.runtime;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What the revision graph knows of one revision, read from its {@link Revision} annotation.
 *
 * @param parents the revisions this one revises: none for a base, several for a merge
 * @param source the migration's source file, or {@code null} for a class that came compiled on the class path
 */
public record RevisionInfo(String id, List<String> parents, String message, String created, Path source) {

  public RevisionInfo {
    Objects.requireNonNull(id, "id");
    parents = List.copyOf(parents);
    message = message == null ? "" : message;
    created = created == null ? "" : created;
  }

  public static RevisionInfo of(Revision revision, Path source) {
    return new RevisionInfo(
        revision.id(), List.of(revision.revises()), revision.message(), revision.created(), source);
  }

  /** The id, with the source file when there is one: how messages name the revision. */
  public String describe() {
    return source == null ? id : id + " (" + source + ")";
  }
}
