package dev.autogen.command;

import dev.autogen.runtime.RevisionGraph;
import dev.autogen.runtime.RevisionInfo;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code current}, {@code history} and {@code heads}, in Alembic's format. */
final class Status {

  private final Project project;

  Status(Project project) {
    this.project = project;
  }

  List<String> current() {
    RevisionGraph graph = project.graph();
    Set<String> heads = graph.heads().stream().map(RevisionInfo::id).collect(Collectors.toSet());
    Set<String> current;
    try (Connection connection = project.connect()) {
      current = project.currentHeads(connection);
    } catch (SQLException e) {
      throw new AutogenException("cannot read the current revision: " + e.getMessage(), e);
    }
    List<String> lines = new ArrayList<>();
    for (String id : current.stream().sorted().toList()) {
      if (heads.contains(id)) {
        lines.add(id + " (head)");
      } else if (graph.contains(id)) {
        lines.add(id);
      } else {
        lines.add(id + " (no revision file in " + project.config().scriptLocation().resolve("versions") + " has this id)");
      }
    }
    return lines;
  }

  List<String> heads() {
    return project.graph().heads().stream().map(info -> info.id() + " (head)").toList();
  }

  List<String> history(boolean verbose) {
    RevisionGraph graph = project.graph();
    Set<String> heads = graph.heads().stream().map(RevisionInfo::id).collect(Collectors.toSet());
    List<String> lines = new ArrayList<>();
    for (RevisionInfo info : graph.history()) {
      String parents = info.parents().isEmpty() ? "<base>" : String.join(", ", info.parents());
      String head = heads.contains(info.id()) ? " (head)" : "";
      if (verbose) {
        lines.add("Rev: " + info.id() + head);
        lines.add("Parent: " + parents);
        lines.add("Path: " + relative(info.source()));
        lines.add("");
        lines.add("    " + info.message());
        lines.add("");
        lines.add("    Create Date: " + info.created());
        lines.add("");
      } else {
        lines.add(parents + " -> " + info.id() + head + ", " + info.message());
      }
    }
    return lines;
  }

  private String relative(Path source) {
    if (source == null) {
      return "(on the classpath)";
    }
    Path base = project.config().configFile().getParent();
    return source.startsWith(base) ? base.relativize(source).toString() : source.toString();
  }
}
