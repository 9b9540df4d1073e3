package dev.autogen.command;

import dev.autogen.runtime.RevisionGraph;
import dev.autogen.runtime.RevisionInfo;
import dev.autogen.runtime.Step;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The revisions {@code verify} goes through, oldest first: as {@code lint} picks them when no target is given (those
 * the database has not applied, else the heads), one revision, or a range as {@code history -r} reads it.
 */
final class VerifySelection {

  /** A target counted from the database's revision ({@code -3}, {@code +2}): only these need the database. */
  private static final Pattern RELATIVE = Pattern.compile("[-+]\\d+");

  private VerifySelection() {
  }

  static List<RevisionInfo> select(RevisionGraph graph, String target, Supplier<Set<String>> databaseHeads) {
    if (target == null) {
      List<RevisionInfo> pending = graph.upgradeSteps(databaseHeads.get(), "heads").stream()
          .map(Step::revision).toList();
      return pending.isEmpty() ? oldestFirst(graph, graph.heads().stream().map(RevisionInfo::id).toList()) : pending;
    }
    int colon = target.indexOf(':');
    if (colon < 0) {
      return oldestFirst(graph, new ArrayList<>(endpoint(graph, target, databaseHeads)));
    }
    if (target.indexOf(':', colon + 1) >= 0) {
      throw new AutogenException("revision range '" + target + "' must be FROM:TO; either side may be left out,"
          + " as in base:head, a1b2:, -3:");
    }
    String from = target.substring(0, colon);
    String to = target.substring(colon + 1);
    Set<String> start = from.isEmpty() || from.equals("base") ? Set.of() : endpoint(graph, from, databaseHeads);
    Set<String> after = start.isEmpty() ? null : graph.descendantsOrSelf(start);
    Set<String> before = to.isEmpty() ? null : graph.ancestorsOrSelf(endpoint(graph, to, databaseHeads));
    List<RevisionInfo> selected = new ArrayList<>(graph.history().stream()
        .filter(info -> after == null || after.contains(info.id()))
        .filter(info -> before == null || before.contains(info.id()))
        .toList());
    Collections.reverse(selected);
    return selected;
  }

  private static Set<String> endpoint(RevisionGraph graph, String name, Supplier<Set<String>> databaseHeads) {
    if (name.equals("current")) {
      return databaseHeads.get();
    }
    return graph.resolve(name, RELATIVE.matcher(name).matches() ? databaseHeads.get() : Set.of());
  }

  private static List<RevisionInfo> oldestFirst(RevisionGraph graph, List<String> ids) {
    List<RevisionInfo> selected = new ArrayList<>(graph.history().stream()
        .filter(info -> ids.contains(info.id())).toList());
    Collections.reverse(selected);
    return selected;
  }
}
