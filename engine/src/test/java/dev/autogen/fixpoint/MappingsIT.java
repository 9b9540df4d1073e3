package dev.autogen.fixpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.introspect.IntrospectionFilter;
import dev.autogen.introspect.IntrospectionResult;
import dev.autogen.introspect.PostgresIntrospector;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import dev.autogen.schema.jpa.ScannedEntities;
import dev.autogen.testing.HibernateExport;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One scenario per Hibernate 7 / JPA 3.2 mapping that changes DDL: entities -> revision from an empty database ->
 * upgrade -> {@code check} finds nothing, and the schema the migration builds is the one Hibernate's own export
 * builds for the same entities. Where the mapping can change, a revised scenario is migrated to, checked clean,
 * downgraded back and upgraded again.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class MappingsIT {

  private static final String FIRST = "a1b2c3d4e5f6";
  private static final String SECOND = "0f0e0d0c0b0a";

  @ParameterizedTest
  @ValueSource(strings = {"jpa32", "softdelete", "tenant", "naturalid", "secondary", "arrays", "jdbctypes",
      "readonly", "options", "audited", "struct", "collation"})
  void migrationReachesTheFixpointAndBuildsWhatHibernateExports(String scenario, TestDatabase migrated,
      TestDatabase exported, @TempDir Path dir) throws Exception {
    FixtureProject project = new FixtureProject(scenario, dir, migrated);
    project.revision(FIRST, "create schema");
    project.upgrade("head");
    assertThat(project.check()).as("differences after upgrade head").isEmpty();

    SchemaModel target = project.entityModel();
    try (ScannedEntities entities = FixtureProject.scan(scenario)) {
      HibernateExport.create(entities, exported, FixtureProject.HIBERNATE_SETTINGS);
    }
    IntrospectionResult ours = introspect(migrated, target);
    IntrospectionResult hibernates = introspect(exported, target);
    assertThat(ours.schema().tables()).isNotEmpty().containsExactlyElementsOf(hibernates.schema().tables());
    assertThat(ours.schema().sequences()).isEqualTo(hibernates.schema().sequences());
    assertThat(ours.schema().enumTypes()).isEqualTo(hibernates.schema().enumTypes());
    assertThat(ours.schema().compositeTypes()).hasSameSizeAs(target.compositeTypes())
        .isEqualTo(hibernates.schema().compositeTypes());
    assertThat(objectNames(migrated, CHECK_CONSTRAINTS)).isEqualTo(objectNames(exported, CHECK_CONSTRAINTS));

    project.downgrade("base");
    SchemaModel downgraded = introspect(migrated, target).schema();
    assertThat(downgraded.tables()).as("tables after downgrade base").isEmpty();
    assertThat(downgraded.compositeTypes()).as("composite types after downgrade base").isEmpty();
    project.upgrade("head");
    assertThat(project.check()).as("differences after downgrade base and upgrade head again").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"jpa32", "softdelete", "tenant", "naturalid", "secondary", "collation"})
  void changedMappingReachesTheFixpointAndDowngradesBack(String scenario, TestDatabase db, @TempDir Path dir)
      throws Exception {
    FixtureProject before = new FixtureProject(scenario, dir, db);
    before.revision(FIRST, "create schema");
    before.upgrade("head");
    SchemaModel first = FixtureProject.introspect(db, before.entityModel());

    FixtureProject after = new FixtureProject(scenario + "revised", dir, db);
    assertThat(after.check()).as("differences to the revised mapping")
        .containsExactlyElementsOf(CHANGES.get(scenario));
    after.revision(SECOND, "revised mapping");
    after.upgrade("head");
    assertThat(after.check()).as("differences after the upgrade").isEmpty();

    after.downgrade(FIRST);
    // a column dropped and added again goes to the end of its table: PostgreSQL cannot restore its position, and
    // the diff does not compare column order
    assertThat(columnsByName(FixtureProject.introspect(db, before.entityModel()).tables()))
        .as("tables after the downgrade").containsExactlyElementsOf(columnsByName(first.tables()));
    after.upgrade("head");
    assertThat(after.check()).as("differences after upgrading again").isEmpty();
  }

  /** What each revised mapping changes, as {@code check} lists it. */
  private static final Map<String, List<String>> CHANGES = Map.of(
      "jpa32", List.of(
          "removed check constraint 'book_pages_positive' on 'book'",
          "removed check constraint 'book_price_check' on 'book'",
          "changed comment on table 'book'",
          "altered column 'book.pages' (comment changed)",
          "altered column 'book.printed_at' (type timestamp(2) without time zone -> timestamp(4) without time zone)",
          "altered column 'book.shelf_id' (comment removed)",
          "added check constraint 'book_pages_positive' on 'book' (pages > 1)",
          "added check constraint 'book_title_short' on 'book' (length(title) < 200)"),
      // a changed strategy is another column; a converter dropped is a type change, its check going first
      "softdelete", List.of(
          "removed check constraint 'ticket_deleted_check' on 'ticket'",
          "added column 'note.active'",
          "altered column 'ticket.deleted' (type character(1) -> boolean)",
          "removed column 'account.active'",
          "removed column 'note.deleted'"),
      "tenant", List.of(
          "altered column 'purchase_order.tenant' (type character varying(255) -> character varying(64))",
          "removed column 'region.tenant_code'"),
      "naturalid", List.of(
          "removed unique constraint 'country_iso_code_key' on 'country'",
          "removed unique constraint 'vehicle_country_id_plate_key' on 'vehicle'",
          "added unique constraint 'country_iso_code_name_key' on 'country' [iso_code, name]",
          "added unique constraint 'vehicle_country_id_key' on 'vehicle' [country_id]"),
      "secondary", List.of(
          "renamed column 'employee_photo.photo' to 'employee_photo.photo_png'",
          "added column 'employee_detail.office'"),
      "collation", List.of(
          "altered column 'word.meaning' (collation default -> \"C\")",
          "altered column 'word.sort_key' (collation \"ucs_basic\" -> \"C\")",
          "altered column 'word.spelling' (collation \"C\" -> default)"));

  private static final String CHECK_CONSTRAINTS = """
      SELECT r.relname || '.' || c.conname || ' ' || pg_get_constraintdef(c.oid)
        FROM pg_constraint c JOIN pg_class r ON r.oid = c.conrelid JOIN pg_namespace n ON n.oid = r.relnamespace
       WHERE c.contype = 'c' AND n.nspname NOT IN ('pg_catalog', 'information_schema')""";

  private static List<String> objectNames(TestDatabase db, String query) throws Exception {
    List<String> names = new ArrayList<>();
    try (Connection connection = db.connect(); ResultSet rs = connection.createStatement().executeQuery(query)) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    Collections.sort(names);
    return names;
  }

  private static IntrospectionResult introspect(TestDatabase db, SchemaModel target) throws Exception {
    try (Connection connection = db.connect()) {
      return new PostgresIntrospector().read(connection, IntrospectionFilter.defaults()
          .withSchemas(FixtureProject.schemasOf(target)).excluding(FixtureProject.VERSION_TABLE));
    }
  }

  private static List<TableModel> columnsByName(List<TableModel> tables) {
    return tables.stream()
        .map(table -> table.withColumns(table.columns().stream()
            .sorted(Comparator.comparing(ColumnModel::name)).toList()))
        .toList();
  }
}
