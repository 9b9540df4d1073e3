package dev.autogen.runtime;

import java.util.List;

/**
 * How a migration's data steps ({@link Operations#query}, {@link Operations#update}, {@link Operations#batch}) reach
 * the rows: over the migration's own connection and transaction online ({@link JdbcDataAccess}), as statements with
 * literals in a {@code --sql} script ({@link ScriptDataAccess}), or not at all while a checksum is computed.
 */
public interface DataAccess {

  /** What {@link #update} and {@link #batch} return when no statement ran, so no row count is known. */
  int UNKNOWN_COUNT = -1;

  List<Row> query(String sql, List<?> parameters);

  int update(String sql, List<?> parameters);

  int[] batch(String sql, List<? extends List<?>> rows);

  /**
   * While a checksum is computed: reads see no rows and writes touch none. Data steps read and write rows that
   * differ from one database to the next, so they are not part of what a migration's checksum says it does.
   */
  static DataAccess none() {
    return NoDataAccess.INSTANCE;
  }
}
