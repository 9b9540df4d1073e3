package dev.autogen.command;

import dev.autogen.op.MigrationPlan;
import dev.autogen.render.RevisionSource;
import dev.autogen.runtime.RevisionGraph;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** {@code merge}: a revision with empty bodies whose parents are several heads, joining their branches again. */
final class Merge {

  private final Project project;

  Merge(Project project) {
    this.project = project;
  }

  void merge(MergeRequest request, Consumer<String> out) {
    RevisionGraph graph = project.graph();
    List<String> parents = NewRevision.resolveAll(request.revisions(), graph).stream().sorted().toList();
    if (parents.size() < 2) {
      throw new AutogenException("merge needs at least two revisions; " + String.join(" ", request.revisions())
          + " names " + (parents.isEmpty() ? "none" : "only " + parents.get(0)));
    }
    for (String parent : parents) {
      Set<String> others = new HashSet<>(parents);
      others.remove(parent);
      if (graph.ancestorsOrSelf(others).contains(parent)) {
        throw new AutogenException("Revision " + parent + " is an ancestor of another revision to merge ("
            + String.join(", ", others) + "); merge only revisions on separate branches");
      }
    }
    String id = NewRevision.id(request.revisionId(), graph);
    NewRevision.checkLabels(request.branchLabels(), graph);
    Instant created = project.clock().instant().truncatedTo(ChronoUnit.SECONDS);
    NewRevision.write(project, new RevisionSource(id, parents, request.message(), created, null, MigrationPlan.EMPTY,
        request.branchLabels(), List.of()), out);
  }
}
