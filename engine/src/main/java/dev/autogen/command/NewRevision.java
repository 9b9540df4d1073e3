package dev.autogen.command;

import dev.autogen.render.MigrationFileRenderer;
import dev.autogen.render.RenderedMigration;
import dev.autogen.render.RevisionSource;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.runtime.RevisionInfo;
import dev.autogen.script.RevisionId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** What {@code revision} and {@code merge} share: the new revision's id, parents and labels, checked, then its file. */
final class NewRevision {

  // no '@', ':' or '+': they separate the parts of a target such as shop@head or base:shop
  private static final Pattern LABEL = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");
  private static final Set<String> KEYWORDS = Set.of("head", "heads", "base", "current");

  private NewRevision() {
  }

  static String id(String requested, RevisionGraph graph) {
    if (requested == null) {
      String id;
      do {
        id = RevisionId.generate();
      } while (graph.contains(id));
      return id;
    }
    if (!RevisionId.isValid(requested)) {
      throw new AutogenException("--rev-id '" + requested + "' is not a revision id (12 lowercase hex characters)");
    }
    if (graph.contains(requested)) {
      throw new AutogenException("revision " + requested + " already exists in " + graph.get(requested).source());
    }
    return requested;
  }

  static void checkLabels(List<String> labels, RevisionGraph graph) {
    for (String label : labels) {
      if (!LABEL.matcher(label).matches() || KEYWORDS.contains(label)) {
        throw new AutogenException("branch label '" + label + "' must be a word (letters, digits, _ . -) other than"
            + " head, heads, base and current");
      }
      RevisionInfo owner = graph.labelled(label).orElse(null);
      if (owner != null) {
        throw new AutogenException("Branch name '" + label + "' is already used by revision " + owner.describe());
      }
    }
  }

  /** Each target resolved to its revision ids, in the order given. */
  static List<String> resolveAll(List<String> targets, RevisionGraph graph) {
    Set<String> ids = new LinkedHashSet<>();
    for (String target : targets) {
      ids.addAll(graph.resolve(target, Set.of()));
    }
    return new ArrayList<>(ids);
  }

  static Path write(Project project, RevisionSource source, Consumer<String> out) {
    RenderedMigration rendered = new MigrationFileRenderer().render(source, project.config().migrationsPackage());
    Path file = project.scripts().write(rendered.fileName(), rendered.source());
    out.accept("Generating " + file + " ...  done");
    return file;
  }
}
