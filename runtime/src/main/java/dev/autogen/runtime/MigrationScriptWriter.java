package dev.autogen.runtime;

import dev.autogen.dialect.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes the SQL that {@link MigrationRunner} would run for the same steps, without a database: the migrations run
 * against a {@link SqlScript} instead of a connection. Each revision becomes a transaction of its own together with
 * its version table write, as online; a revision declared {@code transactional = false} is written without
 * {@code BEGIN}/{@code COMMIT}, so each of its statements commits on its own. Without a transaction per migration,
 * one transaction holds the transactional steps between such revisions.
 *
 * <p>Each step appends its history row as online, with the checksum of the statements written; the time and user are
 * those of whoever runs the script, the duration is unknown. The first step creates the history table unless it
 * exists, since a script cannot tell.
 */
public final class MigrationScriptWriter {

  private static final String OUTSIDE_TRANSACTION = "transactional = false: no BEGIN/COMMIT, since statements such as"
      + " CREATE INDEX CONCURRENTLY fail inside a transaction block; run in autocommit mode";

  private final Dialect dialect;
  private final VersionTable versionTable;
  private final HistoryTable history;
  private final Map<String, LoadedRevision> revisions;
  private final boolean transactionPerMigration;

  public MigrationScriptWriter(Dialect dialect, VersionTable versionTable, List<LoadedRevision> revisions) {
    this(dialect, versionTable, revisions, true);
  }

  /** @param transactionPerMigration {@code false} puts the steps in one transaction, as the runner does */
  public MigrationScriptWriter(Dialect dialect, VersionTable versionTable, List<LoadedRevision> revisions,
      boolean transactionPerMigration) {
    this.transactionPerMigration = transactionPerMigration;
    this.dialect = dialect;
    this.versionTable = versionTable;
    this.history = versionTable.history();
    this.revisions = revisions.stream().collect(Collectors.toMap(r -> r.info().id(), Function.identity()));
  }

  public void write(List<Step> steps, SqlScript script) {
    boolean inTransaction = false;
    for (Step step : steps) {
      LoadedRevision revision = revisions.get(step.revision().id());
      boolean transactional = step.revision().transactional();
      if (inTransaction && !transactional) {
        script.execute(dialect.commitTransaction());
        inTransaction = false;
      }
      script.comment(step.description());
      if (transactional && !inTransaction) {
        script.execute(dialect.beginTransaction());
        inTransaction = true;
      } else if (!transactional) {
        script.comment(OUTSIDE_TRANSACTION);
      }
      // online the table is created unless it exists; a script cannot look, so only one from base creates it
      if (step.direction() == Direction.UPGRADE && step.headsBefore().isEmpty()) {
        versionTable.ensureExists(script);
      }
      if (step == steps.get(0)) {
        history.ensureExists(script);
      }
      List<String> statements = new ArrayList<>();
      try {
        step.run(revision.newInstance(), new Operations(dialect, sql -> {
          statements.add(sql);
          script.execute(sql);
        }, ignored -> { }, new ScriptDataAccess(dialect, script)));
      } catch (RuntimeException | Error e) {
        throw new MigrationFailedException(step, revision.location(), e);
      }
      versionTable.record(script, step.headsBefore(), step.headsAfter());
      history.append(script, MigrationRunner.entry(step, revision, null, null, statements));
      if (inTransaction && transactionPerMigration) {
        script.execute(dialect.commitTransaction());
        inTransaction = false;
      }
    }
    if (inTransaction) {
      script.execute(dialect.commitTransaction());
    }
  }
}
