package dev.autogen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.introspect.ExpressionCanonicalizer;
import dev.autogen.introspect.IntrospectionFilter;
import dev.autogen.introspect.PostgresIntrospector;
import dev.autogen.op.MigrationPlan;
import dev.autogen.schema.SchemaModel;
import dev.autogen.testing.OpRunner;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The diff's promise on a real PostgreSQL, over random pairs of schemas A and B: with the database at A and B as
 * the target, the plan's upgrade leaves exactly B (and nothing more to do), its downgrade exactly A again.
 *
 * <p>The seed is fixed, so a failure reproduces. A failing pair is shrunk ({@link SchemaShrinker}) before it is
 * reported, so the message shows a small case rather than the random one. {@code -Dautogen.roundTrip.pairs=N}
 * runs more pairs than the build's 40 per test.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class DatabaseRoundTripIT {

  private static final int PAIRS = Integer.getInteger("autogen.roundTrip.pairs", 40);

  private final PostgresIntrospector introspector = new PostgresIntrospector();
  private final IntrospectionFilter filter = new IntrospectionFilter(List.of("app"), List.of(), true);
  private final ExpressionCanonicalizer canonicalizer = new ExpressionCanonicalizer();

  @Test
  void upgradeReachesTheTargetAndDowngradeComesBack(TestDatabase db) throws SQLException {
    assertRoundTrips(db, new Random(20261126L), DiffOptions.DEFAULTS);
  }

  /** A threshold of 0 takes every unambiguous same-definition pair for a rename: renames run on the database too. */
  @Test
  void renamesEverywhereUpgradeAndDowngradeOnTheDatabase(TestDatabase db) throws SQLException {
    assertRoundTrips(db, new Random(20261127L), new DiffOptions(true, 0));
  }

  /**
   * The safe forms ({@code revision --safe}) leave the catalog the plain plan leaves, both ways; the connection is in
   * autocommit mode, as a {@code transactional = false} revision runs.
   */
  @Test
  void safeFormsUpgradeAndDowngradeToTheSameCatalog(TestDatabase db) throws SQLException {
    assertRoundTrips(db, new Random(20261206L), DiffOptions.DEFAULTS, SafeForms::of);
  }

  private void assertRoundTrips(TestDatabase db, Random random, DiffOptions options) throws SQLException {
    assertRoundTrips(db, random, options, UnaryOperator.identity());
  }

  private void assertRoundTrips(TestDatabase db, Random random, DiffOptions options, UnaryOperator<MigrationPlan> form)
      throws SQLException {
    RandomSchemas schemas = RandomSchemas.forDatabase(random);
    try (Connection connection = db.connect()) {
      int plansWithOps = 0;
      for (int pair = 0; pair < PAIRS; pair++) {
        SchemaModel current = schemas.next();
        SchemaModel target = schemas.next();
        Optional<String> failure = roundTrip(connection, current, target, options, form);
        if (failure.isPresent()) {
          SchemaShrinker.Pair smallest = SchemaShrinker.shrink(new SchemaShrinker.Pair(current, target),
              candidate -> roundTrip(connection, candidate.current(), candidate.target(), options, form).isPresent());
          String smallestFailure = roundTrip(connection, smallest.current(), smallest.target(), options, form)
              .orElseThrow();
          throw new AssertionError("pair " + pair + " fails; shrunk to\n  current: " + smallest.current()
              + "\n  target:  " + smallest.target() + "\n" + smallestFailure);
        }
        if (!SchemaDiff.compare(current, target, options).plan().isEmpty()) {
          plansWithOps++;
        }
      }
      assertThat(plansWithOps).as("random pairs that differ").isGreaterThan(PAIRS / 2);
    }
  }

  /** Empty when the round trip holds, else what went wrong. */
  private Optional<String> roundTrip(Connection connection, SchemaModel current, SchemaModel target,
      DiffOptions options, UnaryOperator<MigrationPlan> form) {
    try {
      reset(connection);
      OpRunner.run(connection, SchemaDiff.compare(SchemaModel.EMPTY, current).plan().upgradeOps());
      SchemaModel atCurrent = introspector.introspect(connection, filter);
      assertThat(normalise(atCurrent)).as("database built at A")
          .isEqualTo(normalise(canonicalizer.canonicalize(connection, current)));

      SchemaModel canonicalTarget = canonicalizer.canonicalize(connection, target);
      MigrationPlan plan = form.apply(SchemaDiff.compare(atCurrent, canonicalTarget, options).plan());
      OpRunner.run(connection, plan.upgradeOps());
      SchemaModel upgraded = introspector.introspect(connection, filter);
      assertThat(normalise(upgraded)).as("database upgraded by %s", plan.upgradeOps())
          .isEqualTo(normalise(canonicalTarget));
      assertThat(SchemaDiff.compare(upgraded, canonicalTarget, options).plan().upgradeOps()).as("diff after upgrade")
          .isEmpty();

      OpRunner.run(connection, plan.downgradeOps());
      assertThat(normalise(introspector.introspect(connection, filter))).as("database downgraded by %s",
          plan.downgradeOps()).isEqualTo(normalise(atCurrent));
      return Optional.empty();
    } catch (AssertionError | RuntimeException | SQLException e) {
      return Optional.of(e.getMessage());
    }
  }

  private static SchemaModel normalise(SchemaModel schema) {
    return SchemaNormaliser.normalise(schema);
  }

  private static void reset(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS app CASCADE");
      statement.execute("DROP SCHEMA public CASCADE");
      statement.execute("CREATE SCHEMA public");
    }
  }
}
