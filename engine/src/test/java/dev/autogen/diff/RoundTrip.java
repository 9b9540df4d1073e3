package dev.autogen.diff;

import static dev.autogen.diff.SchemaNormaliser.normalise;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.op.MigrationPlan;
import dev.autogen.op.ModelInterpreter;
import dev.autogen.schema.SchemaModel;
import java.util.List;

/** Diffs two models and proves the plan against {@link ModelInterpreter}, which rejects ops run out of order. */
final class RoundTrip {

  private RoundTrip() {
  }

  static DiffResult diff(SchemaModel current, SchemaModel target) {
    return diff(current, target, DiffOptions.DEFAULTS);
  }

  static DiffResult diff(SchemaModel current, SchemaModel target, DiffOptions options) {
    DiffResult result = SchemaDiff.compare(current, target, options);
    MigrationPlan plan = result.plan();
    SchemaModel upgraded = ModelInterpreter.apply(current, plan.upgradeOps());
    assertThat(normalise(upgraded)).as("current upgraded by %s", plan).isEqualTo(normalise(target));
    assertThat(SchemaDiff.compare(upgraded, target, options).plan().upgradeOps()).as("diff after upgrade")
        .isEmpty();
    SchemaModel downgraded = ModelInterpreter.apply(target, plan.downgradeOps());
    assertThat(normalise(downgraded)).as("target downgraded by %s", plan).isEqualTo(normalise(current));
    return result;
  }

  /**
   * As {@link #diff(SchemaModel, SchemaModel, DiffOptions)}; a failing pair is first shrunk ({@link SchemaShrinker})
   * and the failure reported on the smallest pair that still fails, for random pairs.
   */
  static DiffResult diffShrinkingFailures(SchemaModel current, SchemaModel target, DiffOptions options) {
    try {
      return diff(current, target, options);
    } catch (AssertionError | RuntimeException failure) {
      SchemaShrinker.Pair smallest = SchemaShrinker.shrink(new SchemaShrinker.Pair(current, target),
          pair -> failure(pair, options) != null);
      throw new AssertionError("shrunk to\n  current: " + smallest.current() + "\n  target:  " + smallest.target()
          + "\n" + failure(smallest, options), failure);
    }
  }

  private static Throwable failure(SchemaShrinker.Pair pair, DiffOptions options) {
    try {
      diff(pair.current(), pair.target(), options);
      return null;
    } catch (AssertionError | RuntimeException failure) {
      return failure;
    }
  }

  /** The only notes a diff makes: a drop and an add of the same definition that were not taken for a rename. */
  static void assertOnlyRenameHints(List<String> notes) {
    assertThat(notes).allSatisfy(note -> assertThat(note).contains("added with the same definition"));
  }
}
