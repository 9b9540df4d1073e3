package dev.autogen.bench;

import java.util.Arrays;
import java.util.List;

/** The median of a few samples (the lower middle one of an even count). */
final class Median {

  private Median() {
  }

  static long of(List<Long> samples) {
    long[] sorted = samples.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    return sorted[(sorted.length - 1) / 2];
  }

  static double ofDoubles(List<Double> samples) {
    double[] sorted = samples.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    return sorted[(sorted.length - 1) / 2];
  }
}
