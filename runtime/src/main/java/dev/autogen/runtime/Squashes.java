package dev.autogen.runtime;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which squash replaces which revision ({@link RevisionInfo#replaces()}), for {@link RevisionGraph}: a replaced
 * revision that ends its squash's range stands for the squash; any other is inside the range. A squash may itself
 * be squashed again, so each question follows the chain.
 */
final class Squashes {

  private final Map<String, RevisionInfo> squashOf = new HashMap<>();

  Squashes(Collection<RevisionInfo> revisions) {
    for (RevisionInfo squash : revisions) {
      for (String id : squash.replaces()) {
        RevisionInfo other = squashOf.putIfAbsent(id, squash);
        if (id.equals(squash.id()) || other != null) {
          throw new RevisionException("Revision " + squash.describe() + " replaces " + id
              + (other == null ? ", itself" : ", which revision " + other.describe() + " replaces too"));
        }
      }
    }
  }

  boolean isEmpty() {
    return squashOf.isEmpty();
  }

  Set<String> replacedIds() {
    return squashOf.keySet();
  }

  boolean isReplaced(String id) {
    return squashOf.containsKey(id);
  }

  Optional<RevisionInfo> squashOf(String id) {
    return Optional.ofNullable(squashOf.get(id));
  }

  /** The revision that stands for {@code id} in the graph: the squash replacing it (at any depth), or itself. */
  String standIn(String id) {
    String standIn = id;
    while (squashOf.containsKey(standIn)) {
      standIn = squashOf.get(standIn).id();
    }
    return standIn;
  }

  /**
   * The squash whose range {@code id} is inside rather than at the end of: the squash replacing it, or, when it ends
   * that range, the squash replacing that squash, and so on.
   */
  Optional<RevisionInfo> inside(String id) {
    String standIn = id;
    while (squashOf.containsKey(standIn)) {
      RevisionInfo squash = squashOf.get(standIn);
      if (!last(squash).equals(standIn)) {
        return Optional.of(squash);
      }
      standIn = squash.id();
    }
    return Optional.empty();
  }

  /** {@code squash} and every squash that replaces it in turn: they all stand for its range. */
  Set<String> withSquashesOf(RevisionInfo squash) {
    Set<String> ids = new LinkedHashSet<>();
    for (String id = squash.id(); id != null; id = squashOf.containsKey(id) ? squashOf.get(id).id() : null) {
      ids.add(id);
    }
    return ids;
  }

  /** The revision a squash's range ends at: the last it replaces. */
  static String last(RevisionInfo squash) {
    return squash.replaces().get(squash.replaces().size() - 1);
  }
}
