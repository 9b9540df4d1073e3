package dev.autogen.introspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.dialect.PostgresDialect;
import dev.autogen.op.CreateTableOp;
import dev.autogen.schema.CheckConstraintModel;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.CompositeAttribute;
import dev.autogen.schema.CompositeTypeModel;
import dev.autogen.schema.EnumTypeModel;
import dev.autogen.schema.PrimaryKeyModel;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresDatabaseExtension.class)
class ExpressionCanonicalizerIT {

  private static final ColumnType VARCHAR = new ColumnType("character varying(255)");
  private static final ColumnType INTEGER = new ColumnType("integer");

  /**
   * As Hibernate writes them for {@code @Enumerated}, {@code @Check}, {@code @ColumnDefault} and
   * {@code @GeneratedColumn}.
   */
  private static final TableModel ACCOUNT = new TableModel(
      new QualifiedName(null, "account"),
      List.of(
          ColumnModel.of("id", new ColumnType("bigint")).notNull(),
          ColumnModel.of("tier", VARCHAR).defaultValue("'FREE'"),
          ColumnModel.of("rank", INTEGER).defaultValue("0"),
          ColumnModel.of("created_at", new ColumnType("timestamp(6) with time zone")).defaultValue("now()"),
          ColumnModel.of("next_rank", INTEGER).generatedAs("rank + 1")),
      new PrimaryKeyModel("account_pkey", List.of("id")),
      List.of(), List.of(), List.of(),
      List.of(
          new CheckConstraintModel("account_rank_check", "rank between 0 and 2"),
          new CheckConstraintModel("account_tier_check", "tier in ('FREE','PRO')")));

  /** The entities' values, not the database's: the type may not exist yet, or lack the value a default uses. */
  @Test
  void defaultsAndChecksOfAnEnumTypeReadTheEntitiesValues(TestDatabase db) throws Exception {
    TableModel person = new TableModel(new QualifiedName(null, "person"),
        List.of(ColumnModel.of("mood", new ColumnType("mood")).defaultValue("'MEH'"),
            ColumnModel.of("size", new ColumnType("size")).defaultValue("'S'")),
        null, List.of(), List.of(), List.of(),
        List.of(new CheckConstraintModel("person_mood_check", "mood <> 'SAD'")));
    SchemaModel model = new SchemaModel(List.of(person), List.of(), List.of(), List.of(
        EnumTypeModel.of(QualifiedName.of("mood"), "SAD", "MEH"), EnumTypeModel.of(QualifiedName.of("size"), "S")));
    try (Connection connection = db.connect()) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE TYPE mood AS ENUM ('SAD')");
      }

      SchemaModel canonical = new ExpressionCanonicalizer().canonicalize(connection, model);

