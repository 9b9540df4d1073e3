package dev.autogen.safety;

import dev.autogen.dialect.LockFacts;
import dev.autogen.dialect.LockMode;
import dev.autogen.dialect.TableEffect;
import dev.autogen.schema.QualifiedName;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures a revision's steps on a scratch database that holds the schema just before it: each statement is
 * measured in a transaction that is rolled back, then run for real, so the next one meets the schema it expects.
 * The scratch database ends at the revision.
 */
public final class StepMeasurer {

  private final StatementMeasurer measurer = new StatementMeasurer();

  /** @param connection on the scratch database, in autocommit mode */
  public List<MeasuredStep> measure(Connection connection, List<PlannedStep> steps) throws SQLException {
    List<MeasuredStep> measured = new ArrayList<>();
    for (PlannedStep step : steps) {
      List<MeasuredStatement> statements = new ArrayList<>();
      for (String sql : step.statements()) {
        statements.add(measurer.measure(connection, sql));
        try (Statement statement = connection.createStatement()) {
          statement.execute(sql);
        }
      }
      measured.add(new MeasuredStep(step, statements, facts(statements)));
    }
    return measured;
  }

  /** The statements of one op taken together: the strongest lock per table, any rewrite, any scan. */
  static LockFacts facts(List<MeasuredStatement> statements) {
    Map<QualifiedName, TableEffect> tables = new LinkedHashMap<>();
    boolean transactional = true;
    for (MeasuredStatement statement : statements) {
      transactional &= statement.runsInTransaction();
      for (TableEffect effect : statement.tables()) {
        tables.merge(effect.table(), effect, (a, b) -> new TableEffect(a.table(),
            LockMode.strongest(a.lock(), b.lock()), a.rewrites() || b.rewrites(), a.scans() || b.scans()));
      }
    }
    return new LockFacts(new ArrayList<>(tables.values()), transactional);
  }
}
