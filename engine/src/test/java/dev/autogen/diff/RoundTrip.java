package dev.autogen.diff;

import static dev.autogen.diff.SchemaNormaliser.normalise;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.op.MigrationPlan;
import dev.autogen.op.ModelInterpreter;
import dev.autogen.schema.SchemaModel;

/** Diffs two models and proves the plan against {@link ModelInterpreter}, which rejects ops run out of order. */
final class RoundTrip {

  private RoundTrip() {
  }

  static DiffResult diff(SchemaModel current, SchemaModel target) {
    DiffResult result = SchemaDiff.compare(current, target);
    MigrationPlan plan = result.plan();
    SchemaModel upgraded = ModelInterpreter.apply(current, plan.upgradeOps());
    assertThat(normalise(upgraded)).as("current upgraded by %s", plan).isEqualTo(normalise(target));
    assertThat(SchemaDiff.compare(upgraded, target).plan().upgradeOps()).as("diff after upgrade").isEmpty();
    SchemaModel downgraded = ModelInterpreter.apply(target, plan.downgradeOps());
    assertThat(normalise(downgraded)).as("target downgraded by %s", plan).isEqualTo(normalise(current));
    return result;
  }
}