      TableModel table = canonical.tables().get(0);
      assertThat(table.columns()).extracting(ColumnModel::defaultExpression)
          .containsExactly("'MEH'::mood", "'S'::size");
      assertThat(table.checks()).extracting(CheckConstraintModel::expression)
          .containsExactly("(mood <> 'SAD'::mood)");
      assertThat(canonical.enumTypes()).isEqualTo(model.enumTypes());
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_type WHERE typname IN ('mood', 'size')")) {
        rows.next();
        assertThat(rows.getInt(1)).as("only the database's own type is left").isEqualTo(1);
      }
    }
  }

  /**
   * A check reading a column of a composite type (nested in another, one attribute of an enum type) the database
   * does not have yet: the scratch table needs the entities' types.
   */
  @Test
  void checksOfACompositeTypeReadTheEntitiesAttributes(TestDatabase db) throws Exception {
    TableModel shop = new TableModel(new QualifiedName(null, "shop"),
        List.of(ColumnModel.of("address", new ColumnType("postal_address"))),
        null, List.of(), List.of(), List.of(),
        List.of(new CheckConstraintModel("shop_address_check", "(address).location IS NOT NULL")));
    CompositeTypeModel address = CompositeTypeModel.of(QualifiedName.of("postal_address"),
        new CompositeAttribute("location", new ColumnType("geo_point")),
        new CompositeAttribute("mood", new ColumnType("mood")));
    CompositeTypeModel point = CompositeTypeModel.of(QualifiedName.of("geo_point"),
        new CompositeAttribute("latitude", new ColumnType("double precision")));
    SchemaModel model = new SchemaModel(List.of(shop), List.of(), List.of(),
        List.of(EnumTypeModel.of(QualifiedName.of("mood"), "SAD")), List.of(address, point));
    try (Connection connection = db.connect()) {
      SchemaModel canonical = new ExpressionCanonicalizer().canonicalize(connection, model);

      assertThat(canonical.tables().get(0).checks()).extracting(CheckConstraintModel::expression)
          .containsExactly("((address).location IS NOT NULL)");
      assertThat(canonical.compositeTypes()).isEqualTo(model.compositeTypes());
    }
  }

  @Test
  void expressionsComeBackAsTheCatalogPrintsThem(TestDatabase db) throws Exception {
    try (Connection connection = db.connect()) {
      SchemaModel canonical = new ExpressionCanonicalizer().canonicalize(connection, new SchemaModel(List.of(ACCOUNT)));

      try (Statement statement = connection.createStatement()) {
        statement.execute(new PostgresDialect().sql(new CreateTableOp(ACCOUNT)).get(0));
      }
      SchemaModel introspected = new PostgresIntrospector().read(connection, IntrospectionFilter.defaults()).schema();
      assertThat(canonical.tables()).containsExactlyElementsOf(introspected.tables());
      assertThat(canonical.tables().get(0).checks()).extracting(CheckConstraintModel::expression).containsExactly(
          "((rank >= 0) AND (rank <= 2))",
          "((tier)::text = ANY ((ARRAY['FREE'::character varying, 'PRO'::character varying])::text[]))");
      assertThat(canonical.tables().get(0).column("tier").orElseThrow().defaultExpression())
          .isEqualTo("'FREE'::character varying");
      assertThat(canonical.tables().get(0).column("next_rank").orElseThrow().generationExpression())
          .isEqualTo("(rank + 1)");
    }
  }

  /** Why a migration writes a check as the mapping does, never in the canonical form it is compared in. */
  @Test
  void theCanonicalFormCreatedAgainCanReadBackOtherwise(TestDatabase db) throws Exception {
    try (Connection connection = db.connect()) {
      TableModel canonical = new ExpressionCanonicalizer()
          .canonicalize(connection, new SchemaModel(List.of(ACCOUNT))).tables().get(0);
      TableModel twice = new ExpressionCanonicalizer()
          .canonicalize(connection, new SchemaModel(List.of(canonical))).tables().get(0);

      assertThat(twice.checks().get(0)).isEqualTo(canonical.checks().get(0));
      assertThat(twice.checks().get(1).expression()).isNotEqualTo(canonical.checks().get(1).expression());
    }
  }

  /** Repeated expressions are reprinted once, yet every table gets the spelling of its own columns and types. */
  @Test
  void repeatedExpressionsAcrossManyTablesEachComeBackForTheirOwnTable(TestDatabase db) throws Exception {
    List<TableModel> tables = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String tier = i % 2 == 0 ? "tier" : "plan";
      tables.add(TableModel.of(QualifiedName.of("account_" + i), List.of(
          ColumnModel.of("id", new ColumnType("bigint")).notNull(),
          ColumnModel.of(tier, new ColumnType(i % 3 == 0 ? "text" : "character varying(10)")).defaultValue("'FREE'"),
          ColumnModel.of("quantity", new ColumnType("integer")).defaultValue("0"),
          new CheckConstraintModel("account_" + i + "_" + tier + "_check", tier + " in ('FREE','PRO')"))));
    }
    try (Connection connection = db.connect()) {
      SchemaModel canonical = new ExpressionCanonicalizer().canonicalize(connection, new SchemaModel(tables));

      try (Statement statement = connection.createStatement()) {
        for (TableModel table : tables) {
          for (String sql : new PostgresDialect().sql(new CreateTableOp(table))) {
            statement.execute(sql);
          }
        }
      }
      SchemaModel introspected = new PostgresIntrospector().read(connection, IntrospectionFilter.defaults()).schema();
      assertThat(canonical.tables()).containsExactlyInAnyOrderElementsOf(introspected.tables());
    }
  }

  @Test
  void leavesNoScratchTableAndKeepsTheCallersTransaction(TestDatabase db) throws Exception {
    try (Connection connection = db.connect()) {
      new ExpressionCanonicalizer().canonicalize(connection, new SchemaModel(List.of(ACCOUNT)));
      assertThat(connection.getAutoCommit()).isTrue();
      assertThat(temporaryTables(connection)).isZero();

      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE TABLE kept (id integer)");
      }
      new ExpressionCanonicalizer().canonicalize(connection, new SchemaModel(List.of(ACCOUNT)));
      assertThat(connection.getAutoCommit()).isFalse();
      assertThat(temporaryTables(connection)).isZero();
      connection.commit();
      try (Statement statement = connection.createStatement();
          ResultSet kept = statement.executeQuery("SELECT to_regclass('kept') IS NOT NULL")) {
        assertThat(kept.next() && kept.getBoolean(1)).as("the caller's table survives").isTrue();
      }
    }
  }

  @Test
  void anExpressionPostgresqlRejectsIsReportedWithItsReason(TestDatabase db) throws Exception {
    TableModel broken = ACCOUNT.withChecks(List.of(new CheckConstraintModel("account_bad_check", "no_such_column > 0")));
    try (Connection connection = db.connect()) {
      assertThatThrownBy(() -> new ExpressionCanonicalizer().canonicalize(connection, new SchemaModel(List.of(broken))))
          .isInstanceOf(IntrospectionException.class)
          .hasMessageContaining("no_such_column");
      assertThat(connection.getAutoCommit()).isTrue();
    }
  }

  /** Bug: the scratch statements were joined with ';' and run as one string, so a default could end them. */
  @Test
  void anExpressionThatWouldEndItsStatementIsRejectedBeforeAnythingRuns(TestDatabase db) throws Exception {
    TableModel hostile = ACCOUNT.withColumns(List.of(ColumnModel.of("id", new ColumnType("bigint")).notNull(),
        ColumnModel.of("tier", VARCHAR).defaultValue("'x'); COMMIT; DROP TABLE victim; --")));
    try (Connection connection = db.connect()) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE TABLE victim (id integer)");
      }
      assertThatThrownBy(() -> new ExpressionCanonicalizer().canonicalize(connection, new SchemaModel(List.of(hostile))))
          .isInstanceOf(IntrospectionException.class)
          .hasMessage("table 'account', column 'tier': the default ''x'); COMMIT; DROP TABLE victim; --' is not one"
              + " SQL expression: closes a ')' it did not open: that would end the statement around it");
      assertThat(tableExists(connection, "victim")).isTrue();
    }
  }

  @Test
  void aColumnTypeThatHoldsMoreThanATypeIsRejected(TestDatabase db) throws Exception {
    TableModel hostile = ACCOUNT.withColumns(List.of(
        ColumnModel.of("tier", new ColumnType("int); DROP TABLE victim; --")).defaultValue("0")));
    try (Connection connection = db.connect()) {
      assertThatThrownBy(() -> new ExpressionCanonicalizer().canonicalize(connection, new SchemaModel(List.of(hostile))))
          .isInstanceOf(IntrospectionException.class)
          .hasMessageStartingWith("table 'account', column 'tier': the type 'int); DROP TABLE victim; --' is not one"
              + " SQL type");
    }
  }

  /** Bug: columns were found with a case-sensitive String.contains, so {@code STAT in (...)} lacked column stat. */
  @Test
  void anUpperCaseNameInAnExpressionReadsTheFoldedColumn(TestDatabase db) throws Exception {
    TableModel order = new TableModel(new QualifiedName(null, "orders"),
        List.of(ColumnModel.of("stat", VARCHAR), ColumnModel.of("Total", INTEGER).generatedAs("length(STAT)")),
        null, List.of(), List.of(), List.of(),
        List.of(new CheckConstraintModel("orders_stat_check", "STAT in ('NEW','DONE')")));
    try (Connection connection = db.connect()) {
      TableModel canonical = new ExpressionCanonicalizer().canonicalize(connection, new SchemaModel(List.of(order)))
          .tables().get(0);
      assertThat(canonical.checks()).extracting(CheckConstraintModel::expression).containsExactly(
          "((stat)::text = ANY ((ARRAY['NEW'::character varying, 'DONE'::character varying])::text[]))");
      assertThat(canonical.columns().get(1).generationExpression()).isEqualTo("length((stat)::text)");
    }
  }

  @Test
  void theOneExpressionPostgresqlRejectsIsNamedWithItsTableAndColumn(TestDatabase db) throws Exception {
    TableModel broken = ACCOUNT.withColumns(List.of(ColumnModel.of("id", new ColumnType("bigint")).notNull(),
        ColumnModel.of("rank", INTEGER).defaultValue("no_such_function()")));
    try (Connection connection = db.connect()) {
      assertThatThrownBy(() -> new ExpressionCanonicalizer().canonicalize(connection, new SchemaModel(List.of(broken))))
          .isInstanceOf(IntrospectionException.class)
          .hasMessageStartingWith("table 'account', column 'rank': PostgreSQL rejects the default"
              + " 'no_such_function()': ERROR: function no_such_function() does not exist");
      assertThat(connection.getAutoCommit()).isTrue();
    }
  }

  private static boolean tableExists(Connection connection, String table) throws Exception {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
      rows.next();
      return rows.getBoolean(1);
    }
  }

  private static int temporaryTables(Connection connection) throws Exception {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT count(*) FROM pg_class WHERE relnamespace = pg_my_temp_schema() AND relkind = 'r'")) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
