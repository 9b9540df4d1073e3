package dev.autogen.command;

import dev.autogen.runtime.HistoryAction;
import dev.autogen.runtime.HistoryEntry;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.runtime.RevisionInfo;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How {@code history}, {@code show}, {@code branches} and {@code current} print a revision, in Alembic's format:
 * {@code a1 -> b2 (shop) (head) (current) (branchpoint), add phone}, or the verbose block that starts with
 * {@code Rev:}.
 */
final class RevisionFormat {

  private final RevisionGraph graph;
  private final Set<String> heads;
  private final Set<String> current;
  private final Path configDirectory;
  private final Map<String, Map<HistoryAction, HistoryEntry>> latest;

  /** @param current the database's revisions, to mark {@code (current)}; empty to mark none */
  RevisionFormat(RevisionGraph graph, Set<String> current, Path configDirectory) {
    this(graph, current, configDirectory, List.of());
  }

  /** @param history the history table's rows: the verbose block says when each revision was applied */
  RevisionFormat(RevisionGraph graph, Set<String> current, Path configDirectory, List<HistoryEntry> history) {
    this.graph = graph;
    this.heads = graph.heads().stream().map(RevisionInfo::id).collect(Collectors.toSet());
    this.current = Set.copyOf(current);
    this.configDirectory = configDirectory;
    this.latest = new HashMap<>();
    for (HistoryEntry entry : history) {
      latest.computeIfAbsent(entry.revision(), id -> new EnumMap<>(HistoryAction.class)).put(entry.action(), entry);
    }
  }

  /** {@code parents -> id (markers), message}. */
  String line(RevisionInfo info) {
    return withParents(info) + markers(info) + ", " + info.message();
  }

  /** {@code parents -> id (markers)}, without the message: how {@code branches} lists a branch point's children. */
  String shortLine(RevisionInfo info) {
    return withParents(info) + markers(info);
  }

  List<String> verbose(RevisionInfo info) {
    List<String> lines = new ArrayList<>();
    lines.add("Rev: " + info.id() + markers(info));
    lines.add((info.parents().size() > 1 ? "Merges: " : "Parent: ") + parents(info));
    if (!info.dependsOn().isEmpty()) {
      lines.add("Also depends on: " + String.join(", ", info.dependsOn()));
    }
    List<String> children = graph.children(info.id());
    if (children.size() > 1) {
      lines.add("Branches into: " + String.join(", ", children));
    }
    if (!info.branchLabels().isEmpty()) {
      lines.add("Branch names: " + String.join(", ", info.branchLabels()));
    }
    if (info.isSquash()) {
      lines.add("Squashes: " + String.join(", ", info.replaces()));
    }
    lines.add("Path: " + relative(info.source()));
    lines.addAll(applied(info));
    lines.add("");
    lines.add("    " + info.message());
    lines.add("");
    lines.add("    Create Date: " + info.created());
    lines.add("");
    return lines;
  }

  /**
   * The latest time the history table saw each thing happen to the revision, oldest first: {@code Applied:},
   * {@code Reverted:}, {@code Stamped:}, {@code Change accepted:}; nothing for a revision it never saw.
   */
  private List<String> applied(RevisionInfo info) {
    Map<HistoryAction, HistoryEntry> entries = latest.getOrDefault(info.id(), Map.of());
    return entries.values().stream()
        .sorted(Comparator.comparingLong(HistoryEntry::id))
        .map(RevisionFormat::describe)
        .toList();
  }

  /** {@code Applied: 2026-11-26T10:41:02Z by app (os user alice), 42 ms}. */
  static String describe(HistoryEntry entry) {
    String what = switch (entry.action()) {
      case UPGRADE -> "Applied";
      case DOWNGRADE -> "Reverted";
      case STAMP -> "Stamped";
      case ACCEPT -> "Change accepted";
    };
    return appendWhoAndHowLong(new StringBuilder(what).append(": ").append(time(entry)), entry).toString();
  }

  /** {@code line} followed by who ran the entry's step and how long it took, as far as the entry knows. */
  static StringBuilder appendWhoAndHowLong(StringBuilder line, HistoryEntry entry) {
    if (entry.appliedBy() != null) {
      line.append(" by ").append(entry.appliedBy());
    }
    if (entry.osUser() != null) {
      line.append(" (os user ").append(entry.osUser()).append(')');
    }
    if (entry.durationMillis() != null) {
      line.append(", ").append(entry.durationMillis()).append(" ms");
    }
    return line;
  }

  static String time(HistoryEntry entry) {
    return entry.appliedAt() == null ? "?" : entry.appliedAt().truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private String withParents(RevisionInfo info) {
    String dependencies = info.dependsOn().isEmpty() ? "" : " (" + String.join(", ", info.dependsOn()) + ")";
    return parents(info) + dependencies + " -> " + info.id();
  }

  private static String parents(RevisionInfo info) {
    return info.parents().isEmpty() ? "<base>" : String.join(", ", info.parents());
  }

  private String markers(RevisionInfo info) {
    StringBuilder markers = new StringBuilder();
    if (!info.branchLabels().isEmpty()) {
      markers.append(" (").append(String.join(", ", info.branchLabels())).append(')');
    }
    if (heads.contains(info.id())) {
      markers.append(" (head)");
    }
    if (current.contains(info.id())) {
      markers.append(" (current)");
    }
    if (graph.children(info.id()).size() > 1) {
      markers.append(" (branchpoint)");
    }
    if (info.parents().size() > 1) {
      markers.append(" (mergepoint)");
    }
    return markers.toString();
  }

  private String relative(Path source) {
    if (source == null) {
      return "(on the classpath)";
    }
    return source.startsWith(configDirectory) ? configDirectory.relativize(source).toString() : source.toString();
  }
}
