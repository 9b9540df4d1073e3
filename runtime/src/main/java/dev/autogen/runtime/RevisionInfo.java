package dev.autogen.runtime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the revision graph knows of one revision, read from its {@link Revision} annotation.
 *
 * @param parents the revisions this one revises: none for a base, several for a merge
 * @param source the migration's source file, or {@code null} for a class that came compiled on the class path
 * @param branchLabels names of the branch this revision starts, for targets such as {@code label@head}
 * @param dependsOn revisions applied before this one without being its parents
 * @param transactional whether the migration runs inside a transaction, see {@link Revision#transactional()}
 * @param replaces for a squash, the revisions it stands for, in graph order (see {@link Revision#replaces()})
 */
public record RevisionInfo(String id, List<String> parents, String message, String created, Path source,
    List<String> branchLabels, List<String> dependsOn, boolean transactional, List<String> replaces) {

  public RevisionInfo {
    Objects.requireNonNull(id, "id");
    parents = List.copyOf(parents);
    message = message == null ? "" : message;
    created = created == null ? "" : created;
    branchLabels = List.copyOf(branchLabels);
    dependsOn = List.copyOf(dependsOn);
    replaces = List.copyOf(replaces);
  }

  /** A revision that replaces none: every revision but a squash. */
  public RevisionInfo(String id, List<String> parents, String message, String created, Path source,
      List<String> branchLabels, List<String> dependsOn, boolean transactional) {
    this(id, parents, message, created, source, branchLabels, dependsOn, transactional, List.of());
  }

  /** A transactional revision. */
  public RevisionInfo(String id, List<String> parents, String message, String created, Path source,
      List<String> branchLabels, List<String> dependsOn) {
    this(id, parents, message, created, source, branchLabels, dependsOn, true);
  }

  /** A revision without branch labels or dependencies. */
  public RevisionInfo(String id, List<String> parents, String message, String created, Path source) {
    this(id, parents, message, created, source, List.of(), List.of());
  }

  public static RevisionInfo of(Revision revision, Path source) {
    return new RevisionInfo(revision.id(), List.of(revision.revises()), revision.message(), revision.created(),
        source, List.of(revision.branchLabels()), List.of(revision.dependsOn()), revision.transactional(),
        List.of(revision.replaces()));
  }

  /** The parents and the dependencies: every revision that must be applied before this one. */
  public List<String> requirements() {
    List<String> requirements = new ArrayList<>(parents);
    dependsOn.stream().filter(id -> !parents.contains(id)).forEach(requirements::add);
    return requirements;
  }

  /** Whether this revision is a squash: it stands for the revisions it {@linkplain #replaces() replaces}. */
  public boolean isSquash() {
    return !replaces.isEmpty();
  }

  /** The id, with the source file when there is one: how messages name the revision. */
  public String describe() {
    return source == null ? id : id + " (" + source + ")";
  }
}
