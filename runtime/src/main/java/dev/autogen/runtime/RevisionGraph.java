package dev.autogen.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The revisions of a project, linked by their parents: validated once (every parent exists, no cycle), then asked
 * for heads, history and the steps that move a database from its current heads to a target.
 *
 * <p>Targets read as in Alembic: {@code head}, {@code heads}, {@code base}, a full id or a unique prefix of one,
 * {@code +N} / {@code -N} relative to the current revision, {@code REV+N} / {@code REV-N} relative to a revision, and
 * a branch label: {@code label} or {@code label@head} for the head of its branch, {@code label@base} for where the
 * branch starts. A branch is the labelled revision and its descendants. {@code dependsOn} orders revisions across
 * branches like parents do, but does not make the dependency a non-head.
 *
 * <p>A squash ({@link RevisionInfo#replaces()}) stands for the revisions it replaces: they leave the graph (their
 * files may be there or not), and a revision that revises the last of them revises the squash instead. The version
 * table keeps whatever id it holds: a head that is the last replaced revision counts as the squash, so a database
 * already past the range runs nothing again. A database inside the range (a head that is another replaced revision)
 * is first brought to the range's end by the replaced revisions themselves, which needs their files; a downgrade
 * or a stamp from there runs on the graph as it was before the squash.
 */
public final class RevisionGraph {

  private static final Pattern RELATIVE = Pattern.compile("[+-]\\d{1,9}");
  private static final Pattern RELATIVE_TO_REVISION = Pattern.compile("(.+?)([+-]\\d{1,9})");
  private static final Pattern BRANCH = Pattern.compile("(.+)@(head|base)");
  // parents before children; among revisions ready at the same time, older first, so the order never varies
  private static final Comparator<RevisionInfo> AGE =
      Comparator.comparing(RevisionInfo::created).thenComparing(RevisionInfo::id);

  private final Map<String, RevisionInfo> revisions = new HashMap<>();
  private final Map<String, List<String>> children = new HashMap<>();
  private final Map<String, List<String>> dependents = new HashMap<>();
  private final Map<String, String> labels = new HashMap<>();
  private final List<RevisionInfo> oldestFirst;
  // everything declared (for the graph before a squash), the squashes, the replaced revisions whose files are here
  private final List<RevisionInfo> declared;
  private final Squashes squashes;
  private final Map<String, RevisionInfo> replaced = new HashMap<>();

  public RevisionGraph(Collection<RevisionInfo> given) {
    declared = List.copyOf(given);
    for (RevisionInfo info : given) {
      RevisionInfo previous = revisions.putIfAbsent(info.id(), info);
      if (previous != null) {
        throw new RevisionException("Revision id '" + info.id() + "' is declared twice: by " + origin(previous)
            + " and by " + origin(info));
      }
    }
    squashes = new Squashes(given);
    Collection<RevisionInfo> infos = standingInForSquashed(given);
    for (RevisionInfo info : infos) {
      children.putIfAbsent(info.id(), new ArrayList<>());
      for (String parent : info.parents()) {
        if (!revisions.containsKey(parent)) {
          throw new RevisionException(
              "Revision " + info.describe() + " revises '" + parent + "', which does not exist");
        }
        children.computeIfAbsent(parent, id -> new ArrayList<>()).add(info.id());
      }
      for (String dependency : info.dependsOn()) {
        if (!revisions.containsKey(dependency)) {
          throw new RevisionException(
              "Revision " + info.describe() + " depends on '" + dependency + "', which does not exist");
        }
        dependents.computeIfAbsent(dependency, id -> new ArrayList<>()).add(info.id());
      }
      for (String label : info.branchLabels()) {
        String other = labels.putIfAbsent(label, info.id());
        if (other != null) {
          throw new RevisionException("Branch label '" + label + "' in revision " + info.describe()
              + " is already used by revision " + revisions.get(other).describe());
        }
        if (revisions.containsKey(label)) {
          throw new RevisionException("Branch label '" + label + "' in revision " + info.describe()
              + " is also a revision id");
        }
      }
    }
    children.values().forEach(Collections::sort);
    oldestFirst = topologicalOrder();
  }

  /**
   * Takes the revisions a squash replaces out of the graph, and has the revisions that revise (or depend on) the
   * last of them revise the squash instead; the graph's own revisions, rewritten so.
   */
  private Collection<RevisionInfo> standingInForSquashed(Collection<RevisionInfo> given) {
    if (squashes.isEmpty()) {
      return given;
    }
    squashes.replacedIds().forEach(id -> {
      RevisionInfo info = revisions.remove(id);
      if (info != null) {
        replaced.put(id, info);
      }
    });
    List<RevisionInfo> infos = new ArrayList<>();
    for (RevisionInfo info : given.stream().filter(info -> !squashes.isReplaced(info.id())).toList()) {
      List<String> parents = standIns(info, info.parents());
      RevisionInfo standing = new RevisionInfo(info.id(), parents, info.message(), info.created(), info.source(),
          info.branchLabels(), standIns(info, info.dependsOn()), info.transactional(), info.replaces());
      revisions.put(info.id(), standing);
      infos.add(standing);
    }
    return infos;
  }

  private List<String> standIns(RevisionInfo info, List<String> ids) {
    List<String> standIns = new ArrayList<>();
    for (String id : ids) {
      Optional<RevisionInfo> inside = squashes.inside(id);
      if (inside.isPresent()) {
        RevisionInfo squash = inside.get();
        throw new RevisionException("Revision " + info.describe() + " builds on " + id + ", inside the range"
            + " revision " + squash.describe() + " squashes; only the last of the range ("
            + Squashes.last(squash) + ") can be built on");
      }
      String standIn = squashes.standIn(id);
      if (!standIns.contains(standIn)) {
        standIns.add(standIn);
      }
    }
    return standIns;
  }

  private String standIn(String id) {
    return squashes.standIn(id);
  }

  /**
   * The revision {@code id} names: one of the graph's, or one a squash replaced (its own when its file is there,
   * else the squash's).
   */
  public RevisionInfo get(String id) {
    RevisionInfo info = revisions.get(id);
    if (info == null) {
      info = replaced.get(id);
    }
    if (info == null && squashes.isReplaced(id)) {
      info = revisions.get(standIn(id));
    }
    if (info == null) {
      throw new RevisionException("Can't locate revision identified by '" + id + "'");
    }
    return info;
  }

  /** Whether {@code id} is one of the graph's revisions, or one a squash replaced. */
  public boolean contains(String id) {
    return revisions.containsKey(id) || squashes.isReplaced(id);
  }

  /** The squash that replaces {@code id}, if one does. */
  public Optional<RevisionInfo> squashOf(String id) {
    return squashes.squashOf(id);
  }

  /** The revision that declares {@code label}, if any. */
  public Optional<RevisionInfo> labelled(String label) {
    return Optional.ofNullable(labels.get(label)).map(revisions::get);
  }

  /** The revisions that revise {@code id}, sorted: several for a branch point. */
  public List<String> children(String id) {
    return List.copyOf(children.get(get(standIn(id)).id()));
  }

  /** Revisions that more than one revision revises, newest first. */
  public List<RevisionInfo> branchPoints() {
    return history().stream().filter(info -> children.get(info.id()).size() > 1).collect(Collectors.toList());
  }

  /** {@code ids} and every revision they need applied first (parents and dependencies). */
  public Set<String> ancestorsOrSelf(Set<String> ids) {
    return reachable(standingFor(ids), id -> revisions.get(id).requirements());
  }

  /** {@code ids} and every revision that needs one of them (children and dependents). */
  public Set<String> descendantsOrSelf(Set<String> ids) {
    return reachable(standingFor(ids), id -> {
      List<String> next = new ArrayList<>(children.get(id));
      next.addAll(dependents.getOrDefault(id, List.of()));
      return next;
    });
  }

  /** Revisions nothing revises yet, newest first. */
  public List<RevisionInfo> heads() {
    return history().stream().filter(info -> children.get(info.id()).isEmpty()).collect(Collectors.toList());
  }

  /** Revisions that revise nothing, oldest first. */
  public List<RevisionInfo> bases() {
    return oldestFirst.stream().filter(info -> info.parents().isEmpty()).collect(Collectors.toList());
  }

  /** Every revision, newest first; a revision always comes before the ones it revises. */
  public List<RevisionInfo> history() {
    List<RevisionInfo> history = new ArrayList<>(oldestFirst);
    Collections.reverse(history);
    return history;
  }

  /** The revisions {@code target} names, given the current heads; empty for base. */
  public Set<String> resolve(String target, Set<String> current) {
    switch (target) {
      case "base":
        return Set.of();
      case "heads":
        return ids(heads());
      case "head":
        List<RevisionInfo> heads = heads();
        if (heads.size() > 1) {
          throw new RevisionException("Multiple heads are present (" + String.join(", ", ids(heads))
              + "); name one of them, or use 'heads' for all");
        }
        return ids(heads);
      default:
        if (RELATIVE.matcher(target).matches()) {
          return relative(target, standingFor(current));
        }
        String id = named(target);
        return id == null ? Set.of() : Set.of(id);
    }
  }

  /**
   * One revision: an id, a prefix, a branch label ({@code label}, {@code label@head}, {@code label@base}) or
   * {@code REV+N}/{@code REV-N}; {@code null} for base.
   */
  private String named(String target) {
    if (labels.containsKey(target)) {
      return branchHead(target);
    }
    Matcher branch = BRANCH.matcher(target);
    if (branch.matches()) {
      if (branch.group(2).equals("head")) {
        return branchHead(branch.group(1));
      }
      String start = branchStart(branch.group(1));
      List<String> parents = revisions.get(start).parents();
      if (parents.size() > 1) {
        throw new RevisionException("'" + target + "' is ambiguous: " + start + " merges " + String.join(", ", parents));
      }
      return parents.isEmpty() ? null : parents.get(0);
    }
    Matcher relative = RELATIVE_TO_REVISION.matcher(target);
    if (relative.matches() && !revisions.containsKey(target)) {
      return walk(target, named(relative.group(1)), relative.group(2));
    }
    return byPrefix(target);
  }

  /** The revision a branch label names, or for {@code REV@head} the revision itself. */
  private String branchStart(String name) {
    return labels.containsKey(name) ? labels.get(name) : byPrefix(name);
  }

  private String branchHead(String name) {
    Set<String> members = reachable(Set.of(branchStart(name)), children::get);
    List<String> heads = heads().stream().map(RevisionInfo::id).filter(members::contains).collect(Collectors.toList());
    if (heads.size() > 1) {
      throw new RevisionException("Branch '" + name + "' has several heads (" + String.join(", ", heads)
          + "); name one of them");
    }
    return heads.get(0);
  }

  /**
   * The heads a version table holds after {@code stamp target}, as in Alembic: each target replaces the current heads
   * on its line (its ancestors or descendants) and sits beside heads of other branches; base empties the table.
   */
  public Set<String> stamp(Set<String> current, String target) {
    Set<String> heads = known(current);
    Optional<RevisionInfo> inside = insideSquash(heads);
    if (inside.isPresent()) {
      return withoutSquash(inside.get(), heads).stamp(heads, target);
    }
    Set<String> targets = resolve(target, heads);
    if (targets.isEmpty()) {
      return Set.of();
    }
    for (String id : targets) {
      Set<String> line = ancestorsOrSelf(Set.of(id));
      line.addAll(descendantsOrSelf(Set.of(id)));
      heads.removeIf(head -> line.contains(standIn(head)));
      heads.add(id);
    }
    return heads;
  }

  /** The revisions to apply, parents first, to bring {@code current} up to {@code target}. */
  public List<Step> upgradeSteps(Set<String> current, String target) {
    Set<String> heads = known(current);
    Optional<RevisionInfo> inside = insideSquash(heads);
    if (inside.isPresent()) {
      return finishingRange(inside.get(), heads, target);
    }
    Set<String> applied = ancestorsOrSelf(heads);
    Set<String> wanted = ancestorsOrSelf(resolve(target, heads));
    List<Step> steps = new ArrayList<>();
    for (RevisionInfo revision : oldestFirst) {
      if (wanted.contains(revision.id()) && applied.add(revision.id())) {
        Set<String> before = Set.copyOf(heads);
        heads.removeIf(head -> revision.parents().contains(standIn(head)));
        heads.add(revision.id());
        steps.add(new Step(revision, Direction.UPGRADE, before, heads));
      }
    }
    return steps;
  }

  /**
   * A database inside a squashed range: the replaced revisions bring it to the range's end (or to {@code target},
   * when that is one of them), then the graph goes on from there.
   */
  private List<Step> finishingRange(RevisionInfo squash, Set<String> heads, String target) {
    RevisionGraph before = withoutSquash(squash, heads);
    if (!target.equals(squash.id()) && squash.replaces().containsAll(before.resolve(target, heads))) {
      return before.upgradeSteps(heads, target);
    }
    List<Step> steps = new ArrayList<>(before.upgradeSteps(heads, Squashes.last(squash)));
    steps.addAll(upgradeSteps(steps.get(steps.size() - 1).headsAfter(), target));
    return steps;
  }

  /**
   * The revisions to revert, children first, to bring {@code current} down to {@code target}: every applied
   * descendant of the target (everything, for base). Branches the target is not on are left alone.
   */
  public List<Step> downgradeSteps(Set<String> current, String target) {
    Set<String> heads = known(current);
    Optional<RevisionInfo> inside = insideSquash(heads);
    if (inside.isPresent()) {
      return withoutSquash(inside.get(), heads).downgradeSteps(heads, target);
    }
    Set<String> applied = ancestorsOrSelf(heads);
    Matcher branch = BRANCH.matcher(target);
    if (branch.matches() && branch.group(2).equals("base")) {
      // the branch goes, whatever else revises its start's parent
      return revert(heads, applied, descendantsOrSelf(Set.of(branchStart(branch.group(1)))));
    }
    Set<String> targets = resolve(target, heads);
    for (String id : targets) {
      if (!applied.contains(id)) {
        throw new RevisionException("Revision " + id + " is not applied (current: "
            + (heads.isEmpty() ? "base" : String.join(", ", heads)) + "); it is no downgrade target");
      }
    }
    Set<String> doomed = new HashSet<>(applied);
    if (!targets.isEmpty()) {
      doomed = descendantsOrSelf(targets);
      doomed.removeAll(targets);
    }
    return revert(heads, applied, doomed);
  }

  private List<Step> revert(Set<String> heads, Set<String> applied, Set<String> doomed) {
    List<Step> steps = new ArrayList<>();
    for (RevisionInfo revision : history()) {
      if (doomed.contains(revision.id()) && applied.remove(revision.id())) {
        Set<String> before = Set.copyOf(heads);
        heads.removeIf(head -> standIn(head).equals(revision.id()));
        for (String parent : revision.parents()) {
          if (children.get(parent).stream().noneMatch(applied::contains)) {
            heads.add(parent);
          }
        }
        steps.add(new Step(revision, Direction.DOWNGRADE, before, heads));
      }
    }
    return steps;
  }

  private List<RevisionInfo> topologicalOrder() {
    Map<String, Integer> waitingFor = new HashMap<>();
    PriorityQueue<RevisionInfo> ready = new PriorityQueue<>(AGE);
    for (RevisionInfo info : revisions.values()) {
      waitingFor.put(info.id(), info.requirements().size());
      if (info.requirements().isEmpty()) {
        ready.add(info);
      }
    }
    List<RevisionInfo> order = new ArrayList<>();
    while (!ready.isEmpty()) {
      RevisionInfo next = ready.poll();
      order.add(next);
      List<String> waiting = new ArrayList<>(children.get(next.id()));
      waiting.addAll(dependents.getOrDefault(next.id(), List.of()));
      for (String id : waiting) {
        if (waitingFor.merge(id, -1, Integer::sum) == 0) {
          ready.add(revisions.get(id));
        }
      }
    }
    if (order.size() < revisions.size()) {
      throw new RevisionException("Revisions form a cycle: " + String.join(", ", cycle(order)));
    }
    return List.copyOf(order);
  }

  /** The unordered revisions less those merely downstream of a cycle: each one left needs itself, through others. */
  private Set<String> cycle(List<RevisionInfo> ordered) {
    Set<String> left = new TreeSet<>(revisions.keySet());
    ordered.forEach(info -> left.remove(info.id()));
    left.removeIf(id -> revisions.get(id).requirements().stream()
        .noneMatch(required -> ancestorsOrSelf(Set.of(required)).contains(id)));
    return left;
  }

  private String byPrefix(String prefix) {
    if (revisions.containsKey(prefix)) {
      return prefix;
    }
    List<String> candidates = Stream.concat(revisions.keySet().stream(), squashes.replacedIds().stream())
        .filter(id -> id.startsWith(prefix))
        .sorted()
        .collect(Collectors.toList());
    if (candidates.size() > 1) {
      throw new RevisionException(
          "Revision prefix '" + prefix + "' is ambiguous; it matches " + String.join(", ", candidates));
    }
    if (candidates.isEmpty()) {
      throw new RevisionException("Can't locate revision identified by '" + prefix + "'");
    }
    String id = candidates.get(0);
    Optional<RevisionInfo> inside = squashes.inside(id);
    if (inside.isPresent()) {
      throw new RevisionException("Revision " + id + " is inside the range revision " + inside.get().describe()
          + " squashes; name " + inside.get().id() + " or a revision outside the range");
    }
    return standIn(id);
  }

  /** Walks {@code +N} children or {@code -N} parents from the single current revision (or base). */
  private Set<String> relative(String target, Set<String> current) {
    if (current.size() > 1) {
      throw new RevisionException("Relative revision '" + target
          + "' needs a single current revision, but the heads are " + String.join(", ", current));
    }
    String position = walk(target, current.isEmpty() ? null : current.iterator().next(), target);
    return position == null ? Set.of() : Set.of(position);
  }

  /** Walks {@code step} ({@code +N} children or {@code -N} parents) from {@code start}, {@code null} being base. */
  private String walk(String target, String start, String step) {
    int distance = Integer.parseInt(step.substring(1));
    boolean up = step.charAt(0) == '+';
    String position = start;
    for (int i = 0; i < distance; i++) {
      List<String> next = up
          ? (position == null ? new ArrayList<>(ids(bases())) : children.get(position))
          : (position == null ? List.of() : revisions.get(position).parents());
      if (next.size() > 1) {
        throw new RevisionException("Relative revision '" + target + "' is ambiguous: "
            + (position == null ? "base" : position) + " leads to " + String.join(", ", next));
      }
      if (next.isEmpty() && (up || position == null)) {
        throw new RevisionException("Relative revision '" + target + "' walks past " + (up ? "the head" : "base"));
      }
      position = next.isEmpty() ? null : next.get(0);
    }
    return position;
  }

  /** The squash whose range {@code heads} are inside: one of them is a replaced revision other than the last. */
  private Optional<RevisionInfo> insideSquash(Set<String> heads) {
    return heads.stream().map(squashes::inside).flatMap(Optional::stream).findFirst();
  }

  /** The graph as it was before {@code squash}: what moves a database inside its range. */
  private RevisionGraph withoutSquash(RevisionInfo squash, Set<String> heads) {
    List<String> missing = squash.replaces().stream().filter(id -> !replaced.containsKey(id)).toList();
    if (!missing.isEmpty()) {
      throw new RevisionException("The database is at " + String.join(", ", heads) + ", inside the range revision "
          + squash.describe() + " squashes, and the files of " + String.join(", ", missing) + " are gone; restore"
          + " them to bring it to " + Squashes.last(squash) + " (the squash stands for the whole range only)");
    }
    // a squash of this squash goes too: it stands for this whole range as well
    Set<String> leaving = squashes.withSquashesOf(squash);
    return new RevisionGraph(declared.stream().filter(info -> !leaving.contains(info.id())).toList());
  }

  /**
   * The graph's revisions that {@code ids} (a version table's, say) stand for: a replaced revision counts as its
   * squash when it ends the range, and as what the squash builds on when it is inside the range.
   */
  public Set<String> standingFor(Set<String> ids) {
    Set<String> standing = new TreeSet<>();
    for (String id : ids) {
      Optional<RevisionInfo> inside = squashes.inside(id);
      if (inside.isEmpty()) {
        standing.add(standIn(id));
      } else {
        inside.get().requirements().forEach(requirement -> standing.add(standIn(requirement)));
      }
    }
    return standing;
  }

  /** The database's heads as it stores them, each one a revision of the graph or one a squash replaced. */
  private Set<String> known(Set<String> current) {
    Set<String> heads = new TreeSet<>();
    for (String id : current) {
      if (!contains(id)) {
        throw new RevisionException(
            "Can't locate revision identified by '" + id + "' (the database's version table names it)");
      }
      heads.add(id);
    }
    return heads;
  }

  private static Set<String> reachable(Set<String> start, Function<String, List<String>> next) {
    Set<String> seen = new HashSet<>(start);
    Deque<String> pending = new ArrayDeque<>(start);
    while (!pending.isEmpty()) {
      for (String id : next.apply(pending.pop())) {
        if (seen.add(id)) {
          pending.push(id);
        }
      }
    }
    return seen;
  }

  private static Set<String> ids(List<RevisionInfo> infos) {
    return infos.stream().map(RevisionInfo::id).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private static String origin(RevisionInfo info) {
    return info.source() == null ? "a class on the class path" : info.source().toString();
  }
}
