package dev.autogen.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Pairs removed objects with added ones of exactly the same definition, scored by {@link NameSimilarity}. A pair
 * becomes a rename only when each is the other's single best candidate and the score reaches the threshold; any
 * other candidate is reported, since a drop and an add lose the data a rename would have kept.
 */
final class RenameMatcher {

  record Rename<T>(T from, T to, double score) {
  }

  record Result<T>(List<Rename<T>> renames, List<String> notes) {
  }

  private RenameMatcher() {
  }

  /** {@code removed} and {@code added} sorted by name; {@code label} names an object in a note. */
  static <T> Result<T> match(List<T> removed, List<T> added, Function<T, ?> definition, Function<T, String> name,
      Function<T, String> label, double threshold) {
    List<Rename<T>> candidates = new ArrayList<>();
    for (T from : removed) {
      for (T to : added) {
        if (definition.apply(from).equals(definition.apply(to))) {
          candidates.add(new Rename<>(from, to, NameSimilarity.score(name.apply(from), name.apply(to))));
        }
      }
    }
    List<Rename<T>> renames = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (T from : removed) {
      List<Rename<T>> best = best(candidates, rename -> rename.from() == from);
      if (best.isEmpty()) {
        continue;
      }
      Rename<T> top = best.get(0);
      List<Rename<T>> rivals = best(candidates, rename -> rename.to() == top.to());
      boolean unique = best.size() == 1 && rivals.size() == 1 && rivals.get(0).from() == from;
      if (unique && top.score() >= threshold) {
        renames.add(top);
      } else {
        String reason = !unique ? "another pair matches as well or better" : String.format(Locale.ROOT,
            "the score is below %.2f", threshold);
        notes.add(String.format(Locale.ROOT, "%s was removed and %s added with the same definition (score %.2f):"
            + " kept as a drop and an add because %s; if it is a rename, edit the migration to"
            + " rename it and keep the data", label.apply(from), label.apply(top.to()), top.score(), reason));
      }
    }
    return new Result<>(renames, notes);
  }

  /** The highest-scoring candidates that {@code of} selects, all tied, in input order; empty when none. */
  private static <T> List<Rename<T>> best(List<Rename<T>> candidates, Predicate<Rename<T>> of) {
    List<Rename<T>> selected = candidates.stream().filter(of).toList();
    double top = selected.stream().mapToDouble(Rename::score).max().orElse(Double.NaN);
    return selected.stream().filter(rename -> rename.score() == top).toList();
  }
}
