package dev.autogen.runtime;

import dev.autogen.dialect.Dialect;
import java.util.ArrayList;
import java.util.List;

/**
 * The step loop's work written as a script: a transaction is an explicit {@code BEGIN}/{@code COMMIT}, a step
 * without one gets a comment saying how to run it, and nothing is timed.
 */
final class ScriptStepSink implements StepSink {

  private static final String OUTSIDE_TRANSACTION = "transactional = false: no BEGIN/COMMIT, since statements such as"
      + " CREATE INDEX CONCURRENTLY fail inside a transaction block; run in autocommit mode";

  private final Dialect dialect;
  private final VersionTable versionTable;
  private final HistoryTable history;
  private final SqlScript script;
  private boolean inTransaction;

  ScriptStepSink(Dialect dialect, VersionTable versionTable, SqlScript script) {
    this.dialect = dialect;
    this.versionTable = versionTable;
    this.history = versionTable.history();
    this.script = script;
  }

  @Override
  public void beginStep(Step step, boolean transactional) {
    if (inTransaction && !transactional) {
      commit();
    }
    script.comment(step.description());
    if (transactional && !inTransaction) {
      script.execute(dialect.beginTransaction());
      inTransaction = true;
    } else if (!transactional) {
      script.comment(OUTSIDE_TRANSACTION);
    }
  }

  @Override
  public void createTables(boolean createVersionTable) {
    if (createVersionTable) {
      versionTable.ensureExists(script);
    }
    history.ensureExists(script);
  }

  @Override
  public List<String> runMigration(Step step, LoadedRevision revision) {
    List<String> statements = new ArrayList<>();
    step.run(revision.newInstance(), new Operations(dialect, sql -> {
      statements.add(sql);
      script.execute(sql);
    }, ignored -> { }, new ScriptDataAccess(dialect, script)));
    return statements;
  }

  @Override
  public void record(Step step, HistoryEntry entry) {
    versionTable.record(script, step.headsBefore(), step.headsAfter());
    history.append(script, entry);
  }

  @Override
  public void commit() {
    if (inTransaction) {
      script.execute(dialect.commitTransaction());
      inTransaction = false;
    }
  }

  // the script is run later, by someone else: what it leaves behind is theirs to see
  @Override
  public boolean appliesAsItGoes() {
    return false;
  }

  @Override
  public Long millisSince(long startNanos) {
    return null;
  }

  @Override
  public String osUser() {
    return null;
  }
}
