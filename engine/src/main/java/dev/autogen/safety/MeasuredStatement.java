package dev.autogen.safety;

import dev.autogen.dialect.TableEffect;
import java.util.List;

/**
 * One statement as PostgreSQL ran it on a scratch database: the effect on each table that existed before it, and
 * whether it could run inside a transaction block (when it could not, nothing was measured).
 */
public record MeasuredStatement(String sql, List<TableEffect> tables, boolean runsInTransaction) {

  public MeasuredStatement {
    tables = List.copyOf(tables);
  }
}
