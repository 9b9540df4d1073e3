package dev.autogen.diff;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How alike two names are, in [0, 1]: the mean of their normalised Levenshtein similarity, which catches spelling
 * changes ({@code adress} to {@code address}), and the overlap of their {@code _}-separated words, which catches
 * words added or dropped ({@code phone} to {@code phone_number}, {@code tbl_item} to {@code item}). Words are
 * compared by their singular, so {@code item} to {@code items} and {@code category} to {@code categories} share
 * their word as well; case never counts.
 */
final class NameSimilarity {

  private static final Map<String, String> IRREGULAR_PLURALS = Map.of(
      "people", "person", "children", "child", "men", "man", "women", "woman", "indices", "index");

  private NameSimilarity() {
  }

  static double score(String a, String b) {
    String left = a.toLowerCase(Locale.ROOT);
    String right = b.toLowerCase(Locale.ROOT);
    return (editSimilarity(left, right) + wordOverlap(left, right)) / 2;
  }

  /** 1 minus the edit distance over the longer length. */
  static double editSimilarity(String a, String b) {
    int longer = Math.max(a.length(), b.length());
    return longer == 0 ? 1 : 1 - (double) levenshtein(a, b) / longer;
  }

  /** Shared words over the words of the shorter name: 1 when one name's words all occur in the other. */
  static double wordOverlap(String a, String b) {
    Set<String> left = words(a);
    Set<String> right = words(b);
    if (left.isEmpty() || right.isEmpty()) {
      return 0;
    }
    long shared = left.stream().filter(right::contains).count();
    return (double) shared / Math.min(left.size(), right.size());
  }

  private static Set<String> words(String name) {
    return Arrays.stream(name.split("_+")).filter(word -> !word.isEmpty()).map(NameSimilarity::singular)
        .collect(Collectors.toSet());
  }

  /**
   * An English plural made singular by the common rules ({@code items}, {@code categories}, {@code addresses},
   * {@code boxes}, a few irregular ones); any other word as it is. Words ending in {@code ss}, {@code us} or
   * {@code is} ({@code status}, {@code analysis}) are no plurals.
   */
  static String singular(String word) {
    String irregular = IRREGULAR_PLURALS.get(word);
    if (irregular != null) {
      return irregular;
    }
    if (word.length() > 4 && word.endsWith("ies")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.length() > 4 && (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches")
        || word.endsWith("shes") || word.endsWith("zzes"))) {
      return word.substring(0, word.length() - 2);
    }
    if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
        && !word.endsWith("is")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  private static int levenshtein(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
