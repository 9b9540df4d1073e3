package dev.autogen.schema.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.schema.CheckConstraintModel;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.EnumTypeModel;
import dev.autogen.schema.ForeignKeyModel;
import dev.autogen.schema.IndexModel;
import dev.autogen.schema.PrimaryKeyModel;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.SequenceModel;
import dev.autogen.schema.TableModel;
import dev.autogen.schema.UniqueConstraintModel;
import dev.autogen.schema.jpa.fixtures.Fixture;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntityModelReaderTest {

  @Test
  void readsTablesKeysIndexesAndForeignKeys() {
    SchemaModel model = read("blog", Map.of()).model();

    assertThat(model.tables()).containsExactly(
        new TableModel(QualifiedName.of("post"),
            List.of(
                column("likes", "integer").notNull().defaultValue("0"),
                column("author_id", "bigint").notNull(),
                column("id", "bigint").identity(),
                column("published_at", "timestamp(6) with time zone"),
                column("title", "character varying(200)").notNull()),
            new PrimaryKeyModel(null, List.of("id")),
            List.of(),
            List.of(new IndexModel("ix_post_author_published", List.of("author_id", "published_at"), false)),
            List.of(new ForeignKeyModel("fk12njtf8e0jmyb45lqfpt6ad89", List.of("author_id"), QualifiedName.of("user"),
                List.of("id"), ReferentialAction.NO_ACTION))),
        new TableModel(QualifiedName.of("user"),
            List.of(
                column("id", "bigint").identity(),
                column("email", "character varying(255)").notNull(),
                column("phone_number", "character varying(255)")),
            new PrimaryKeyModel(null, List.of("id")),
            List.of(new UniqueConstraintModel("user_email_key", List.of("email"))),
            List.of(),
            List.of()));
  }

  @Test
  void identityColumnsNeedNoSequence() {
    assertThat(read("blog", Map.of()).model().sequences()).isEmpty();
  }

  @Test
  void readsTheSequencesOfGeneratedIds() {
    SchemaModel model = read("sequences", Map.of()).model();

    assertThat(model.sequences()).containsExactly(
        new SequenceModel(QualifiedName.of("shipment_number_seq"), 1000, 10),
        new SequenceModel(QualifiedName.of("ticket_seq"), 1, 50));
    assertThat(model.tables()).extracting(TableModel::name)
        .containsExactly(QualifiedName.of("shipment"), QualifiedName.of("ticket"));
    assertThat(model.table(QualifiedName.of("ticket")).orElseThrow().column("id"))
        .contains(column("id", "bigint").notNull());
  }

  /** JPA 3.2's {@code comment} attributes and Hibernate's {@code @Comment}, on entities and on fields. */
  @Test
  void readsTableAndColumnComments() {
    SchemaModel model = read("comments", Map.of()).model();

    TableModel customer = model.table(QualifiedName.of("customer")).orElseThrow();
    assertThat(customer.comment()).isEqualTo("People who buy");
    assertThat(customer.columns()).extracting(column -> column.name() + ": " + column.comment())
        .containsExactlyInAnyOrder("id: null", "name: Shown on invoices", "email: Where invoices go", "phone: null");
    assertThat(model.table(QualifiedName.of("purchase")).orElseThrow().comment()).isEqualTo("Orders placed");
  }

  @Test
  void readsGeneratedColumnsWithTheirExpressionAsWritten() {
    TableModel lineItem = read("generated", Map.of()).model().table(QualifiedName.of("lineitem")).orElseThrow();

    assertThat(lineItem.column("total")).contains(column("total", "numeric(38,2)").generatedAs("price * quantity"));
    assertThat(lineItem.column("skukey"))
        .contains(column("skukey", "character varying(255)").generatedAs("upper(sku)"));
    assertThat(lineItem.column("price").orElseThrow().generationExpression()).isNull();
  }

  @Test
  void readsTheOrderingOfIndexColumns() {
    EntitySchema schema = read("ordering", Map.of());

    assertThat(schema.notes()).isEmpty();
    assertThat(schema.model().tables().get(0).indexes()).containsExactly(
        new IndexModel("event_kind_idx", List.of("kind"), false),
        new IndexModel("event_latest_idx", List.of("happenedat", "kind"), false).desc("happenedat"));
  }

  /**
   * Hibernate's export sorts the columns of composite primary keys (and of the foreign keys referencing them) by
   * size, then name, as it sorts table columns; unique constraints keep their declared order.
   */
  @Test
  void ordersCompositeKeysAsHibernatesExportDoes() {
    Map<String, String> snakeCase = Map.of(
        "hibernate.physical_naming_strategy", "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl");
    SchemaModel model = read("keyorder", snakeCase).model();

    TableModel page = model.table(QualifiedName.of("crawled_page")).orElseThrow();
    assertThat(page.primaryKey().columns()).containsExactly("partition_id", "url");
    assertThat(page.columns()).extracting(ColumnModel::name)
        .containsExactly("archived", "partition_id", "title", "url");
    assertThat(page.uniqueConstraints())
        .containsExactly(new UniqueConstraintModel("uk_crawled_page_title_url", List.of("title", "url")));
    assertThat(model.table(QualifiedName.of("basket_line")).orElseThrow().primaryKey().columns())
        .containsExactly("position", "basket_id");
    assertThat(model.table(QualifiedName.of("delivery")).orElseThrow().foreignKeys())
        .extracting(key -> key.columns() + " -> " + key.referencedTable() + key.referencedColumns())
        .containsExactlyInAnyOrder(
            "[line_position, line_basket_id] -> basket_line[position, basket_id]",
            "[page_partition_id, page_url] -> crawled_page[partition_id, url]");
  }

  /** An application that keeps Hibernate's legacy ordering gets the key in attribute order, as its export does. */
  @Test
  void keepsTheDeclaredOrderWithTheLegacyOrderingStrategy() {
    SchemaModel model = read("keyorder", Map.of(
        "hibernate.physical_naming_strategy", "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl",
        "hibernate.column_ordering_strategy", "legacy")).model();

    assertThat(model.table(QualifiedName.of("basket_line")).orElseThrow().primaryKey().columns())
        .containsExactly("basket_id", "position");
  }

  @Test
  void readsPackagePrivateEntities() {
    assertThat(read("hidden", Map.of()).model().tables()).containsExactly(
        new TableModel(QualifiedName.of("secret"),
            List.of(column("id", "bigint").notNull(), column("code", "character varying(255)")),
            new PrimaryKeyModel(null, List.of("id")), List.of(), List.of(), List.of()));
  }

  @Test
  void foldsUnquotedNamesAndKeepsQuotedOnes() {
    assertThat(read("quoted", Map.of()).model().tables()).containsExactly(
        new TableModel(QualifiedName.of("product"),
            List.of(column("id", "bigint").notNull(), column("sku", "character varying(255)")),
            new PrimaryKeyModel(null, List.of("id")), List.of(), List.of(), List.of()),
        new TableModel(new QualifiedName("catalog", "DisplayName"),
            List.of(
                column("Id", "bigint").notNull(),
                column("Label", "character varying(255)"),
                column("locale", "character varying(255)")),
            new PrimaryKeyModel(null, List.of("Id")),
            List.of(new UniqueConstraintModel("UK_Label", List.of("Label", "locale"))),
            List.of(),
            List.of()));
  }

  @Test
  void readsJoinedInheritanceWithOnDelete() {
    assertThat(read("inheritance", Map.of()).model().tables()).containsExactly(
        new TableModel(QualifiedName.of("car"),
            List.of(column("seats", "integer").notNull(), column("vehicle_id", "bigint").notNull()),
            new PrimaryKeyModel(null, List.of("vehicle_id")),
            List.of(),
            List.of(),
            List.of(new ForeignKeyModel("fkhkliix97t4jf0dh2qbtfeeyor", List.of("vehicle_id"),
                QualifiedName.of("vehicle"), List.of("id"), ReferentialAction.CASCADE))),
        new TableModel(QualifiedName.of("vehicle"),
            List.of(column("id", "bigint").notNull(), column("maker", "character varying(255)")),
            new PrimaryKeyModel(null, List.of("id")), List.of(), List.of(), List.of()));
  }

  @Test
  void readsEmbeddablesCollectionTablesAndJoinTablesAndSkipsSubselects() {
    EntitySchema schema = read("collection", Map.of());

    assertThat(schema.model().tables()).containsExactly(
        new TableModel(QualifiedName.of("author"),
            List.of(
                column("id", "bigint").notNull(),
                column("zip_code", "character varying(10)"),
                column("street", "character varying(255)")),
            new PrimaryKeyModel(null, List.of("id")), List.of(), List.of(), List.of()),
        new TableModel(QualifiedName.of("author_nickname"),
            List.of(column("author_id", "bigint").notNull(), column("nickname", "character varying(50)")),
            null,
            List.of(new UniqueConstraintModel("author_nickname_author_id_nickname_key",
                List.of("author_id", "nickname"))),
            List.of(),
            List.of(new ForeignKeyModel("fk42w96ml9eeqf2cvabaffl6pf", List.of("author_id"), QualifiedName.of("author"),
                List.of("id"), ReferentialAction.NO_ACTION))),
        new TableModel(QualifiedName.of("author_tag"),
            List.of(column("author_id", "bigint").notNull(), column("tags_label", "character varying(255)").notNull()),
            new PrimaryKeyModel(null, List.of("author_id", "tags_label")),
            List.of(),
            List.of(),
            List.of(
                new ForeignKeyModel("fk8gt1qbpveaklk8rjt8iu7f1j0", List.of("tags_label"), QualifiedName.of("tag"),
                    List.of("label"), ReferentialAction.NO_ACTION),
                new ForeignKeyModel("fkmkli69sh4xrfwx498mwii16h3", List.of("author_id"), QualifiedName.of("author"),
                    List.of("id"), ReferentialAction.NO_ACTION))),
        new TableModel(QualifiedName.of("tag"),
            List.of(column("label", "character varying(255)").notNull()),
            new PrimaryKeyModel(null, List.of("label")), List.of(), List.of(), List.of()));
    assertThat(schema.skipped()).containsExactly(
        Fixture.scenario("collection") + ".AuthorSummary: mapped to a subselect, no table created");
  }

  @Test
  void appliesTheApplicationsNamingStrategy() {
    Map<String, String> snakeCase = Map.of(
        "hibernate.physical_naming_strategy", "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl");

    assertThat(read("naming", snakeCase).model().tables()).containsExactly(
        new TableModel(QualifiedName.of("invoice"),
            List.of(column("due_date", "date"), column("invoice_number", "bigint").notNull()),
            new PrimaryKeyModel(null, List.of("invoice_number")), List.of(), List.of(), List.of()));
  }

  /** Unnamed checks are named as PostgreSQL names them; expressions stay as Hibernate writes them. */
  @Test
  void readsColumnAndTableChecksAndDefaults() {
    Map<String, String> snakeCase = Map.of(
        "hibernate.physical_naming_strategy", "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl");
    TableModel account = read("checks", snakeCase).model().tables().get(0);

    assertThat(account.checks()).containsExactly(
        new CheckConstraintModel("account_balance_not_negative", "balance >= 0"),
        new CheckConstraintModel("account_credit_limit_check", "credit_limit between 0 and 10000"),
        new CheckConstraintModel("account_tier_check", "tier in ('FREE','PRO')"),
        new CheckConstraintModel("account_tier_rank_check", "tier_rank between 0 and 1"));
    Map<String, String> defaults = new LinkedHashMap<>();
    account.columns().stream().filter(column -> column.defaultExpression() != null)
        .forEach(column -> defaults.put(column.name(), column.defaultExpression()));
    assertThat(defaults).containsExactly(
        Map.entry("balance", "0"), Map.entry("credit_limit", "100"), Map.entry("created_at", "now()"),
        Map.entry("label", "'x'"));
  }

  @Test
  void spellsEveryBasicTypeAsPostgresPrintsIt() {
    TableModel table = read("types", Map.of()).model().tables().get(0);
    Map<String, String> types = new LinkedHashMap<>();
    table.columns().forEach(column -> types.put(column.name(), column.type().sql()));

    assertThat(types).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
        Map.entry("id", "uuid"),
        Map.entry("text", "character varying(255)"),
        Map.entry("shorttext", "character varying(40)"),
        Map.entry("largetext", "oid"),
        Map.entry("integervalue", "integer"),
        Map.entry("primitiveint", "integer"),
        Map.entry("longvalue", "bigint"),
        Map.entry("shortvalue", "smallint"),
        Map.entry("bytevalue", "smallint"),
        Map.entry("amount", "numeric(12,2)"),
        Map.entry("defaultdecimal", "numeric(38,2)"),
        Map.entry("biginteger", "numeric(38,0)"),
        Map.entry("doublevalue", "double precision"),
        Map.entry("floatvalue", "real"),
        Map.entry("flag", "boolean"),
        Map.entry("primitiveflag", "boolean"),
        Map.entry("localdate", "date"),
        Map.entry("localdatetime", "timestamp(6) without time zone"),
        Map.entry("localtime", "time(0) without time zone"),
        Map.entry("instant", "timestamp(6) with time zone"),
        Map.entry("offsetdatetime", "timestamp(6) with time zone"),
        Map.entry("zoneddatetime", "timestamp(6) with time zone"),
        Map.entry("offsettime", "time(0) without time zone"),
        Map.entry("duration", "numeric(21,0)"),
        Map.entry("bytes", "bytea"),
        Map.entry("letter", "character(1)"),
        Map.entry("kindordinal", "smallint"),
        Map.entry("kindname", "character varying(255)"),
        Map.entry("attributes", "jsonb"),
        Map.entry("numbers", "integer[]"),
        Map.entry("labels", "character varying(255)[]"),
        Map.entry("color", "character varying(255)")));
    assertThat(table.column("primitiveint")).get().extracting(ColumnModel::isNullable).isEqualTo(false);
    assertThat(table.column("integervalue")).get().extracting(ColumnModel::isNullable).isEqualTo(true);
  }

  /** As Hibernate's export creates them: named after the enum class, NAMED_ENUM's values sorted by name. */
  @Test
  void readsTheEnumTypesHibernateCreatesForNamedEnums() {
    SchemaModel model = read("enums", Map.of()).model();

    assertThat(model.enumTypes()).containsExactly(
        EnumTypeModel.of(QualifiedName.of("mood"), "HAPPY", "OK", "SAD"),
        EnumTypeModel.of(QualifiedName.of("size"), "SMALL", "MEDIUM", "LARGE"));
    assertThat(model.table(QualifiedName.of("person")).orElseThrow().columns()).containsExactly(
        column("id", "bigint").identity(),
        column("mood", "mood"),
        column("shirtsize", "size"),
        column("usualmood", "mood").notNull().defaultValue("'OK'"));
    assertThat(model.table(QualifiedName.of("diary")).orElseThrow().checks()).as("no check: the type is the check")
        .isEmpty();
  }

  private static EntitySchema read(String scenario, Map<String, String> settings) {
    try (ScannedEntities entities =
        EntityScanner.scan(List.of(Fixture.classesDirectory()), List.of(Fixture.scenario(scenario)))) {
      return new EntityModelReader(settings).read(entities);
    }
  }

  private static ColumnModel column(String name, String type) {
    return ColumnModel.of(name, new ColumnType(type));
  }
}
