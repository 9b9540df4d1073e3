package dev.autogen.runtime;

import java.util.Arrays;
import java.util.List;

/** {@link DataAccess#none()}: reads see no rows, writes touch none. */
final class NoDataAccess implements DataAccess {

  static final NoDataAccess INSTANCE = new NoDataAccess();

  private NoDataAccess() {
  }

  @Override
  public List<Row> query(String sql, List<?> parameters) {
    return List.of();
  }

  @Override
  public int update(String sql, List<?> parameters) {
    return UNKNOWN_COUNT;
  }

  @Override
  public int[] batch(String sql, List<? extends List<?>> rows) {
    int[] counts = new int[rows.size()];
    Arrays.fill(counts, UNKNOWN_COUNT);
    return counts;
  }
}
