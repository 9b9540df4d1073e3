package dev.autogen.runtime;

/** Where the statements of a migration go: a JDBC connection, or a script for offline review. */
@FunctionalInterface
public interface SqlExecutor {

  void execute(String sql);
}
