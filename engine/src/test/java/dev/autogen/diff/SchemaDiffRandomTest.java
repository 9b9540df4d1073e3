package dev.autogen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.schema.SchemaModel;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written cases' properties, over random pairs of small schemas (fixed seed: failures reproduce). */
class SchemaDiffRandomTest {

  private static final int PAIRS = 300;

  @Test
  void planUpgradesToTheTargetAndDowngradesBack() {
    RandomSchemas schemas = new RandomSchemas(new Random(20261125L));
    int plansWithOps = 0;
    for (int pair = 0; pair < PAIRS; pair++) {
      SchemaModel current = schemas.next();
      SchemaModel target = schemas.next();

      DiffResult result = RoundTrip.diff(current, target);

      assertThat(result.notes()).as("pair %d", pair).isEmpty();
      if (!result.plan().isEmpty()) {
        plansWithOps++;
      }
    }
    assertThat(plansWithOps).as("random pairs that differ").isGreaterThan(PAIRS / 2);
  }

  @Test
  void schemaComparedWithItselfGivesNoOpsAndNoNotes() {
    RandomSchemas schemas = new RandomSchemas(new Random(42L));
    for (int i = 0; i < PAIRS; i++) {
      SchemaModel schema = schemas.next();

      DiffResult result = SchemaDiff.compare(schema, schema);

      assertThat(result.plan().upgradeOps()).as("schema %s", schema).isEmpty();
      assertThat(result.notes()).isEmpty();
    }
  }
}
