package dev.autogen.command;

import dev.autogen.runtime.RevisionGraph;
import dev.autogen.runtime.RevisionInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@code current}, {@code history} and {@code heads} as data rather than Alembic's lines, for machine-readable
 * output. The revisions come from the scripts' {@code @Revision} annotations; the database is read only when asked.
 */
public final class StatusReport {

  /** A revision the database is at; {@code info} is empty when no revision file has its id. */
  public record CurrentRevision(String id, boolean head, Optional<RevisionInfo> info) {
  }

  /** A revision of the scripts; {@code current} is known only when the database was read. */
  public record RevisionStatus(RevisionInfo info, boolean head, boolean current) {
  }

  private final Project project;

  public StatusReport(Project project) {
    this.project = project;
  }

  /** The revisions the database is at, in id order. */
  public List<CurrentRevision> current() {
    Set<String> databaseHeads = new TreeSet<>(project.databaseHeads());
    RevisionGraph graph = project.graph();
    Set<String> heads = ids(graph.heads());
    List<CurrentRevision> revisions = new ArrayList<>();
    for (String id : databaseHeads) {
      revisions.add(new CurrentRevision(id, heads.contains(id),
          graph.contains(id) ? Optional.of(graph.get(id)) : Optional.empty()));
    }
    return revisions;
  }

  /** Every revision, newest first; with {@code readDatabase}, those the database is at are marked current. */
  public List<RevisionStatus> history(boolean readDatabase) {
    RevisionGraph graph = project.graph();
    Set<String> heads = ids(graph.heads());
    Set<String> current = readDatabase ? project.databaseHeads() : Set.of();
    return graph.history().stream()
        .map(info -> new RevisionStatus(info, heads.contains(info.id()), current.contains(info.id())))
        .toList();
  }

  /** The head revisions of the scripts. */
  public List<RevisionInfo> heads() {
    return project.graph().heads();
  }

  private static Set<String> ids(List<RevisionInfo> revisions) {
    return revisions.stream().map(RevisionInfo::id).collect(Collectors.toSet());
  }
}
