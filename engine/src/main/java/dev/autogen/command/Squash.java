package dev.autogen.command;

import dev.autogen.diff.DiffOptions;
import dev.autogen.diff.DiffResult;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.introspect.IntrospectionResult;
import dev.autogen.introspect.PostgresIntrospector;
import dev.autogen.op.AddColumnOp;
import dev.autogen.op.ExecuteOp;
import dev.autogen.op.MigrationOp;
import dev.autogen.op.MigrationPlan;
import dev.autogen.op.ModelInterpreter;
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
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import dev.autogen.script.MigrationLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

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
    try (ScratchDatabase scratch = ScratchDatabase.create(project.database())) {
      Autogen rangeRun = autogen(scratch, revisions);
      upgrade(rangeRun, from, "the range's scratch database");
      IntrospectionResult atFrom = read(scratch);
      upgrade(rangeRun, to, "the range's scratch database");
      IntrospectionResult atTo = read(scratch);
      MigrationPlan plan = planUnderProof.apply(plan(scratch, atFrom, atTo, rangeOps));
      RevisionSource source = new RevisionSource(id, from == null ? List.of() : List.of(from), request.message(),
          created, "Squashes " + replaced.size() + " revisions after " + (from == null ? "base" : from)
          + " up to " + to + ", proven on scratch databases", plan, List.of(), List.of(), replaced);
      RenderedMigration rendered = new MigrationFileRenderer().render(source, project.config().migrationsPackage());
      // the very bytes the file gets are compiled and run
      prove(request.range(), rendered, id, from, atFrom, atTo, out);
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

  private void prove(String range, RenderedMigration rendered, String id, String from, IntrospectionResult atFrom,
      IntrospectionResult atTo, Consumer<String> out) {
    Path directory = null;
    try {
      directory = Files.createTempDirectory("autogen-squash");
      Path file = Files.writeString(directory.resolve(rendered.fileName()), rendered.source());
      List<Path> sources = new ArrayList<>(project.scripts().sources());
      sources.add(file);
      List<LoadedRevision> withSquash =
          new MigrationLoader(project.config().entityClasspath(), project.config().compileCacheDirectory())
              .load(sources);
      try (ScratchDatabase scratch = ScratchDatabase.create(project.database())) {
        Autogen autogen = autogen(scratch, withSquash);
        upgrade(autogen, from, "the squash's scratch database");
        requireEqual(range, "before the squash, the scratch database", atFrom, read(scratch));
        upgrade(autogen, id, "the squash's scratch database");
        requireEqual(range, "the squash's upgrade", atTo, read(scratch));
        try {
          autogen.downgrade(from == null ? "base" : from);
        } catch (RuntimeException e) {
          throw unproven(range, "its downgrade fails: " + e.getMessage(), e);
        }
        requireEqual(range, "the squash's downgrade", atFrom, read(scratch));
      }
      out.accept("Proven on scratch databases: the squash builds the catalog the range builds, and its downgrade"
          + " returns to " + (from == null ? "base" : from) + "'s");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the squash to a temporary directory: " + e.getMessage(), e);
    } finally {
      delete(directory);
    }
  }

  private static void requireEqual(String range, String what, IntrospectionResult expected,
      IntrospectionResult actual) {
    if (expected.schema().equals(actual.schema()) && expected.unmanaged().equals(actual.unmanaged())) {
      return;
    }
    List<String> differences = SchemaDiff.compare(actual.schema(), expected.schema(), DiffOptions.DEFAULTS)
        .plan().upgradeOps().stream().map(MigrationOp::description).toList();
    throw unproven(range, what + " leaves another catalog than the range"
        + (differences.isEmpty() ? " (" + firstDifference(expected.schema(), actual.schema()) + ")"
        : ": " + differences.get(0) + (differences.size() > 1 ? " and " + (differences.size() - 1) + " more" : "")),
        null);
  }

  /** Where two catalogs the diff finds alike differ: a table's column order, a name the diff does not match by. */
  private static String firstDifference(SchemaModel expected, SchemaModel actual) {
    for (TableModel table : expected.tables()) {
      TableModel other = actual.table(table.name()).orElse(null);
      if (other != null && !table.equals(other)) {
        List<String> columns = table.columns().stream().map(ColumnModel::name).toList();
        List<String> otherColumns = other.columns().stream().map(ColumnModel::name).toList();
        return columns.equals(otherColumns)
            ? "table '" + table.name() + "' differs in names the diff does not match by"
            : "the columns of table '" + table.name() + "' are in another order: " + otherColumns + ", not "
                + columns + ", which no diff can express";
      }
    }
    return "sequences, enum types or schemas differ in what the diff does not compare";
  }

  private static AutogenException unproven(String range, String reason, Throwable cause) {
    return new AutogenException("squash " + range + " is unproven, nothing written: " + reason, cause);
  }

  /**
   * The ops from FROM's catalog to TO's: first the renames the range makes of what FROM has (a diff would drop and
   * add), then the diff, without guessing further renames; columns added to a table in the order TO's catalog has
   * them. Dropped checks carry a text that re-creates them exactly.
   */
  private MigrationPlan plan(ScratchDatabase scratch, IntrospectionResult atFrom, IntrospectionResult atTo,
      List<MigrationOp> rangeOps) {
    List<MigrationOp> renames = RangeRenames.of(atFrom.schema(), rangeOps);
    SchemaModel renamed;
    try {
      renamed = ModelInterpreter.apply(atFrom.schema(), renames);
    } catch (IllegalStateException e) {
      // renames that cross (a swap): left to the diff, and to the proof
      renames = List.of();
      renamed = atFrom.schema();
    }
    DiffResult diff = SchemaDiff.compare(renamed, atTo.schema().withSchemas(atFrom.keptSchemas()),
        DiffOptions.DEFAULTS.withoutRenames());
    try (Connection connection = scratch.database().connect()) {
      diff = new RestorableChecks(connection, renamed).restore(diff);
    } catch (SQLException e) {
      throw new AutogenException("squash: cannot read the scratch database: " + e.getMessage(), e);
    }
    List<MigrationOp> ops = new ArrayList<>(renames);
    ops.addAll(inCatalogOrder(diff.plan().upgradeOps(), atTo.schema()));
    return new MigrationPlan(ops);
  }

  /** The added columns (one run of ops in the diff's order) sorted as the catalog numbers them, table by table. */
  private static List<MigrationOp> inCatalogOrder(List<MigrationOp> ops, SchemaModel target) {
    List<Integer> positions = new ArrayList<>();
    List<AddColumnOp> added = new ArrayList<>();
    for (int i = 0; i < ops.size(); i++) {
      if (ops.get(i) instanceof AddColumnOp add) {
        positions.add(i);
        added.add(add);
      }
    }
    added.sort(Comparator.comparing((AddColumnOp add) -> add.table().toString())
        .thenComparingInt(add -> target.table(add.table())
            .map(table -> table.columns().stream().map(ColumnModel::name).toList().indexOf(add.column().name()))
            .orElse(Integer.MAX_VALUE)));
    List<MigrationOp> ordered = new ArrayList<>(ops);
    for (int i = 0; i < positions.size(); i++) {
      ordered.set(positions.get(i), added.get(i));
    }
    return ordered;
  }

  private Autogen autogen(ScratchDatabase scratch, List<LoadedRevision> revisions) {
    return Autogen.configure()
        .connections(scratch.database()::connect)
        .revisions(() -> revisions)
        .versionTable(project.versionTable().table())
        .lockTimeout(project.config().lockTimeout())
        .reporter(line -> { })
        .load();
  }

  private static void upgrade(Autogen autogen, String target, String where) {
    if (target == null) {
      return;
    }
    try {
      autogen.upgrade(target);
    } catch (RuntimeException e) {
      throw new AutogenException("squash: cannot upgrade " + where + " to " + target + ": " + e.getMessage(), e);
    }
  }

  private IntrospectionResult read(ScratchDatabase scratch) {
    try (Connection connection = scratch.database().connect()) {
      return new PostgresIntrospector().read(connection, project.config().introspectionFilter());
    } catch (SQLException e) {
      throw new AutogenException("squash: cannot read the scratch database: " + e.getMessage(), e);
    }
  }

  private static void delete(Path directory) {
    if (directory == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is no failure of the squash
    }
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
