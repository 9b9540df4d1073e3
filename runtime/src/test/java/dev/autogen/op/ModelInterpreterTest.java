package dev.autogen.op;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.schema.CheckConstraintModel;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.ForeignKeyModel;
import dev.autogen.schema.IndexModel;
import dev.autogen.schema.PrimaryKeyModel;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.SequenceModel;
import dev.autogen.schema.TableModel;
import dev.autogen.schema.UniqueConstraintModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelInterpreterTest {

  private static final QualifiedName USER = QualifiedName.of("user");
  private static final QualifiedName ORDER = QualifiedName.of("order");
  private static final ColumnModel ID = ColumnModel.of("id", new ColumnType("bigint")).notNull();
  private static final ColumnModel EMAIL = ColumnModel.of("email", new ColumnType("text"));
  private static final ColumnModel USER_ID = ColumnModel.of("user_id", new ColumnType("bigint"));
  private static final PrimaryKeyModel PK_ID = new PrimaryKeyModel(null, List.of("id"));
  private static final UniqueConstraintModel UK_EMAIL = new UniqueConstraintModel("uk_email", List.of("email"));
  private static final IndexModel IX_EMAIL = new IndexModel("ix_email", List.of("email"), false);
  private static final ForeignKeyModel FK_ORDER_USER =
      new ForeignKeyModel("fk_order_user", List.of("user_id"), USER, List.of("id"), ReferentialAction.NO_ACTION);

  private static final TableModel USER_TABLE =
      TableModel.of(USER, List.of(ID, EMAIL, PK_ID, UK_EMAIL, IX_EMAIL));
  private static final TableModel ORDER_TABLE = TableModel.of(ORDER, List.of(ID, USER_ID, PK_ID, FK_ORDER_USER));
  private static final SchemaModel SHOP = new SchemaModel(List.of(USER_TABLE, ORDER_TABLE));

  private static SchemaModel apply(SchemaModel model, MigrationOp... ops) {
    return ModelInterpreter.apply(model, List.of(ops));
  }

  @Test
  void appliesEveryKindOfOp() {
    ColumnModel email = EMAIL.notNull();
    UniqueConstraintModel userOnce = new UniqueConstraintModel("uk_order_user", List.of("user_id"));
    IndexModel byUser = new IndexModel("ix_order_user", List.of("user_id"), false);

    SchemaModel result = apply(new SchemaModel(List.of(TableModel.of(USER, List.of(ID, PK_ID)))),
        new AddColumnOp(USER, EMAIL),
        new AlterColumnOp(USER, EMAIL, email),
        new CreateTableOp(TableModel.of(ORDER, List.of(ID, USER_ID, PK_ID))),
        new AddForeignKeyOp(ORDER, FK_ORDER_USER),
        new AddUniqueConstraintOp(ORDER, userOnce),
        new CreateIndexOp(ORDER, byUser));

    assertThat(result).isEqualTo(new SchemaModel(List.of(
        TableModel.of(USER, List.of(ID, email, PK_ID)),
        TableModel.of(ORDER, List.of(ID, USER_ID, PK_ID, userOnce, byUser, FK_ORDER_USER)))));
  }

  @Test
  void dropsBuiltFromNamesOnlyDropByName() {
    SchemaModel result = apply(SHOP,
        new DropForeignKeyOp(ORDER, "fk_order_user", null),
        new DropTableOp(ORDER, null),
        new DropIndexOp(USER, "ix_email", null),
        new DropUniqueConstraintOp(USER, "uk_email", null),
        new DropColumnOp(USER, "email", null));

    assertThat(result).isEqualTo(new SchemaModel(List.of(TableModel.of(USER, List.of(ID, PK_ID)))));
  }

  @Test
  void checksAreAddedAndDroppedByNameInTheConstraintNamespace() {
    CheckConstraintModel positive = new CheckConstraintModel("ck_id", "(id > 0)");
    SchemaModel checked = apply(SHOP, new AddCheckConstraintOp(USER, positive));

    assertThat(checked.tables()).filteredOn(table -> table.name().equals(USER))
        .singleElement().extracting(TableModel::checks).isEqualTo(List.of(positive));
    assertThat(apply(checked, new DropCheckConstraintOp(USER, "ck_id", null))).isEqualTo(SHOP);
    assertRefused(SHOP, new AddCheckConstraintOp(USER, new CheckConstraintModel("uk_email", "(id > 0)")),
        "cannot add 'uk_email' on 'user': the name is taken");
    assertRefused(SHOP, new DropCheckConstraintOp(USER, "ck_id", null), "no check constraint 'ck_id' on 'user'");
  }

  @Test
  void tableMayReferenceItself() {
    ForeignKeyModel parent = new ForeignKeyModel(
        "fk_parent", List.of("parent_id"), ORDER, List.of("id"), ReferentialAction.CASCADE);
    TableModel tree = TableModel.of(ORDER, List.of(ID, ColumnModel.of("parent_id", new ColumnType("bigint")), parent));

    SchemaModel created = apply(SchemaModel.EMPTY, new CreateTableOp(tree));

    assertThat(created.tables()).containsExactly(tree);
    assertThat(apply(created, new DropTableOp(ORDER, null))).isEqualTo(SchemaModel.EMPTY);
  }

  @Test
  void refusesToCreateWhatExists() {
    assertRefused(SHOP, new CreateTableOp(USER_TABLE), "cannot create table 'user': it exists");
    assertRefused(SHOP, new AddColumnOp(USER, EMAIL), "cannot add column 'user.email': it exists");
    assertRefused(SHOP, new CreateIndexOp(USER, new IndexModel("uk_email", List.of("id"), false)),
        "cannot add 'uk_email' on 'user': the name is taken");
    assertRefused(SHOP, new AddForeignKeyOp(ORDER, FK_ORDER_USER),
        "cannot add 'fk_order_user' on 'order': the name is taken");
  }

  @Test
  void setsTableCommentsAndCreatesTablesWithTheirComments() {
    SchemaModel commented = apply(SHOP, new SetTableCommentOp(USER, null, "people"),
        new AlterColumnOp(USER, EMAIL, EMAIL.comment("where mail goes")));
    TableModel user = commented.tables().stream().filter(t -> t.name().equals(USER)).findFirst().orElseThrow();
    assertThat(user.comment()).isEqualTo("people");
    assertThat(user.column("email").orElseThrow().comment()).isEqualTo("where mail goes");
    assertThat(apply(commented, new SetTableCommentOp(USER, "people", null), new AlterColumnOp(USER,
        EMAIL.comment("where mail goes"), EMAIL))).isEqualTo(SHOP);
    assertRefused(SHOP, new SetTableCommentOp(QualifiedName.of("product"), null, "x"), "no table 'product'");
  }

  /** An alter replaces the whole column: a serial's sequence and a generation expression come and go with it. */
  @Test
  void alterReplacesSerialAndGeneratedColumnsWhole() {
    ColumnModel serial = ColumnModel.of("id", new ColumnType("bigint")).notNull().serial("user_id_seq");
    ColumnModel identity = ColumnModel.of("id", new ColumnType("bigint")).identity();
    ColumnModel generated = EMAIL.generatedAs("lower(name)");
    SchemaModel before = apply(SHOP, new AlterColumnOp(USER, ID, serial), new AlterColumnOp(USER, EMAIL, generated));

    SchemaModel after = apply(before, new AlterColumnOp(USER, serial, identity),
        new AlterColumnOp(USER, generated, EMAIL));

    TableModel user = after.tables().stream().filter(t -> t.name().equals(USER)).findFirst().orElseThrow();
    assertThat(user.column("id")).contains(identity);
    assertThat(user.column("email")).contains(EMAIL);
    assertThat(apply(after, new AlterColumnOp(USER, identity, serial)).tables().stream()
        .filter(t -> t.name().equals(USER)).findFirst().orElseThrow().column("id")).contains(serial);
  }

  @Test
  void refusesToTouchWhatIsMissing() {
    assertRefused(SHOP, new DropTableOp(QualifiedName.of("product"), null), "no table 'product'");
    assertRefused(SHOP, new DropColumnOp(USER, "phone", null), "no column 'user.phone'");
    assertRefused(SHOP, new AlterColumnOp(USER, ColumnModel.of("phone", new ColumnType("text")),
        ColumnModel.of("phone", new ColumnType("bigint"))), "no column 'user.phone'");
    assertRefused(SHOP, new DropIndexOp(USER, "ix_phone", null), "no index 'ix_phone' on 'user'");
    assertRefused(SHOP, new DropUniqueConstraintOp(USER, "ix_email", null),
        "no unique constraint 'ix_email' on 'user'");
    assertRefused(SHOP, new DropForeignKeyOp(USER, "fk_order_user", null), "no foreign key 'fk_order_user' on 'user'");
  }

  @Test
  void refusesToReferenceWhatIsMissing() {
    assertRefused(SHOP, new CreateIndexOp(USER, new IndexModel("ix_phone", List.of("phone"), false)),
        "'ix_phone' on 'user' names missing column 'phone'");
    ForeignKeyModel toProduct = new ForeignKeyModel(
        "fk_product", List.of("user_id"), QualifiedName.of("product"), List.of("id"), ReferentialAction.NO_ACTION);
    assertRefused(SHOP, new AddForeignKeyOp(ORDER, toProduct),
        "foreign key 'fk_product' on 'order' references missing table 'product'");
    TableModel orphan = TableModel.of(QualifiedName.of("line"), List.of(ID, USER_ID, toProduct));
    assertRefused(SHOP, new CreateTableOp(orphan),
        "foreign key 'fk_product' on 'line' references missing table 'product'");
  }

  @Test
  void refusesToDropWhatIsStillUsed() {
    assertRefused(SHOP, new DropTableOp(USER, null),
        "cannot drop table 'user': foreign key 'fk_order_user' on 'order' references it");
    assertRefused(SHOP, new DropColumnOp(USER, "email", null),
        "cannot drop column 'user.email': unique constraint 'uk_email' uses it");
    assertRefused(SHOP, new DropColumnOp(ORDER, "user_id", null),
        "cannot drop column 'order.user_id': foreign key 'fk_order_user' on 'order' uses it");
    assertRefused(SHOP, new DropColumnOp(USER, "id", null), "cannot drop column 'user.id': the primary key uses it");
  }

  @Test
  void createsAltersAndDropsSequences() {
    SequenceModel userSeq = new SequenceModel(QualifiedName.of("user_seq"), 1, 50);
    SequenceModel orderSeq = new SequenceModel(QualifiedName.of("order_seq"), 1, 50);
    SchemaModel withSequences = new SchemaModel(SHOP.tables(), List.of(userSeq, orderSeq));

    SchemaModel result = apply(withSequences,
        new AlterSequenceOp(userSeq, userSeq.incrementBy(1)),
        new DropSequenceOp(orderSeq.name(), null),
        new CreateSequenceOp(new SequenceModel(QualifiedName.of("audit_seq"), 1000, 1)));

    assertThat(result).isEqualTo(new SchemaModel(SHOP.tables(), List.of(
        userSeq.incrementBy(1), new SequenceModel(QualifiedName.of("audit_seq"), 1000, 1))));
  }

  @Test
  void refusesSequenceOpsOnWhatExistsOrIsMissing() {
    SequenceModel userSeq = new SequenceModel(QualifiedName.of("user_seq"), 1, 50);
    SchemaModel withSequence = new SchemaModel(List.of(), List.of(userSeq));

    assertRefused(withSequence, new CreateSequenceOp(userSeq.incrementBy(1)),
        "cannot create sequence 'user_seq': it exists");
    assertRefused(SchemaModel.EMPTY, new DropSequenceOp(userSeq.name(), userSeq), "no sequence 'user_seq'");
    assertRefused(SchemaModel.EMPTY, new AlterSequenceOp(userSeq, userSeq.incrementBy(1)), "no sequence 'user_seq'");
  }

  @Test
  void rawSqlCannotBeApplied() {
    assertThatThrownBy(() -> apply(SHOP, new ExecuteOp("update \"user\" set email = lower(email)")))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("update \"user\" set email = lower(email)");
  }

  private static void assertRefused(SchemaModel model, MigrationOp op, String message) {
    assertThatThrownBy(() -> apply(model, op))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(message);
  }

  @Test
  void renamedTableAndColumnAreFollowedByEveryKeyAndIndexNamingThem() {
    QualifiedName account = QualifiedName.of("account");

    SchemaModel result = apply(SHOP,
        new RenameTableOp(USER, account),
        new RenameColumnOp(account, "id", "account_id"),
        new RenameColumnOp(account, "email", "mail", 0.6));

    ColumnModel accountId = ColumnModel.of("account_id", new ColumnType("bigint")).notNull();
    ColumnModel mail = ColumnModel.of("mail", new ColumnType("text"));
    assertThat(result).isEqualTo(new SchemaModel(List.of(
        TableModel.of(account, List.of(accountId, mail, new PrimaryKeyModel(null, List.of("account_id")),
            new UniqueConstraintModel("uk_email", List.of("mail")), new IndexModel("ix_email", List.of("mail"), false))),
        TableModel.of(ORDER, List.of(ID, USER_ID, PK_ID, new ForeignKeyModel("fk_order_user", List.of("user_id"),
            account, List.of("account_id"), ReferentialAction.NO_ACTION))))));
  }

  @Test
  void renameOntoATakenNameFails() {
    assertThatThrownBy(() -> apply(SHOP, new RenameTableOp(USER, ORDER)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'order': it exists");
    assertThatThrownBy(() -> apply(SHOP, new RenameColumnOp(USER, "email", "id")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'id': it exists");
  }

  @Test
  void primaryKeyIsDroppedUnderPostgresqlsNameAndAddedBack() {
    PrimaryKeyModel composite = new PrimaryKeyModel(null, List.of("id", "email"));

    SchemaModel result = apply(new SchemaModel(List.of(USER_TABLE)),
        new DropPrimaryKeyOp(USER, "user_pkey", null),
        new AddPrimaryKeyOp(USER, composite));

    assertThat(result.table(USER).orElseThrow().primaryKey()).isEqualTo(composite);
    assertThatThrownBy(() -> apply(new SchemaModel(List.of(USER_TABLE)), new DropPrimaryKeyOp(USER, "pk_user", null)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no primary key 'pk_user'");
    assertThatThrownBy(() -> apply(new SchemaModel(List.of(USER_TABLE)), new AddPrimaryKeyOp(USER, composite)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("it has one");
  }

  @Test
  void referencedPrimaryKeyCannotBeDropped() {
    assertThatThrownBy(() -> apply(SHOP, new DropPrimaryKeyOp(USER, "user_pkey", null)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("foreign key 'fk_order_user' on 'order' references it");
  }

  /** PostgreSQL before 17 drops and adds a column to give it a generation expression: it then comes last. */
  @Test
  void columnRecreatedByItsAlterComesLast() {
    ColumnModel shout = ColumnModel.of("shout", new ColumnType("text"));
    TableModel user = TableModel.of(USER, List.of(ID, shout, EMAIL, PK_ID));
    ColumnModel generated = shout.generatedAs("upper(email)");

    SchemaModel after = apply(new SchemaModel(List.of(user)), new AlterColumnOp(USER, shout, generated),
        new AlterColumnOp(USER, EMAIL, EMAIL.notNull()));

    assertThat(after.table(USER).orElseThrow().columns()).containsExactly(ID, EMAIL.notNull(), generated);
  }
}
