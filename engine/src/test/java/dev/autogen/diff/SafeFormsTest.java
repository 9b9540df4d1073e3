package dev.autogen.diff;

import static dev.autogen.diff.Fixtures.BIGINT;
import static dev.autogen.diff.Fixtures.ID;
import static dev.autogen.diff.Fixtures.PK_ID;
import static dev.autogen.diff.Fixtures.TEXT;
import static dev.autogen.diff.Fixtures.check;
import static dev.autogen.diff.Fixtures.column;
import static dev.autogen.diff.Fixtures.foreignKey;
import static dev.autogen.diff.Fixtures.index;
import static dev.autogen.diff.Fixtures.name;
import static dev.autogen.diff.Fixtures.schema;
import static dev.autogen.diff.Fixtures.table;
import static dev.autogen.diff.Fixtures.unique;
import static dev.autogen.diff.SchemaNormaliser.normalise;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.op.AddCheckConstraintOp;
import dev.autogen.op.AddColumnOp;
import dev.autogen.op.AddForeignKeyOp;
import dev.autogen.op.AddPrimaryKeyOp;
import dev.autogen.op.AddUniqueConstraintOp;
import dev.autogen.op.AlterColumnOp;
import dev.autogen.op.BackfillOp;
import dev.autogen.op.CreateIndexOp;
import dev.autogen.op.CreateTableOp;
import dev.autogen.op.DropCheckConstraintOp;
import dev.autogen.op.DropColumnOp;
import dev.autogen.op.DropIndexOp;
import dev.autogen.op.MigrationOp;
import dev.autogen.op.MigrationPlan;
import dev.autogen.op.ModelInterpreter;
import dev.autogen.op.ValidateConstraintOp;
import dev.autogen.schema.CheckConstraintModel;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.PrimaryKeyModel;
import dev.autogen.schema.SchemaModel;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link SafeForms}: each step on an existing table in its safe form, the plan still reaching the target and its
 * downgrade the current schema again ({@link ModelInterpreter}, which rejects ops out of order).
 */
class SafeFormsTest {

  private static final int PAIRS = 300;

  private static MigrationPlan safePlan(SchemaModel current, SchemaModel target) {
    MigrationPlan plan = SafeForms.of(RoundTrip.diff(current, target).plan());
    SchemaModel upgraded = ModelInterpreter.apply(current, plan.upgradeOps());
    assertThat(normalise(upgraded)).as("current upgraded by %s", plan).isEqualTo(normalise(target));
    SchemaModel downgraded = ModelInterpreter.apply(target, plan.downgradeOps());
    assertThat(normalise(downgraded)).as("target downgraded by %s", plan).isEqualTo(normalise(current));
    return plan;
  }

  @Test
  void indexesAreCreatedAndDroppedConcurrently() {
    MigrationPlan plan = safePlan(
        schema(table("post", ID, column("title", TEXT), PK_ID, index("post_old_idx", "title"))),
        schema(table("post", ID, column("title", TEXT), PK_ID, index("post_title_idx", "title", "id"))));

    assertThat(plan.upgradeOps()).containsExactly(
        new DropIndexOp(name("post"), "post_old_idx", index("post_old_idx", "title"), true),
        new CreateIndexOp(name("post"), index("post_title_idx", "title", "id"), true));
    assertThat(plan.downgradeOps()).containsExactly(
        new DropIndexOp(name("post"), "post_title_idx", index("post_title_idx", "title", "id"), true),
        new CreateIndexOp(name("post"), index("post_old_idx", "title"), true));
  }

  @Test
  void foreignKeysAndChecksAreAddedNotValidThenValidated() {
    MigrationPlan plan = safePlan(
        schema(table("author", ID, PK_ID), table("post", ID, column("author_id", BIGINT), PK_ID)),
        schema(table("author", ID, PK_ID), table("post", ID, column("author_id", BIGINT), PK_ID,
            foreignKey("post_author_fk", "author_id", "author"), check("post_author_check", "author_id > 0"))));

    assertThat(plan.upgradeOps()).containsExactly(
        new AddCheckConstraintOp(name("post"), check("post_author_check", "author_id > 0"), true),
        new ValidateConstraintOp(name("post"), "post_author_check"),
        new AddForeignKeyOp(name("post"), foreignKey("post_author_fk", "author_id", "author"), true),
        new ValidateConstraintOp(name("post"), "post_author_fk"));
    assertThat(plan.downgradeOps()).as("nothing to undo of a validation").hasSize(2);
  }

