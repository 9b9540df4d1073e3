package dev.autogen.command;

import dev.autogen.runtime.Autogen;
import dev.autogen.runtime.HistoryEntry;
import dev.autogen.runtime.MigrationDatabaseException;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.runtime.RevisionInfo;
import dev.autogen.runtime.TerminalText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/** {@code current}, {@code history}, {@code heads}, {@code branches} and {@code show}, in Alembic's format. */
final class Status {

  private final Project project;

  Status(Project project) {
    this.project = project;
  }

  List<String> current(boolean verbose) {
    // the scripts are parsed while the database starts up (the embedded one takes a moment) and is read
    CompletableFuture<RevisionGraph> parsing = CompletableFuture.supplyAsync(project::graph);
    DatabaseState database = readDatabase(verbose);
    Set<String> current = new TreeSet<>(database.heads());
    RevisionGraph graph = join(parsing);
    Set<String> heads = ids(graph.heads());
    RevisionFormat format = format(graph, Set.of(), database.history());
    List<String> unknown = current.stream().filter(id -> !graph.contains(id)).toList();
    if (!unknown.isEmpty()) {
      // a database at a revision nobody has is not in a state to report as fine (a missing file, another branch)
      throw new AutogenException("The database is at revision " + String.join(", ", unknown) + ", which no file in "
          + project.config().scriptLocation().resolve("versions") + " has; restore its file, or set the database's"
          + " revision with 'autogen stamp --purge REV'");
    }
    List<String> lines = new ArrayList<>();
    for (String id : current) {
      if (verbose) {
        lines.addAll(format.verbose(graph.get(id)));
      } else {
        lines.add(heads.contains(id) ? id + " (head)" : id);
      }
    }
    return printable(lines);
  }

