package dev.autogen.fixpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.command.AutogenConfig;
import dev.autogen.command.Project;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fixpoint of {@code revision --safe}: on a database at one scenario, the safe revision to the next upgrades to
 * a catalog {@code check} finds nothing in, with every constraint validated and every index valid, the same catalog
 * the plain revision builds; its downgrade restores the catalog before it.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class SafeFormsIT {

  private static final String FIRST = "a1b2c3d4e5f6";
  private static final String SAFE = "5afe5afe5afe";
  private static final String PLAIN = "0f0e0d0c0b0a";

  @ParameterizedTest
  @CsvSource({"safe, saferevised", "checks, checksrevised", "ordering, orderingrevised",
      "naturalid, naturalidrevised", "tenant, tenantrevised", "secondary, secondaryrevised",
      "softdelete, softdeleterevised", "generated, generatedrevised"})
  void safeRevisionBuildsThePlainCatalogAndDowngradesBack(String from, String to, TestDatabase db,
      @TempDir Path dir) throws Exception {
    FixtureProject before = new FixtureProject(from, dir, db);
    before.revision(FIRST, "create schema");
    before.upgrade("head");
    List<String> catalogBefore = catalog(db);

    FixtureProject after = new FixtureProject(to, dir, db);
    after.revisionSafe(SAFE, "safe");
    assertThat(brokenRules(after.output)).as("rules the safe revision breaks").isSubsetOf(WITHOUT_SAFE_FORM);
    after.output.clear();
    Path safeFile = revisionFile(after, SAFE);
    // the tables are empty: the backfills have no row to fill
    Files.writeString(safeFile, Files.readString(safeFile).replaceAll("(?m)^ *op\\.backfill\\(.*\\n", ""));
    after.upgrade("head");
    assertThat(after.check()).as("differences after the safe upgrade").isEmpty();
    assertThat(checkOffline(after)).as("differences with the safe revision replayed offline").isEmpty();
    List<String> safeCatalog = catalog(db);
    assertThat(safeCatalog).as("constraints not validated, indexes not valid").noneMatch(line -> line.contains("NOT VALID")
        || line.contains("INVALID"));

    after.downgrade(FIRST);
    assertThat(catalog(db)).as("catalog after the safe revision's downgrade").isEqualTo(catalogBefore);

    Files.delete(safeFile);
    after.revision(PLAIN, "plain");
    if (from.equals("safe")) {
      assertThat(brokenRules(after.output)).as("rules the plain revision breaks").contains("index-not-concurrent",
          "constraint-not-valid", "set-not-null", "key-on-existing-table");
    }
    after.upgrade("head");
    assertThat(catalog(db)).as("the plain revision's catalog").isEqualTo(safeCatalog);
  }

  /**
   * Every step of {@code saferevised} works on a table with rows. The backfill placeholder stops the upgrade before
   * any statement runs; written, the revision upgrades the rows in place.
   */
  @Test
  void aSafeRevisionOnTablesWithRowsStopsAtItsBackfillUntilItIsWritten(TestDatabase db, @TempDir Path dir)
      throws Exception {
    FixtureProject before = new FixtureProject("safe", dir, db);
    before.revision(FIRST, "create schema");
    before.upgrade("head");
    sql(db, "INSERT INTO author (id, name, email) VALUES (1, 'Ann', 'ann@example.com'), (2, 'Bob', NULL)");
    sql(db, "INSERT INTO post (id, title, author_id, body) VALUES (10, 'Hello', 1, 'x'), (11, 'Again', 2, 'y')");
    List<String> catalogBefore = catalog(db);

    FixtureProject after = new FixtureProject("saferevised", dir, db);
    after.revisionSafe(SAFE, "safe");
    Path file = revisionFile(after, SAFE);
    String source = Files.readString(file);
    assertThat(source).contains(
        "transactional = false",
        "op.backfill(\"post\", \"slug\");",
        "// TODO backfill post.slug: give every existing row a value here",
        "op.addColumn(\"post\", column(\"slug\", varchar(255)));",
        "op.addCheckConstraintNotValid(\"post\", check(\"post_slug_not_null_check\", \"slug IS NOT NULL\"));",
        "op.validateConstraint(\"post\", \"post_slug_not_null_check\");",
        "op.addCheckConstraintNotValid(\"author\", check(\"author_name_not_null_check\",",
        "op.dropIndexConcurrently(\"post\", \"post_body_idx\");",
        "op.createIndexConcurrently(\"post\", index(\"post_title_idx\", \"title\"));",
        "op.addUniqueConstraintConcurrently(\"author\", unique(\"author_email_key\", \"email\"));",
        "op.validateConstraint(\"post\", \"post_title_not_blank\");",
        "op.addForeignKeyNotValid(\"post\",",
        "op.validateConstraint(\"post\", \"post_author_fk\");");
    assertThat(brokenRules(after.output)).as("rules the safe revision breaks").containsExactly("no-lock-timeout");

    assertThatThrownBy(() -> after.upgrade("head")).satisfies(failure -> assertThat(messages(failure))
        .contains("the backfill of 'post.slug' is not written"));
    assertThat(catalog(db)).as("nothing ran before the placeholder").isEqualTo(catalogBefore);

    Files.writeString(file, source
        .replaceAll("(?m)^ *op\\.backfill\\(.*\\n", "")
        .replace("    // TODO backfill post.slug:", "    op.update(\"UPDATE post SET slug = ? || id WHERE slug IS NULL\","
            + " \"post-\");\n    // backfilled post.slug:"));
    after.upgrade("head");
    assertThat(after.check()).as("differences after the safe upgrade").isEmpty();
    assertThat(rows(db, "SELECT id || ' ' || slug FROM post ORDER BY id")).containsExactly("10 post-10", "11 post-11");
    List<String> safeCatalog = catalog(db);
    assertThat(safeCatalog).noneMatch(line -> line.contains("NOT VALID") || line.contains("INVALID")
        || line.contains("_not_null_check"));

    after.downgrade(FIRST);
    assertThat(catalog(db)).as("catalog after the safe revision's downgrade").isEqualTo(catalogBefore);
    after.upgrade("head");
    assertThat(catalog(db)).as("catalog after upgrading again").isEqualTo(safeCatalog);
  }

  /** The rules a revision can break whose only safe form is another release or a lock timeout. */
  private static final List<String> WITHOUT_SAFE_FORM = List.of("no-lock-timeout", "rename-or-drop",
      "enum-value-added", "volatile-default", "rewriting-type-change");

  /** The rule names of the lint warnings {@code revision} printed. */
  private static List<String> brokenRules(List<String> output) {
    return output.stream().filter(line -> line.startsWith("WARNING: revision "))
        .map(line -> line.substring(line.indexOf('[') + 1, line.indexOf(']'))).distinct().toList();
  }

  /** {@code check --offline}: the entities against the schema the revisions build when replayed, no database. */
  private static List<String> checkOffline(FixtureProject project) {
    AutogenConfig config = project.config;
    String url = config.url().replaceFirst("//[^/]+/", "//127.0.0.1:1/");
    AutogenConfig unreachable = config.toBuilder().url(url).offlineAutogenerate(true).build();
    try (Project open = new Project(unreachable, project.output::add, Clock.systemUTC())) {
      return open.check(project.output::add).differences();
    }
  }

  private static Path revisionFile(FixtureProject project, String id) {
    return project.migrationFiles().stream().filter(f -> f.getFileName().toString().startsWith("R" + id))
        .findFirst().orElseThrow();
  }

  private static String messages(Throwable failure) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      all.append(t.getMessage()).append('\n');
    }
    return all.toString();
  }

  /** Columns, constraints (with whether validated) and indexes (with whether valid) of the public schema. */
  private static List<String> catalog(TestDatabase db) throws SQLException {
    return rows(db, """
        SELECT c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
               || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
               || coalesce(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '')
          FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
          JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
          LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
         WHERE c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND c.relname NOT LIKE 'autogen_version%'
        UNION ALL
        SELECT k.conrelid::regclass || ' ' || k.conname || ' ' || pg_get_constraintdef(k.oid)
               || CASE WHEN k.convalidated THEN '' ELSE ' (NOT VALIDATED)' END
          FROM pg_constraint k JOIN pg_namespace n ON n.oid = k.connamespace AND n.nspname = 'public'
         WHERE k.conrelid <> 0 AND k.conrelid::regclass::text NOT LIKE 'autogen_version%'
        UNION ALL
        SELECT pg_get_indexdef(i.indexrelid) || CASE WHEN i.indisvalid THEN '' ELSE ' INVALID' END
          FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
          JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
         WHERE c.relname NOT LIKE 'autogen_version%'
        ORDER BY 1""");
  }

  private static List<String> rows(TestDatabase db, String query) throws SQLException {
    try (Connection connection = db.connect(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      List<String> result = new ArrayList<>();
      while (rows.next()) {
        result.add(rows.getString(1));
      }
      return result;
    }
  }

  private static void sql(TestDatabase db, String sql) throws SQLException {
    try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
