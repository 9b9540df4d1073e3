package dev.autogen.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Pairs objects of one table by definition, ignoring their names: Hibernate names constraints with hashes, so two
 * readers of the same schema rarely agree on names. Equal definitions pair off one to one, so duplicates count.
 */
final class DefinitionMatcher {

  /** Objects left without a partner, each list sorted by name. */
  record Unmatched<T>(List<T> removed, List<T> added) {
  }

  private DefinitionMatcher() {
  }

  static <T> Unmatched<T> match(
      List<T> current, List<T> target, Function<T, ?> definition, Function<T, String> name) {
    Map<Object, Deque<T>> unpairedCurrent = new HashMap<>();
    for (T element : current) {
      unpairedCurrent.computeIfAbsent(definition.apply(element), key -> new ArrayDeque<>()).add(element);
    }
    List<T> added = new ArrayList<>();
    for (T element : target) {
      Deque<T> candidates = unpairedCurrent.get(definition.apply(element));
      if (candidates == null || candidates.poll() == null) {
        added.add(element);
      }
    }
    List<T> removed = new ArrayList<>();
    unpairedCurrent.values().forEach(removed::addAll);
    Comparator<T> byName = Comparator.comparing(name);
    removed.sort(byName);
    added.sort(byName);
    return new Unmatched<>(removed, added);
  }
}
