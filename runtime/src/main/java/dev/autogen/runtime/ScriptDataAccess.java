package dev.autogen.runtime;

import dev.autogen.dialect.Dialect;
import java.util.Arrays;
import java.util.List;

/**
 * Data steps in a {@code --sql} script: writes become statements with their parameters written as literals, for
 * whoever runs the script; reads are refused, since no database is there to answer them and a script cannot branch
 * on rows.
 */
public final class ScriptDataAccess implements DataAccess {

  private final Dialect dialect;
  private final SqlExecutor script;

  public ScriptDataAccess(Dialect dialect, SqlExecutor script) {
    this.dialect = dialect;
    this.script = script;
  }

  @Override
  public List<Row> query(String sql, List<?> parameters) {
    throw new UnsupportedOperationException("op.query(\"" + sql + "\") reads rows, which --sql cannot: no database is"
        + " connected while the script is written; run this revision online, or write the step as op.execute or"
        + " op.update");
  }

  @Override
  public int update(String sql, List<?> parameters) {
    script.execute(dialect.inlineParameters(sql, parameters));
    return UNKNOWN_COUNT;
  }

  @Override
  public int[] batch(String sql, List<? extends List<?>> rows) {
    for (List<?> row : rows) {
      script.execute(dialect.inlineParameters(sql, row));
    }
    int[] counts = new int[rows.size()];
    Arrays.fill(counts, UNKNOWN_COUNT);
    return counts;
  }
}
