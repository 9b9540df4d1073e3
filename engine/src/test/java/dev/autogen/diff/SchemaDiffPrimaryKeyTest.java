package dev.autogen.diff;

import static dev.autogen.diff.Fixtures.BIGINT;
import static dev.autogen.diff.Fixtures.ID;
import static dev.autogen.diff.Fixtures.PK_ID;
import static dev.autogen.diff.Fixtures.column;
import static dev.autogen.diff.Fixtures.foreignKey;
import static dev.autogen.diff.Fixtures.name;
import static dev.autogen.diff.Fixtures.schema;
import static dev.autogen.diff.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.op.AddColumnOp;
import dev.autogen.op.AddForeignKeyOp;
import dev.autogen.op.AddPrimaryKeyOp;
import dev.autogen.op.DropForeignKeyOp;
import dev.autogen.op.DropPrimaryKeyOp;
import dev.autogen.op.MigrationOp;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.ForeignKeyModel;
import dev.autogen.schema.PrimaryKeyModel;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.TableModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaDiffPrimaryKeyTest {

  private static final ColumnModel TENANT_ID = column("tenant_id", BIGINT).notNull();
  /** What the introspector reports for a key PostgreSQL named. */
  private static final PrimaryKeyModel USER_PKEY = new PrimaryKeyModel("user_pkey", List.of("id"));
  private static final PrimaryKeyModel COMPOSITE = new PrimaryKeyModel(null, List.of("tenant_id", "id"));

  private static List<MigrationOp> upgradeOps(DiffResult result) {
    assertThat(result.notes()).isEmpty();
    return result.plan().upgradeOps();
  }

  @Test
  void aKeyOnOtherColumnsIsDroppedByItsCurrentNameAndAddedAfterItsColumns() {
    List<MigrationOp> ops = upgradeOps(RoundTrip.diff(
        schema(table("user", ID, USER_PKEY)),
        schema(table("user", ID, TENANT_ID, COMPOSITE))));

    assertThat(ops).containsExactly(
        new DropPrimaryKeyOp(name("user"), "user_pkey", USER_PKEY),
        new AddColumnOp(name("user"), TENANT_ID),
        new AddPrimaryKeyOp(name("user"), COMPOSITE));
  }

  @Test
  void aKeyDeclaredWithoutANameIsDroppedUnderPostgresqlsName() {
    List<MigrationOp> ops = upgradeOps(RoundTrip.diff(
        schema(table("user", ID, TENANT_ID, PK_ID)),
        schema(table("user", ID, TENANT_ID, COMPOSITE))));

    assertThat(ops).containsExactly(
        new DropPrimaryKeyOp(name("user"), "user_pkey", PK_ID),
        new AddPrimaryKeyOp(name("user"), COMPOSITE));
  }

  @Test
  void aKeyIsAddedToATableWithoutOneAndDroppedFromOneThatNoLongerHasOne() {
    assertThat(upgradeOps(RoundTrip.diff(schema(table("user", ID)), schema(table("user", ID, PK_ID)))))
        .containsExactly(new AddPrimaryKeyOp(name("user"), PK_ID));
    assertThat(upgradeOps(RoundTrip.diff(schema(table("user", ID, USER_PKEY)), schema(table("user", ID)))))
        .containsExactly(new DropPrimaryKeyOp(name("user"), "user_pkey", USER_PKEY));
  }

  @Test
  void aDifferentNameAloneIsNoChange() {
    assertThat(upgradeOps(RoundTrip.diff(schema(table("user", ID, USER_PKEY)), schema(table("user", ID, PK_ID)))))
        .isEmpty();
  }

  @Test
  void foreignKeysReferencingTheOldKeyAreDroppedFirstAndAddedBackLast() {
    ForeignKeyModel orderUser = foreignKey("fk_order_user", "user_id", "user");
    PrimaryKeyModel idFirst = new PrimaryKeyModel(null, List.of("id", "tenant_id"));
    ForeignKeyModel composite = new ForeignKeyModel("fk_order_user", List.of("user_id", "tenant_id"),
        name("user"), List.of("id", "tenant_id"), orderUser.onDelete());
    ColumnModel userId = column("user_id", BIGINT);

    List<MigrationOp> ops = upgradeOps(RoundTrip.diff(
        schema(table("user", ID, TENANT_ID, USER_PKEY), table("order", ID, userId, TENANT_ID, PK_ID, orderUser)),
        schema(table("user", ID, TENANT_ID, idFirst), table("order", ID, userId, TENANT_ID, PK_ID, composite))));

    assertThat(ops).containsExactly(
        new DropForeignKeyOp(name("order"), "fk_order_user", orderUser),
        new DropPrimaryKeyOp(name("user"), "user_pkey", USER_PKEY),
        new AddPrimaryKeyOp(name("user"), idFirst),
        new AddForeignKeyOp(name("order"), composite));
  }

  @Test
  void anUnchangedForeignKeyToAReorderedKeyIsDroppedAndAddedBack() {
    ForeignKeyModel orderUser = new ForeignKeyModel("fk_order_user", List.of("user_id", "user_tenant_id"),
        name("user"), List.of("tenant_id", "id"), ReferentialAction.NO_ACTION);
    PrimaryKeyModel reordered = new PrimaryKeyModel(null, List.of("id", "tenant_id"));
    TableModel order = table("order", ID, column("user_id", BIGINT), column("user_tenant_id", BIGINT), PK_ID, orderUser);

    List<MigrationOp> ops = upgradeOps(RoundTrip.diff(
        schema(table("user", ID, TENANT_ID, new PrimaryKeyModel("user_pkey", List.of("tenant_id", "id"))), order),
        schema(table("user", ID, TENANT_ID, reordered), order)));

    assertThat(ops).containsExactly(
        new DropForeignKeyOp(name("order"), "fk_order_user", orderUser),
        new DropPrimaryKeyOp(name("user"), "user_pkey", new PrimaryKeyModel("user_pkey", List.of("tenant_id", "id"))),
        new AddPrimaryKeyOp(name("user"), reordered),
        new AddForeignKeyOp(name("order"), orderUser));
  }
}
