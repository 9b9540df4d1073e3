package dev.autogen.command;

import dev.autogen.introspect.IntrospectionResult;
import dev.autogen.op.ExecuteOp;
import dev.autogen.op.MigrationOp;
import dev.autogen.op.MigrationPlan;
import dev.autogen.render.MigrationFileRenderer;
import dev.autogen.render.RenderedMigration;
import dev.autogen.render.RevisionSource;
import dev.autogen.runtime.Autogen;
import dev.autogen.runtime.DataAccess;
import dev.autogen.runtime.LoadedRevision;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.runtime.RevisionInfo;
import dev.autogen.runtime.Row;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * {@code squash FROM:TO}: one revision equal to the range, written only once proven. Its ops are the diff of the
 * catalog at FROM and the catalog at TO, both built on a scratch database by the range's own revisions; the rendered
 * revision is then compiled and run on a second scratch database from FROM, whose catalog must equal TO's, and
 * downgraded, which must give FROM's again.
 *
 * <p>The squash replaces the range ({@code @Revision(replaces = ...)}, graph order): databases at TO or past it
 * keep working, see {@link RevisionGraph}. A data step in the range ({@code op.execute}, {@code op.query},
 * {@code op.update}, {@code op.batch}) is refused: the diff holds the schema alone, and a squash that kept data steps
 * would have to run the range's bodies as they were, which is no squash.
 */
final class Squash {

  private final Project project;
  // applied to the plan before it is rendered and proven: the identity, except in tests that prove the proof fails
  private final UnaryOperator<MigrationPlan> planUnderProof;

  Squash(Project project) {
    this(project, UnaryOperator.identity());
  }

  Squash(Project project, UnaryOperator<MigrationPlan> planUnderProof) {
    this.project = project;
    this.planUnderProof = planUnderProof;
  }

  Path squash(SquashRequest request, Consumer<String> out) {
    RevisionRange range = RevisionRange.parse(request.range());
    if (!range.hasStart()) {
      throw new AutogenException("squash '" + request.range() + "': give a range FROM:TO, such as base:head");
    }
    List<LoadedRevision> revisions = project.revisions();
    RevisionGraph graph = new RevisionGraph(revisions.stream().map(LoadedRevision::info).toList());
    String from = single(graph, range.from(), true);
    String to = single(graph, range.to(), false);
    Set<String> before = from == null ? Set.of() : graph.ancestorsOrSelf(Set.of(from));
    if (from != null && !graph.ancestorsOrSelf(Set.of(to)).contains(from)) {
      throw new AutogenException("squash " + request.range() + ": " + from + " is not an ancestor of " + to
          + "; FROM must be a revision TO builds on");
    }
    List<RevisionInfo> squashed = inGraphOrder(graph, to, before);
    checkSquashable(request.range(), graph, squashed, to);
    List<MigrationOp> rangeOps = new ArrayList<>();
    for (RevisionInfo info : squashed) {
      Recorded recorded = record(revisions, info);
      if (!recorded.dataCalls().isEmpty()) {
        throw new AutogenException("squash " + request.range() + ": revision " + info.describe() + " calls "
            + recorded.dataCalls().get(0) + "; a squash writes the range's schema change and cannot keep a data"
            + " step: squash the revisions before it and those after it separately");
      }
      rangeOps.addAll(recorded.ops());
    }

    String id = NewRevision.id(request.revisionId(), graph);
    Instant created = project.clock().instant().truncatedTo(ChronoUnit.SECONDS);
    List<String> replaced = squashed.stream().map(RevisionInfo::id).toList();
    out.accept("Squashing " + replaced.size() + " revisions after " + (from == null ? "base" : from) + " up to "
        + to + " ...");
    try (ScratchDatabase scratch = ScratchDatabase.create(project.database(),
        "squash proves its revision on scratch databases beside the project's: its user needs CREATEDB")) {
      Autogen rangeRun = SquashProof.autogen(project, scratch, revisions);
      SquashProof.upgrade(rangeRun, from, "the range's scratch database");
      IntrospectionResult atFrom = SquashProof.read(project, scratch);
      SquashProof.upgrade(rangeRun, to, "the range's scratch database");
      IntrospectionResult atTo = SquashProof.read(project, scratch);
      MigrationPlan plan = planUnderProof.apply(SquashPlan.of(scratch, atFrom, atTo, rangeOps));
      RevisionSource source = new RevisionSource(id, from == null ? List.of() : List.of(from), request.message(),
          created, "Squashes " + replaced.size() + " revisions after " + (from == null ? "base" : from)
          + " up to " + to + ", proven on scratch databases", plan, List.of(), List.of(), replaced);
      RenderedMigration rendered = new MigrationFileRenderer().render(source, project.config().migrationsPackage());
      // the very bytes the file gets are compiled and run
      new SquashProof(project).prove(request.range(), rendered, id, from, atFrom, atTo, out);
      Path file = project.scripts().write(rendered.fileName(), rendered.source());
      out.accept("Generating " + file + " ...  done");
      return file;
    }
  }

