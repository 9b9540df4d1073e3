package dev.autogen.runtime;

import java.sql.SQLException;
import java.util.List;

/**
 * Where {@link StepLoop} sends a run's work: a database connection ({@link JdbcStepSink}) or a script
 * ({@link ScriptStepSink}). The loop decides what happens in which order (tables, transactions, version and history
 * writes); a sink only knows how to do each part on its side.
 */
interface StepSink {

  /** Announces {@code step} and puts it in a transaction ({@code transactional}) or in autocommit mode. */
  void beginStep(Step step, boolean transactional) throws SQLException;

  /** Creates the history table unless it exists, and before it the version table when {@code versionTable}. */
  void createTables(boolean versionTable) throws SQLException;

  /** Runs the step's side of {@code migration} and returns the statements it ran, in order. */
  List<String> runMigration(Step step, LoadedRevision revision) throws SQLException;

  /** The step's version table write and history row. */
  void record(Step step, HistoryEntry entry) throws SQLException;

  /** Commits the open transaction, if one is open. */
  void commit() throws SQLException;

  /** Whether a failure of a step run without a transaction leaves its earlier statements applied. */
  boolean appliesAsItGoes();

  /** How long the migration itself ran, or {@code null} where it is not known (a script). */
  Long millisSince(long startNanos);

  /** The operating system user the history row names, or {@code null} where it is not known (a script). */
  String osUser();
}
