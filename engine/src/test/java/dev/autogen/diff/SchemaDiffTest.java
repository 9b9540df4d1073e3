package dev.autogen.diff;

import static dev.autogen.diff.Fixtures.BIGINT;
import static dev.autogen.diff.Fixtures.check;
import static dev.autogen.diff.Fixtures.ID;
import static dev.autogen.diff.Fixtures.INTEGER;
import static dev.autogen.diff.Fixtures.PK_ID;
import static dev.autogen.diff.Fixtures.TEXT;
import static dev.autogen.diff.Fixtures.VARCHAR;
import static dev.autogen.diff.Fixtures.column;
import static dev.autogen.diff.Fixtures.foreignKey;
import static dev.autogen.diff.Fixtures.index;
import static dev.autogen.diff.Fixtures.name;
import static dev.autogen.diff.Fixtures.schema;
import static dev.autogen.diff.Fixtures.table;
import static dev.autogen.diff.Fixtures.unique;
import static dev.autogen.diff.Fixtures.uniqueIndex;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.op.AddCheckConstraintOp;
import dev.autogen.op.AddColumnOp;
import dev.autogen.op.AddForeignKeyOp;
import dev.autogen.op.AddUniqueConstraintOp;
import dev.autogen.op.AlterColumnOp;
import dev.autogen.op.CreateIndexOp;
import dev.autogen.op.CreateTableOp;
import dev.autogen.op.DropCheckConstraintOp;
import dev.autogen.op.DropColumnOp;
import dev.autogen.op.DropForeignKeyOp;
import dev.autogen.op.DropIndexOp;
import dev.autogen.op.DropTableOp;
import dev.autogen.op.DropUniqueConstraintOp;
import dev.autogen.op.MigrationOp;
import dev.autogen.op.ModelInterpreter;
import dev.autogen.schema.CheckConstraintModel;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.ForeignKeyModel;
import dev.autogen.schema.IndexModel;
import dev.autogen.schema.PrimaryKeyModel;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import dev.autogen.schema.UniqueConstraintModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaDiffTest {

  private static final ColumnModel EMAIL = column("email", VARCHAR).notNull();
  private static final ColumnModel NAME = column("name", VARCHAR);
  private static final ColumnModel PHONE = column("phone_number", VARCHAR);
  private static final ColumnModel USER_ID = column("user_id", BIGINT);

  private static List<MigrationOp> upgradeOps(SchemaModel current, SchemaModel target) {
    DiffResult result = RoundTrip.diff(current, target);
    RoundTrip.assertOnlyRenameHints(result.notes());
    return result.plan().upgradeOps();
  }

  @Test
  void identicalModelsGiveAnEmptyPlan() {
    SchemaModel schema = schema(
        table("user", ID, EMAIL, NAME, PK_ID, unique("uk_email", "email"), index("ix_name", "name")),
        table("order", ID, USER_ID, PK_ID, foreignKey("fk_order_user", "user_id", "user")));

    DiffResult result = SchemaDiff.compare(schema, schema);

    assertThat(result.plan().upgradeOps()).isEmpty();
    assertThat(result.notes()).isEmpty();
  }

  @Test
  void addedColumnIsAdded() {
    assertThat(upgradeOps(schema(table("user", ID, PK_ID)), schema(table("user", ID, PHONE, PK_ID))))
        .containsExactly(new AddColumnOp(name("user"), PHONE));
  }

  @Test
  void removedColumnIsDroppedWithItsDefinition() {
    assertThat(upgradeOps(schema(table("user", ID, PHONE, PK_ID)), schema(table("user", ID, PK_ID))))
        .containsExactly(new DropColumnOp(name("user"), "phone_number", PHONE));
  }

  @Test
  void changedTypeNullabilityOrIdentityIsOneAlterPerColumn() {
    ColumnModel age = column("age", INTEGER);
    ColumnModel agedUp = column("age", BIGINT).notNull();
    SchemaModel current = schema(table("user", ID, age, NAME, PK_ID));
    SchemaModel target = schema(table("user", ID.identity(), agedUp, NAME, PK_ID));

    assertThat(upgradeOps(current, target)).containsExactly(
        new AlterColumnOp(name("user"), age, agedUp),
        new AlterColumnOp(name("user"), ID, ID.identity()));
  }

  @Test
  void changedDefaultIsAnAlterThatCarriesBothDefaults() {
    ColumnModel current = column("age", INTEGER).defaultValue("0");
    ColumnModel target = column("age", INTEGER).defaultValue("18");

    assertThat(upgradeOps(schema(table("user", ID, current)), schema(table("user", ID, target))))
        .containsExactly(new AlterColumnOp(name("user"), current, target));
  }

  @Test
  void addedAndRemovedDefaultsAreAlters() {
    ColumnModel plain = column("created_at", TEXT);
    ColumnModel defaulted = column("created_at", TEXT).defaultValue("now()");

    assertThat(upgradeOps(schema(table("user", ID, plain)), schema(table("user", ID, defaulted))))
        .containsExactly(new AlterColumnOp(name("user"), plain, defaulted));
    assertThat(upgradeOps(schema(table("user", ID, defaulted)), schema(table("user", ID, plain))))
        .containsExactly(new AlterColumnOp(name("user"), defaulted, plain));
  }

  @Test
  void checksAreMatchedByExpressionWhateverTheirNames() {
    SchemaModel current = schema(table("user", ID, column("tier", INTEGER), check("user_tier_check", "(tier >= 0)")));
    SchemaModel target = schema(table("user", ID, column("tier", INTEGER), check("ck_tier", "(tier >= 0)")));

    assertThat(upgradeOps(current, target)).isEmpty();
  }

  @Test
  void changedCheckIsDroppedBeforeColumnsChangeAndAddedAfter() {
    CheckConstraintModel before = check("user_tier_check", "(tier >= 0)");
    CheckConstraintModel after = check("user_tier_check", "((tier >= 0) AND (tier <= 2))");
    ColumnModel tier = column("tier", INTEGER);
    ColumnModel wideTier = column("tier", BIGINT);

    assertThat(upgradeOps(schema(table("user", ID, tier, before)), schema(table("user", ID, wideTier, after))))
        .containsExactly(
            new DropCheckConstraintOp(name("user"), "user_tier_check", before),
            new AlterColumnOp(name("user"), tier, wideTier),
            new AddCheckConstraintOp(name("user"), after));
  }

  @Test
  void checksOfNewAndDroppedTablesTravelWithTheTable() {
    TableModel table = table("user", ID, column("tier", INTEGER), check("user_tier_check", "(tier >= 0)"));

    assertThat(upgradeOps(schema(), schema(table))).containsExactly(new CreateTableOp(table));
    assertThat(upgradeOps(schema(table), schema())).containsExactly(new DropTableOp(name("user"), table));
  }

  @Test
  void columnOrderIsIgnored() {
    assertThat(upgradeOps(schema(table("user", ID, EMAIL, NAME)), schema(table("user", NAME, ID, EMAIL)))).isEmpty();
  }

  @Test
  void newTableIsCreatedBeforeItsForeignKeysToExistingAndNewTables() {
    TableModel user = table("user", ID, PK_ID);
    ColumnModel productId = column("product_id", BIGINT);
    ColumnModel parentId = column("parent_id", BIGINT);
    ForeignKeyModel orderUser = foreignKey("fk_order_user", "user_id", "user");
    ForeignKeyModel orderProduct = foreignKey("fk_order_product", "product_id", "product");
    ForeignKeyModel productParent = foreignKey("fk_product_parent", "parent_id", "product");
    TableModel order = table("order", ID, USER_ID, productId, PK_ID, orderUser, orderProduct);
    TableModel product = table("product", ID, parentId, PK_ID, productParent);

    assertThat(upgradeOps(schema(user), schema(user, order, product))).containsExactly(
        new CreateTableOp(table("order", ID, USER_ID, productId, PK_ID)),
        new CreateTableOp(table("product", ID, parentId, PK_ID)),
        new AddForeignKeyOp(name("order"), orderProduct),
        new AddForeignKeyOp(name("order"), orderUser),
        new AddForeignKeyOp(name("product"), productParent));
  }

  @Test
  void droppedTableLosesItsForeignKeysFirstAndCarriesTheRest() {
    TableModel user = table("user", ID, PK_ID);
    ForeignKeyModel orderUser = foreignKey("fk_order_user", "user_id", "user");
    IndexModel byUser = index("ix_order_user", "user_id");

    assertThat(upgradeOps(schema(user, table("order", ID, USER_ID, PK_ID, byUser, orderUser)), schema(user)))
        .containsExactly(
            new DropForeignKeyOp(name("order"), "fk_order_user", orderUser),
            new DropTableOp(name("order"), table("order", ID, USER_ID, PK_ID, byUser)));
  }

  @Test
  void droppedTableReferencedFromASurvivingTableLosesThatForeignKeyFirst() {
    TableModel user = table("user", ID, PK_ID);
    ForeignKeyModel orderUser = foreignKey("fk_order_user", "user_id", "user");
    SchemaModel current = schema(user, table("order", ID, USER_ID, PK_ID, orderUser));
    SchemaModel target = schema(table("order", ID, USER_ID, PK_ID));

    assertThat(upgradeOps(current, target)).containsExactly(
        new DropForeignKeyOp(name("order"), "fk_order_user", orderUser),
        new DropTableOp(name("user"), user));
  }

  @Test
  void uniqueConstraintsAreDroppedAndAdded() {
    UniqueConstraintModel byEmail = unique("uk_email", "email");
    UniqueConstraintModel byPhone = unique("uk_phone", "phone_number");
    SchemaModel current = schema(table("user", ID, EMAIL, PHONE, PK_ID, byEmail));
    SchemaModel target = schema(table("user", ID, EMAIL, PHONE, PK_ID, byPhone));

    assertThat(upgradeOps(current, target)).containsExactly(
        new DropUniqueConstraintOp(name("user"), "uk_email", byEmail),
        new AddUniqueConstraintOp(name("user"), byPhone));
  }

  @Test
  void indexThatBecomesUniqueIsDroppedAndCreatedAgain() {
    IndexModel byName = index("ix_name", "name");
    IndexModel uniqueByName = uniqueIndex("ix_name", "name");
    IndexModel byEmail = index("ix_email", "email");
    SchemaModel current = schema(table("user", ID, EMAIL, NAME, byName, byEmail));
    SchemaModel target = schema(table("user", ID, EMAIL, NAME, uniqueByName, byEmail));

    assertThat(upgradeOps(current, target)).containsExactly(
        new DropIndexOp(name("user"), "ix_name", byName),
        new CreateIndexOp(name("user"), uniqueByName));
  }

  @Test
  void sameDefinitionUnderAnotherNameIsNoChange() {
    SchemaModel current = schema(
        table("user", ID, EMAIL, NAME, new PrimaryKeyModel("user_pkey", List.of("id")),
            unique("uk_email", "email"), index("ix_name", "name")),
        table("order", ID, USER_ID, PK_ID, foreignKey("fk_order_user", "user_id", "user")));
    SchemaModel target = schema(
        table("user", ID, EMAIL, NAME, PK_ID, unique("UK6dotkott2kjsp8vw4d0m25fb7", "email"),
            index("IDX4x5w8k1r", "name")),
        table("order", ID, USER_ID, PK_ID, foreignKey("FK8qx5mm5c4h6lq9k0", "user_id", "user")));

    assertThat(upgradeOps(current, target)).isEmpty();
  }

  @Test
  void duplicateDefinitionKeepsTheOneWithItsOwnName() {
    // Pairing uk_email_2 with uk_email would add a second uk_email_2 while the first still exists.
    UniqueConstraintModel first = unique("uk_email", "email");
    UniqueConstraintModel second = unique("uk_email_2", "email");
    SchemaModel current = schema(table("user", ID, EMAIL, second));
    SchemaModel target = schema(table("user", ID, EMAIL, first, second));

    assertThat(upgradeOps(current, target)).containsExactly(new AddUniqueConstraintOp(name("user"), first));
  }

  @Test
  void foreignKeyWithAnotherDeleteActionIsReplaced() {
    TableModel user = table("user", ID, PK_ID);
    ForeignKeyModel restrict = foreignKey("fk_order_user", "user_id", "user");
    ForeignKeyModel cascade = restrict.onDelete(ReferentialAction.CASCADE);
    SchemaModel current = schema(user, table("order", ID, USER_ID, PK_ID, restrict));
    SchemaModel target = schema(user, table("order", ID, USER_ID, PK_ID, cascade));

    assertThat(upgradeOps(current, target)).containsExactly(
        new DropForeignKeyOp(name("order"), "fk_order_user", restrict),
        new AddForeignKeyOp(name("order"), cascade));
  }

  @Test
  void columnsAreDroppedAfterTheirIndexesAndAddedBeforeThem() {
    IndexModel byName = index("ix_name", "name");
    IndexModel byEmail = index("ix_email", "email");

    assertThat(upgradeOps(schema(table("user", ID, NAME, byName)), schema(table("user", ID, EMAIL, byEmail))))
        .containsExactly(
            new DropIndexOp(name("user"), "ix_name", byName),
            new AddColumnOp(name("user"), EMAIL),
            new DropColumnOp(name("user"), "name", NAME),
            new CreateIndexOp(name("user"), byEmail));
  }

  @Test
  void opsAreOrderedByPhaseThenTableThenName() {
    ColumnModel v = column("v", TEXT);
    ColumnModel w = column("w", TEXT);
    ColumnModel x = column("x", TEXT);
    ColumnModel y = column("y", TEXT);
    ColumnModel p = column("p", TEXT);
    ColumnModel q = column("q", TEXT);
    ColumnModel aId = column("a_id", BIGINT);
    UniqueConstraintModel onX = unique("uk_a_x", "x");
    IndexModel onW = index("ix_a_w", "w");
    ForeignKeyModel cToA = foreignKey("fk_c_a", "a_id", "a");
    SchemaModel current = schema(
        table("a", ID, x, y, PK_ID, onX),
        table("b", ID, p, PK_ID),
        table("z", ID, PK_ID));
    SchemaModel target = schema(
        table("a", ID, x, w, v, PK_ID, onW),
        table("b", ID, p.notNull(), q, PK_ID),
        table("c", ID, aId, PK_ID, cToA));

    List<MigrationOp> expected = List.of(
        new DropUniqueConstraintOp(name("a"), "uk_a_x", onX),
        new DropTableOp(name("z"), table("z", ID, PK_ID)),
        new CreateTableOp(table("c", ID, aId, PK_ID)),
        new AddColumnOp(name("a"), v),
        new AddColumnOp(name("a"), w),
        new AddColumnOp(name("b"), q),
        new AlterColumnOp(name("b"), p, p.notNull()),
        new DropColumnOp(name("a"), "y", y),
        new CreateIndexOp(name("a"), onW),
        new AddForeignKeyOp(name("c"), cToA));
    assertThat(upgradeOps(current, target)).containsExactlyElementsOf(expected);
  }

  @Test
  void planDoesNotDependOnTheOrderReadersListColumnsAndConstraintsIn() {
    TableModel user = table("user", ID, PK_ID);
    SchemaModel current = schema(user, table("order", ID, USER_ID, EMAIL, column("a", TEXT), column("b", TEXT),
        unique("uk_1", "a"), unique("uk_2", "b"), index("ix_1", "a"), index("ix_2", "b"),
        foreignKey("fk_1", "user_id", "user"), foreignKey("fk_2", "user_id", "user")));
    SchemaModel target = schema(user, table("order", ID, USER_ID, NAME, PHONE, column("a", INTEGER),
        column("b", INTEGER), unique("uk_3", "user_id"), unique("uk_4", "user_id", "a"), index("ix_3", "user_id"),
        index("ix_4", "user_id", "a"), foreignKey("fk_3", "user_id", "user").onDelete(ReferentialAction.CASCADE),
        foreignKey("fk_4", "user_id", "user").onDelete(ReferentialAction.SET_NULL)));

    List<MigrationOp> asListed = upgradeOps(current, target);

    assertThat(asListed).hasSize(17);
    assertThat(SchemaDiff.compare(reversedElements(current), reversedElements(target)).plan().upgradeOps())
        .containsExactlyElementsOf(asListed);
  }

  @Test
  void upgradeOfThePlanSatisfiesTheStrictInterpreter() {
    // The interpreter refuses to drop a table still referenced; this fails if foreign keys were dropped later.
    TableModel user = table("user", ID, PK_ID);
    SchemaModel current = schema(user, table("order", ID, USER_ID, foreignKey("fk", "user_id", "user")));
    SchemaModel target = schema(table("order", ID, USER_ID));

    SchemaModel upgraded = ModelInterpreter.apply(current, SchemaDiff.compare(current, target).plan().upgradeOps());

    assertThat(upgraded).isEqualTo(target);
  }

  private static SchemaModel reversedElements(SchemaModel schema) {
    return new SchemaModel(schema.tables().stream()
        .map(table -> new TableModel(table.name(), reversed(table.columns()), table.primaryKey(),
            reversed(table.uniqueConstraints()), reversed(table.indexes()), reversed(table.foreignKeys())))
        .toList());
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }
}
