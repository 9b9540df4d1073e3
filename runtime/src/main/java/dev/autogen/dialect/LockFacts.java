package dev.autogen.dialect;

import java.util.List;

/**
 * What running an op costs the application that uses the database meanwhile: the {@link TableEffect} on each
 * table that existed before it (tables it creates are nobody's yet), and whether PostgreSQL lets it run inside a
 * transaction block.
 */
public record LockFacts(List<TableEffect> tables, boolean runsInTransaction) {

  public LockFacts {
    tables = List.copyOf(tables);
  }

  public static LockFacts none() {
    return new LockFacts(List.of(), true);
  }
}