  @Test
  void setNotNullIsProvenByAValidatedCheckThatIsDroppedAfterwards() {
    ColumnModel nullable = column("title", TEXT);
    MigrationPlan plan = safePlan(
        schema(table("post", ID, nullable, PK_ID)),
        schema(table("post", ID, nullable.notNull(), PK_ID)));

    CheckConstraintModel proof = new CheckConstraintModel("post_title_not_null_check", "title IS NOT NULL");
    assertThat(plan.upgradeOps()).containsExactly(
        new AddCheckConstraintOp(name("post"), proof, true),
        new ValidateConstraintOp(name("post"), proof.name()),
        new AlterColumnOp(name("post"), nullable, nullable.notNull()),
        new DropCheckConstraintOp(name("post"), proof.name(), proof));
    assertThat(plan.downgradeOps()).as("the proof is not added and dropped again").containsExactly(
        new AlterColumnOp(name("post"), nullable.notNull(), nullable));
  }

  @Test
  void aNotNullColumnWithoutDefaultIsAddedNullableBackfilledThenSetNotNull() {
    ColumnModel slug = column("slug", TEXT).notNull();
    MigrationPlan plan = safePlan(
        schema(table("post", ID, PK_ID)),
        schema(table("post", ID, slug, PK_ID)));

    CheckConstraintModel proof = new CheckConstraintModel("post_slug_not_null_check", "slug IS NOT NULL");
    ColumnModel nullable = slug.withNullable(true);
    assertThat(plan.upgradeOps()).containsExactly(
        new BackfillOp(name("post"), "slug"),
        new AddColumnOp(name("post"), nullable),
        new AddCheckConstraintOp(name("post"), proof, true),
        new ValidateConstraintOp(name("post"), proof.name()),
        new AlterColumnOp(name("post"), nullable, slug),
        new DropCheckConstraintOp(name("post"), proof.name(), proof));
    assertThat(plan.downgradeOps()).containsExactly(
        new AlterColumnOp(name("post"), slug, nullable),
        new DropColumnOp(name("post"), "slug", nullable));
  }

  @Test
  void aNotNullColumnWithAConstantDefaultNeedsNoBackfill() {
    ColumnModel flag = column("flag", Fixtures.BOOLEAN).notNull().defaultValue("false");
    MigrationPlan plan = safePlan(schema(table("post", ID, PK_ID)), schema(table("post", ID, flag, PK_ID)));

    assertThat(plan.upgradeOps()).containsExactly(new AddColumnOp(name("post"), flag));
  }

  @Test
  void keysOnExistingTablesAreBuiltOnAConcurrentIndex() {
    PrimaryKeyModel key = new PrimaryKeyModel(null, List.of("id"));
    MigrationPlan plan = safePlan(
        schema(table("post", ID, column("slug", TEXT))),
        schema(table("post", ID, column("slug", TEXT), key, unique("post_slug_key", "slug"))));

    assertThat(plan.upgradeOps()).containsExactly(
        new AddPrimaryKeyOp(name("post"), key, true),
        new AddUniqueConstraintOp(name("post"), unique("post_slug_key", "slug"), true));
  }

  @Test
  void stepsOnATableTheRevisionCreatesStayPlain() {
    SchemaModel target = schema(table("post", ID, column("title", TEXT).notNull(), PK_ID,
        index("post_title_idx", "title"), check("post_title_check", "title <> ''")));
    MigrationPlan plain = RoundTrip.diff(SchemaModel.EMPTY, target).plan();

    assertThat(safePlan(SchemaModel.EMPTY, target)).isEqualTo(plain);
    assertThat(plain.upgradeOps()).first().isInstanceOf(CreateTableOp.class);
  }

  @Test
  void randomPairsUpgradeToTheTargetAndDowngradeBack() {
    RandomSchemas schemas = new RandomSchemas(new Random(20261206L));
    Set<String> safeSteps = new TreeSet<>();
    for (int pair = 0; pair < PAIRS; pair++) {
      MigrationPlan plan = safePlan(schemas.next(), schemas.next());
      for (MigrationOp op : plan.upgradeOps()) {
        if (op instanceof ValidateConstraintOp || op instanceof BackfillOp
            || op instanceof CreateIndexOp create && create.concurrently()
            || op instanceof AddUniqueConstraintOp add && add.concurrently()) {
          safeSteps.add(op.getClass().getSimpleName());
        }
      }
    }
    assertThat(safeSteps).as("safe steps the pairs exercise").contains("BackfillOp", "CreateIndexOp",
        "ValidateConstraintOp");
  }
}