  private static RevisionGraph join(CompletableFuture<RevisionGraph> parsing) {
    try {
      return parsing.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** Fails unless the database is at every head, as {@code alembic current --check-heads}. */
  void checkHeads() {
    RevisionGraph graph = project.graph();
    Set<String> heads = new TreeSet<>(ids(graph.heads()));
    Set<String> current = new TreeSet<>(project.databaseHeads());
    // a database at the end of a squashed range holds that revision's id: it stands for the squash
    if (!current.equals(heads) && !graph.standingFor(current).equals(heads)) {
      throw new AutogenException("Database is not on all head revisions: it is at "
          + (current.isEmpty() ? "<base>" : String.join(", ", current)) + ", the heads are "
          + (heads.isEmpty() ? "<base>" : String.join(", ", heads)) + "; run 'autogen upgrade heads'");
    }
  }

  List<String> heads() {
    return printable(project.graph().heads().stream().map(info -> info.id() + " (head)").toList());
  }

  /**
   * @param range {@code FROM:TO}, either side may be empty (open) or {@code current}; {@code null} for everything
   * @param verbose the verbose block, which says when the database applied each revision (from the history table)
   * @param indicateCurrent mark the database's revisions {@code (current)}
   */
  List<String> history(String range, boolean verbose, boolean indicateCurrent) {
    RevisionGraph graph = project.graph();
    HistoryRange bounds = range == null ? null : HistoryRange.parse(range);
    boolean readsDatabase = verbose || indicateCurrent || bounds != null && bounds.mentionsCurrent();
    DatabaseState database = readsDatabase ? readDatabase(verbose) : DatabaseState.NONE;
    Set<String> current = database.heads();
    RevisionFormat format = format(graph, indicateCurrent ? current : Set.of(), database.history());
    List<RevisionInfo> revisions = bounds == null ? graph.history() : inRange(graph, bounds, current);
    List<String> lines = new ArrayList<>();
    for (RevisionInfo info : revisions) {
      if (verbose) {
        lines.addAll(format.verbose(info));
      } else {
        lines.add(format.line(info));
      }
    }
    return printable(lines);
  }

  /** Revisions with several children, each followed by the branches it starts. */
  List<String> branches(boolean verbose) {
    RevisionGraph graph = project.graph();
    RevisionFormat format = format(graph, Set.of());
    List<String> lines = new ArrayList<>();
    for (RevisionInfo branchPoint : graph.branchPoints()) {
      if (verbose) {
        lines.addAll(format.verbose(branchPoint));
      } else {
        lines.add(format.line(branchPoint));
      }
      String indent = " ".repeat(branchPoint.id().length());
      for (String child : graph.children(branchPoint.id())) {
        lines.add(indent + " -> " + format.shortLine(graph.get(child)));
      }
      lines.add("");
    }
    return printable(lines);
  }

  /** The verbose entry of each revision {@code target} names. */
  List<String> show(String target) {
    RevisionGraph graph = project.graph();
    RevisionFormat format = format(graph, Set.of());
    List<String> lines = new ArrayList<>();
    for (String id : new TreeSet<>(graph.resolve(target, Set.of()))) {
      lines.addAll(format.verbose(graph.get(id)));
    }
    return printable(lines);
  }

  private List<RevisionInfo> inRange(RevisionGraph graph, HistoryRange range, Set<String> current) {
    Set<String> start = range.from().isEmpty() ? Set.of() : endpoint(graph, range.from(), current);
    // a start at base (nothing applied yet) leaves the range open below
    Set<String> after = start.isEmpty() ? null : graph.descendantsOrSelf(start);
    Set<String> before = range.to().isEmpty() ? null : graph.ancestorsOrSelf(endpoint(graph, range.to(), current));
    return graph.history().stream()
        .filter(info -> after == null || after.contains(info.id()))
        .filter(info -> before == null || before.contains(info.id()))
        .toList();
  }

  /** {@code history -r FROM:TO}; an empty side is open. */
  private record HistoryRange(String from, String to) {

    static HistoryRange parse(String text) {
      int colon = text.indexOf(':');
      if (colon < 0 || text.indexOf(':', colon + 1) >= 0) {
        throw new AutogenException("history range '" + text + "' must be FROM:TO; either side may be left out,"
            + " as in base:head, a1b2:, :current");
      }
      return new HistoryRange(text.substring(0, colon), text.substring(colon + 1));
    }

    boolean mentionsCurrent() {
      return from.equals("current") || to.equals("current");
    }
  }

  /** One side of a range; base as a start is every revision, so it stands for all bases. */
  private static Set<String> endpoint(RevisionGraph graph, String name, Set<String> current) {
    if (name.equals("current")) {
      return current;
    }
    if (name.equals("base")) {
      return ids(graph.bases());
    }
    return graph.resolve(name, current);
  }

  /**
   * The history table's rows, oldest first, one line each: {@code 2026-11-26T10:41:02Z upgrade 3f2a9c41b7de by app
   * (os user alice), 42 ms, checksum 1a2b3c4d5e6f}.
   */
  List<String> log() {
    List<String> lines = new ArrayList<>();
    for (HistoryEntry entry : readDatabase(true).history()) {
      StringBuilder line = RevisionFormat.appendWhoAndHowLong(new StringBuilder(RevisionFormat.time(entry))
          .append(' ').append(String.format("%-9s ", entry.action().sql())).append(entry.revision()), entry);
      if (entry.checksum() != null) {
        line.append(", checksum ").append(entry.checksum(), 0, Math.min(12, entry.checksum().length()));
      }
      lines.add(line.toString());
    }
    return printable(lines);
  }

  /**
   * Each line as a terminal shows it: a message, a file name or a database user holding a line break or an escape
   * sequence cannot forge or erase a line.
   */
  private static List<String> printable(List<String> lines) {
    return lines.stream().map(TerminalText::line).toList();
  }

  private RevisionFormat format(RevisionGraph graph, Set<String> current) {
    return format(graph, current, List.of());
  }

  private RevisionFormat format(RevisionGraph graph, Set<String> current, List<HistoryEntry> history) {
    return new RevisionFormat(graph, current, project.config().configFile().getParent(), history);
  }

  /** What {@code current} and {@code history} read of the database: its heads, and the history table if asked. */
  private record DatabaseState(Set<String> heads, List<HistoryEntry> history) {
    static final DatabaseState NONE = new DatabaseState(Set.of(), List.of());
  }

  private DatabaseState readDatabase(boolean withHistory) {
    // through the Java API, as an application reads it; it compiles no source for this
    Autogen autogen = project.autogen(line -> { });
    Set<String> heads;
    try {
      heads = autogen.current();
    } catch (MigrationDatabaseException e) {
      throw new AutogenException("cannot read the current revision: " + e.getMessage(), e);
    }
    if (!withHistory) {
      return new DatabaseState(heads, List.of());
    }
    try {
      return new DatabaseState(heads, autogen.history());
    } catch (MigrationDatabaseException e) {
      throw new AutogenException("cannot read history table '" + project.config().historyTable() + "': "
          + e.getMessage(), e);
    }
  }

  private static Set<String> ids(List<RevisionInfo> revisions) {
    return revisions.stream().map(RevisionInfo::id).collect(Collectors.toSet());
  }
}
