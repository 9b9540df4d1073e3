package dev.autogen.diff;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How alike two names are, in [0, 1]: the mean of their normalised Levenshtein similarity, which catches spelling
 * changes ({@code adress} to {@code address}), and the overlap of their {@code _}-separated words, which catches
 * words added or dropped ({@code phone} to {@code phone_number}).
 */
final class NameSimilarity {

  private NameSimilarity() {
  }

  static double score(String a, String b) {
    String left = a.toLowerCase();
    String right = b.toLowerCase();
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
    return Arrays.stream(name.split("_+")).filter(word -> !word.isEmpty()).collect(Collectors.toSet());
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
