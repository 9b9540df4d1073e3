package dev.autogen.command;

import dev.autogen.runtime.RevisionGraph;
import dev.autogen.runtime.RevisionInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  /** @param current the database's revisions, to mark {@code (current)}; empty to mark none */
  RevisionFormat(RevisionGraph graph, Set<String> current, Path configDirectory) {
    this.graph = graph;
    this.heads = graph.heads().stream().map(RevisionInfo::id).collect(Collectors.toSet());
    this.current = Set.copyOf(current);
    this.configDirectory = configDirectory;
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
    lines.add("Path: " + relative(info.source()));
    lines.add("");
    lines.add("    " + info.message());
    lines.add("");
    lines.add("    Create Date: " + info.created());
    lines.add("");
    return lines;
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
