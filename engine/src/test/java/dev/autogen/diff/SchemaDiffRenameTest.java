package dev.autogen.diff;

import static dev.autogen.diff.Fixtures.BIGINT;
import static dev.autogen.diff.Fixtures.ID;
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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.autogen.op.AddColumnOp;
import dev.autogen.op.CreateTableOp;
import dev.autogen.op.DropColumnOp;
import dev.autogen.op.DropTableOp;
import dev.autogen.op.MigrationOp;
import dev.autogen.op.RenameColumnOp;
import dev.autogen.op.RenameTableOp;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.ForeignKeyModel;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaDiffRenameTest {

  private static final ColumnModel PHONE = column("phone", VARCHAR);
  private static final ColumnModel PHONE_NUMBER = column("phone_number", VARCHAR);

  @Test
  void sameDefinitionUnderASimilarNameIsAColumnRename() {
    DiffResult result = RoundTrip.diff(
        schema(table("user", ID, PHONE, PK_ID)), schema(table("user", ID, PHONE_NUMBER, PK_ID)));

    assertThat(result.plan().upgradeOps()).singleElement().isInstanceOfSatisfying(RenameColumnOp.class, rename -> {
      assertThat(rename).isEqualTo(new RenameColumnOp(name("user"), "phone", "phone_number", rename.confidence()));
      assertThat(rename.confidence()).isGreaterThanOrEqualTo(0.5).isLessThan(1);
    });
    assertThat(result.notes()).isEmpty();
  }

  @Test
  void renamedColumnIsFollowedByTheKeysAndIndexesOverIt() {
    ColumnModel owner = column("owner_id", BIGINT);
    ColumnModel ownerUser = column("owner_user_id", BIGINT);
    TableModel user = table("user", ID, PK_ID);

    List<MigrationOp> ops = RoundTrip.diff(
        schema(user, table("post", ID, owner, PK_ID, index("ix_post_owner", "owner_id"),
            foreignKey("fk_post_owner", "owner_id", "user"))),
        schema(user, table("post", ID, ownerUser, PK_ID, index("ix_post_owner", "owner_user_id"),
            foreignKey("fk_post_owner", "owner_user_id", "user")))).plan().upgradeOps();

    assertThat(ops).singleElement().isInstanceOf(RenameColumnOp.class);
  }

  @Test
  void columnRenamesInSeveralTablesAllReachTheForeignKeysBetweenThem() {
    ForeignKeyModel toCode = new ForeignKeyModel("fk_post_author", List.of("author_code"), name("user"),
        List.of("code"), ReferentialAction.NO_ACTION);
    ForeignKeyModel toUserCode = new ForeignKeyModel("fk_post_author", List.of("author_user_code"), name("user"),
        List.of("user_code"), ReferentialAction.NO_ACTION);

    List<MigrationOp> ops = RoundTrip.diff(
        schema(table("post", ID, column("author_code", VARCHAR), PK_ID, toCode),
            table("user", ID, column("code", TEXT), PK_ID, unique("uk_user_code", "code"))),
        schema(table("post", ID, column("author_user_code", VARCHAR), PK_ID, toUserCode),
            table("user", ID, column("user_code", TEXT), PK_ID, unique("uk_user_code", "user_code"))))
        .plan().upgradeOps();

    assertThat(ops).hasSize(2).allSatisfy(op -> assertThat(op).isInstanceOf(RenameColumnOp.class));
    assertThat(ops).extracting(op -> ((RenameColumnOp) op).to()).containsExactly("author_user_code", "user_code");
  }

  @Test
  void sameDefinitionUnderASimilarNameIsATableRename() {
    TableModel user = table("user", ID, PK_ID);
    TableModel post = table("post", ID, column("author_id", BIGINT), PK_ID,
        foreignKey("fk_post_author", "author_id", "user"));
    TableModel renamedPost = table("blog_post", ID, column("author_id", BIGINT), PK_ID,
        foreignKey("fk_blog_post_author", "author_id", "user"));

    DiffResult result = RoundTrip.diff(schema(user, post), schema(user, renamedPost));

    assertThat(result.plan().upgradeOps()).singleElement().isInstanceOfSatisfying(RenameTableOp.class, rename ->
        assertThat(rename).isEqualTo(new RenameTableOp(name("post"), name("blog_post"), rename.confidence())));
  }

  @Test
  void foreignKeysFollowARenamedReferencedTable() {
    TableModel order = table("order", ID, column("user_id", BIGINT), PK_ID, foreignKey("fk_order_user", "user_id",
        "user"));
    TableModel orderToAccount = table("order", ID, column("user_id", BIGINT), PK_ID, foreignKey("fk_order_user",
        "user_id", "user_account"));

    List<MigrationOp> ops = RoundTrip.diff(
        schema(table("user", ID, PK_ID), order),
        schema(table("user_account", ID, PK_ID), orderToAccount)).plan().upgradeOps();

    assertThat(ops).containsExactly(new RenameTableOp(name("user"), name("user_account"),
        ((RenameTableOp) ops.get(0)).confidence()));
  }

  @Test
  void renamesComeBeforeTheOpsThatUseTheNewNames() {
    ColumnModel note = column("note", TEXT);

    List<MigrationOp> ops = RoundTrip.diff(
        schema(table("user", ID, PHONE, PK_ID)),
        schema(table("user", ID, PHONE_NUMBER, note, PK_ID, index("ix_user_phone", "phone_number"))))
        .plan().upgradeOps();

    assertThat(ops.get(0)).isInstanceOf(RenameColumnOp.class);
    assertThat(ops).hasSize(3);
  }

  @Test
  void anotherDefinitionIsNoRenameCandidate() {
    DiffResult result = RoundTrip.diff(
        schema(table("user", ID, PHONE, PK_ID)), schema(table("user", ID, PHONE_NUMBER.notNull(), PK_ID)));

    assertThat(result.plan().upgradeOps()).containsExactly(
        new AddColumnOp(name("user"), PHONE_NUMBER.notNull()),
        new DropColumnOp(name("user"), "phone", PHONE));
    assertThat(result.notes()).isEmpty();
  }

  @Test
  void unlikeNamesStayADropAndAnAddWithANote() {
    ColumnModel mobile = column("mobile", VARCHAR);

    DiffResult result = RoundTrip.diff(
        schema(table("user", ID, PHONE, PK_ID)), schema(table("user", ID, mobile, PK_ID)));

    assertThat(result.plan().upgradeOps()).containsExactly(
        new AddColumnOp(name("user"), mobile),
        new DropColumnOp(name("user"), "phone", PHONE));
    assertThat(result.notes()).singleElement().asString()
        .contains("column 'user.phone' was removed and column 'user.mobile' added", "below 0.50");
  }

  @Test
  void twoEquallyGoodCandidatesAreAmbiguous() {
    ColumnModel home = column("phone_home", VARCHAR);
    ColumnModel work = column("phone_work", VARCHAR);

    DiffResult result = RoundTrip.diff(
        schema(table("user", ID, PHONE, PK_ID)), schema(table("user", ID, home, work, PK_ID)));

    assertThat(result.plan().upgradeOps()).containsExactly(
        new AddColumnOp(name("user"), home),
        new AddColumnOp(name("user"), work),
        new DropColumnOp(name("user"), "phone", PHONE));
    assertThat(result.notes()).singleElement().asString()
        .contains("column 'user.phone' was removed", "another pair matches as well or better");
  }

  @Test
  void twoTablesOfTheSameDefinitionAreAmbiguousForOneTheyBothResemble() {
    TableModel log = table("log", ID, PK_ID);
    TableModel auditLog = table("audit_log", ID, PK_ID);
    TableModel errorLog = table("error_log", ID, PK_ID);

    DiffResult result = RoundTrip.diff(schema(log), schema(auditLog, errorLog));

    assertThat(result.plan().upgradeOps()).containsExactly(
        new DropTableOp(name("log"), log),
        new CreateTableOp(auditLog),
        new CreateTableOp(errorLog));
    assertThat(result.notes()).singleElement().asString().contains("table 'log' was removed");
  }

  @Test
  void renamesCanBeTurnedOff() {
    SchemaModel current = schema(table("user", ID, PHONE, PK_ID));
    SchemaModel target = schema(table("user", ID, PHONE_NUMBER, PK_ID));

    DiffResult result = RoundTrip.diff(current, target, DiffOptions.DEFAULTS.withoutRenames());

    assertThat(result.plan().upgradeOps()).containsExactly(
        new AddColumnOp(name("user"), PHONE_NUMBER),
        new DropColumnOp(name("user"), "phone", PHONE));
    assertThat(result.notes()).isEmpty();
  }

  @Test
  void theThresholdDecidesWhichScoresAreRenames() {
    SchemaModel current = schema(table("user", ID, PHONE, PK_ID));
    SchemaModel target = schema(table("user", ID, PHONE_NUMBER, PK_ID));
    double score = NameSimilarity.score("phone", "phone_number");

    assertThat(RoundTrip.diff(current, target, new DiffOptions(true, score)).plan().upgradeOps())
        .singleElement().isInstanceOf(RenameColumnOp.class);
    assertThat(RoundTrip.diff(current, target, new DiffOptions(true, Math.nextUp(score))).plan().upgradeOps())
        .hasSize(2);
  }

  @Test
  void aSingularTableMadePluralIsARename() {
    TableModel item = table("item", ID, column("name", VARCHAR), PK_ID);
    TableModel items = table("items", ID, column("name", VARCHAR), PK_ID);

    assertThat(RoundTrip.diff(schema(item), schema(items)).plan().upgradeOps())
        .singleElement().isInstanceOf(RenameTableOp.class);
    assertThat(RoundTrip.diff(schema(items), schema(item)).plan().upgradeOps())
        .singleElement().isInstanceOf(RenameTableOp.class);
  }

  /** Index and constraint names follow the table's name in both readers: they are no part of its definition. */
  @Test
  void aTableWithAnIndexAndAUniqueKeyNamedAfterItIsRenamed() {
    TableModel item = table("item", ID, column("name", VARCHAR), column("code", VARCHAR), PK_ID,
        unique("item_code_key", "code"), index("item_name_idx", "name"));
    TableModel items = table("items", ID, column("name", VARCHAR), column("code", VARCHAR), PK_ID,
        unique("items_code_key", "code"), index("items_name_idx", "name"));

    List<MigrationOp> ops = RoundTrip.diff(schema(item), schema(items)).plan().upgradeOps();

    assertThat(ops).first().isInstanceOf(RenameTableOp.class);
    assertThat(ops).noneMatch(op -> op instanceof DropTableOp || op instanceof CreateTableOp);
  }

  @Test
  void aTableWhoseForeignKeyReferencesItselfIsRenamed() {
    TableModel category = table("category", ID, column("parent_id", BIGINT), PK_ID,
        foreignKey("fk_category_parent", "parent_id", "category"));
    TableModel categories = table("categories", ID, column("parent_id", BIGINT), PK_ID,
        foreignKey("fk_categories_parent", "parent_id", "categories"));

    List<MigrationOp> ops = RoundTrip.diff(schema(category), schema(categories)).plan().upgradeOps();

    assertThat(ops).first().isInstanceOf(RenameTableOp.class);
    assertThat(ops).noneMatch(op -> op instanceof DropTableOp || op instanceof CreateTableOp);
  }

  @Test
  void aSelfReferenceDoesNotMatchAReferenceToAnotherTable() {
    TableModel node = table("node", ID, column("parent_id", BIGINT), PK_ID,
        foreignKey("fk_node_parent", "parent_id", "node"));
    TableModel nodes = table("nodes", ID, column("parent_id", BIGINT), PK_ID,
        foreignKey("fk_nodes_parent", "parent_id", "tree"));
    TableModel tree = table("tree", ID, PK_ID);

    assertThat(RoundTrip.diff(schema(node, tree), schema(nodes, tree)).plan().upgradeOps())
        .noneMatch(op -> op instanceof RenameTableOp);
  }

  @Test
  void nameSimilarityMatchesPluralsCaseAndPrefixes() {
    assertThat(NameSimilarity.score("item", "items")).isGreaterThanOrEqualTo(0.5);
    assertThat(NameSimilarity.score("category", "categories")).isGreaterThanOrEqualTo(0.5);
    assertThat(NameSimilarity.score("address", "addresses")).isGreaterThanOrEqualTo(0.5);
    assertThat(NameSimilarity.score("order_line", "order_lines")).isGreaterThanOrEqualTo(0.5);
    assertThat(NameSimilarity.score("Item", "item")).isGreaterThanOrEqualTo(0.5);
    assertThat(NameSimilarity.score("person", "people")).isGreaterThanOrEqualTo(0.5);
    assertThat(NameSimilarity.score("tbl_item", "item")).isGreaterThanOrEqualTo(0.5);
    assertThat(NameSimilarity.score("item", "app_items")).isGreaterThanOrEqualTo(0.5);
  }

  @Test
  void nameSimilarityKeepsUnrelatedNamesApart() {
    assertThat(NameSimilarity.score("item", "user")).isLessThan(0.5);
    assertThat(NameSimilarity.score("items", "invoices")).isLessThan(0.5);
    assertThat(NameSimilarity.score("phone", "mobile")).isLessThan(0.5);
    assertThat(NameSimilarity.score("status", "state")).isLessThan(0.5);
    assertThat(NameSimilarity.score("category", "categories_archive"))
        .isLessThan(NameSimilarity.score("category", "categories"));
  }

  @Test
  void singularsFollowTheCommonEnglishRules() {
    assertThat(List.of("items", "categories", "addresses", "boxes", "matches", "people", "status", "analysis",
        "bus", "class", "item")).extracting(NameSimilarity::singular)
        .containsExactly("item", "category", "address", "box", "match", "person", "status", "analysis", "bus",
            "class", "item");
  }

  @Test
  void nameSimilarityRewardsSharedWordsAndSpelling() {
    assertThat(NameSimilarity.score("phone", "phone")).isEqualTo(1.0);
    assertThat(NameSimilarity.score("phone", "phone_number")).isCloseTo((1 - 7.0 / 12 + 1) / 2, within(1e-9));
    assertThat(NameSimilarity.score("adress", "address")).isCloseTo((1 - 1.0 / 7) / 2, within(1e-9));
    assertThat(NameSimilarity.score("phone", "mobile")).isLessThan(0.5);
  }
}
