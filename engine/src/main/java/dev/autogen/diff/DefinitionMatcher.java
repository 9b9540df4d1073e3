package dev.autogen.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Pairs objects of one table by definition, ignoring their names: Hibernate names constraints with hashes, so two
 * readers of the same schema rarely agree on names. Equal definitions pair off one to one, so duplicates count;
 * among duplicates an object keeps the partner with its own name, so no name is dropped and added back.
 */
final class DefinitionMatcher {

  /** Objects left without a partner, each list sorted by name. */
  record Unmatched<T>(List<T> removed, List<T> added) {
  }

  private DefinitionMatcher() {
  }

  static <T> Unmatched<T> match(
      List<T> current, List<T> target, Function<T, ?> definition, Function<T, String> name) {
    Comparator<T> byName = Comparator.comparing(name);
    Map<Object, List<T>> unpairedCurrent = new HashMap<>();
    // Sorted first so which duplicate pairs with which never depends on the order the reader listed them in.
    for (T element : sorted(current, byName)) {
      unpairedCurrent.computeIfAbsent(definition.apply(element), key -> new ArrayList<>()).add(element);
    }
    List<T> withoutNamesake = new ArrayList<>();
    for (T element : sorted(target, byName)) {
      String elementName = name.apply(element);
      Predicate<T> namesake = candidate -> name.apply(candidate).equals(elementName);
      if (!pair(unpairedCurrent.get(definition.apply(element)), namesake)) {
        withoutNamesake.add(element);
      }
    }
    List<T> added = new ArrayList<>();
    for (T element : withoutNamesake) {
      if (!pair(unpairedCurrent.get(definition.apply(element)), candidate -> true)) {
        added.add(element);
      }
    }
    List<T> removed = new ArrayList<>();
    unpairedCurrent.values().forEach(removed::addAll);
    removed.sort(byName);
    return new Unmatched<>(removed, added);
  }

  /** Removes the first candidate {@code accepted} allows; whether there was one. */
  private static <T> boolean pair(List<T> candidates, Predicate<T> accepted) {
    if (candidates == null) {
      return false;
    }
    for (Iterator<T> iterator = candidates.iterator(); iterator.hasNext(); ) {
      if (accepted.test(iterator.next())) {
        iterator.remove();
        return true;
      }
    }
    return false;
  }

  private static <T> List<T> sorted(List<T> elements, Comparator<T> order) {
    return elements.stream().sorted(order).toList();
  }
}