  /** One revision ({@code null} for base, where allowed). */
  private static String single(RevisionGraph graph, String target, boolean baseAllowed) {
    Set<String> ids;
    try {
      ids = graph.resolve(target, Set.of());
    } catch (RuntimeException e) {
      throw new AutogenException("squash: " + e.getMessage(), e);
    }
    if (ids.size() == 1) {
      return ids.iterator().next();
    }
    if (ids.isEmpty() && baseAllowed) {
      return null;
    }
    throw new AutogenException("squash: '" + target + "' names " + (ids.isEmpty() ? "base" : String.join(", ", ids))
        + "; each side of the range must be one revision" + (baseAllowed ? " or base" : ""));
  }

  /** The revisions TO needs that FROM does not, oldest first as the graph orders them. */
  private static List<RevisionInfo> inGraphOrder(RevisionGraph graph, String to, Set<String> before) {
    Set<String> needed = graph.ancestorsOrSelf(Set.of(to));
    List<RevisionInfo> oldestFirst = new ArrayList<>(graph.history());
    Collections.reverse(oldestFirst);
    return oldestFirst.stream().filter(info -> needed.contains(info.id()) && !before.contains(info.id())).toList();
  }

  /** What the squash could not stand for: a revision outside the range building on its middle, branch labels. */
  private static void checkSquashable(String range, RevisionGraph graph, List<RevisionInfo> squashed, String to) {
    if (squashed.size() < 2) {
      throw new AutogenException("squash " + range + ": the range holds " + squashed.size() + " revision"
          + (squashed.size() == 1 ? "" : "s") + "; there is nothing to squash");
    }
    Set<String> ids = new HashSet<>(squashed.stream().map(RevisionInfo::id).toList());
    for (RevisionInfo info : graph.history()) {
      if (ids.contains(info.id())) {
        continue;
      }
      for (String required : info.requirements()) {
        if (ids.contains(required) && !required.equals(to)) {
          throw new AutogenException("squash " + range + ": revision " + info.describe() + " builds on "
              + required + ", inside the range; squash up to a revision that includes it, or rebase it first");
        }
      }
    }
    for (RevisionInfo info : squashed) {
      if (!info.branchLabels().isEmpty()) {
        throw new AutogenException("squash " + range + ": revision " + info.describe() + " carries the branch label"
            + " '" + info.branchLabels().get(0) + "', which a squash cannot keep; squash a range without it");
      }
    }
  }

  /** What a revision's upgrade does, run against no database: its ops, and the data steps it calls. */
  private record Recorded(List<MigrationOp> ops, List<String> dataCalls) {
  }

  private Recorded record(List<LoadedRevision> revisions, RevisionInfo info) {
    LoadedRevision revision = revisions.stream().filter(r -> r.info().id().equals(info.id())).findFirst()
        .orElseThrow();
    List<String> calls = new ArrayList<>();
    List<MigrationOp> ops = new ArrayList<>();
    Operations op = new Operations(project.dialect(), statement -> { }, recorded -> {
      if (recorded instanceof ExecuteOp) {
        calls.add("op.execute");
      }
      ops.add(recorded);
    }, new RecordingDataAccess(calls));
    try {
      revision.newInstance().upgrade(op);
    } catch (RuntimeException e) {
      // a data step's result is used further on, or the body fails without a database: a data step it is
      if (calls.isEmpty()) {
        throw new AutogenException("squash: revision " + info.describe() + ": upgrade() failed when read without a"
            + " database: " + e, e);
      }
    }
    return new Recorded(ops, calls);
  }

  /** Data steps are recorded, and answered with nothing: no database is there. */
  private record RecordingDataAccess(List<String> calls) implements DataAccess {

    @Override
    public List<Row> query(String sql, List<?> parameters) {
      calls.add("op.query");
      return List.of();
    }

    @Override
    public int update(String sql, List<?> parameters) {
      calls.add("op.update");
      return 0;
    }

    @Override
    public int[] batch(String sql, List<? extends List<?>> rows) {
      calls.add("op.batch");
      return new int[rows.size()];
    }
  }
}
