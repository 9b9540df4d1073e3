package dev.autogen.fixpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.command.Project;
import dev.autogen.command.VerifyRequest;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import dev.autogen.verify.RevisionVerification;
import dev.autogen.verify.VerifyReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code verify} on the revisions autogenerate writes for the fixpoint scenarios: a first revision creating a
 * scenario's schema, then a second one to a revised mapping (or to another scenario, which drops every table the
 * first made after they were filled with rows of every type). Every revision must pass, and the generator must put a
 * row into every table it meets.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class VerifyFixpointIT {

  private static final String FIRST = "a1b2c3d4e5f6";
  private static final String SECOND = "0f0e0d0c0b0a";

  @ParameterizedTest
  @CsvSource({"checks, checksrevised", "comments, commentsrevised", "ordering, orderingrevised",
      "naturalid, naturalidrevised", "secondary, secondaryrevised", "enums, enumsrevised",
      "generated, generatedrevised", "catalog, catalogrenamed",
      "jpa32, jpa32revised", "everything, blog", "types, blog", "quoted, blog", "inheritance, blog",
      "collection, blog", "naming, blog", "hidden, blog", "schemas, blog", "mappings, blog", "keyorder, blog",
      "arrays, blog", "jdbctypes, blog", "serial, blog", "sequences, blog", "enumsinschema, blog"})
  void everyGeneratedRevisionPasses(String first, String second, TestDatabase db, @TempDir Path dir) {
    FixtureProject before = new FixtureProject(first, dir, db);
    before.revision(FIRST, "first");
    before.upgrade("head");
    FixtureProject after = new FixtureProject(second, dir, db);
    after.revision(SECOND, "second");

    List<String> lines = new ArrayList<>();
    VerifyReport report;
    try (Project project = after.open()) {
      report = project.verify(new VerifyRequest("base:head", null), result -> lines.add(result.line()));
    }

    assertThat(report.ok()).as("%s", lines).isTrue();
    assertThat(report.revisions()).extracting(RevisionVerification::id).containsExactly(FIRST, SECOND);
    RevisionVerification verified = report.revisions().get(1);
    assertThat(verified.notes()).as("rows the generator could not insert").isEmpty();
    assertThat(verified.rows()).as("rows before the second revision").isPositive();
  }

  /**
   * Generated revisions that cannot run on a table holding rows, which {@code verify} exists to find: narrowing
   * {@code varchar(255)} to {@code varchar(64)} fails on longer values, adding a NOT NULL column without a default
   * fails on any row.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "tenant | tenantrevised | value too long for type character varying(64)",
      "softdelete | softdeleterevised | column \"active\" of relation \"note\" contains null values"})
  void aGeneratedRevisionThatFailsOnRowsFailsAtItsUpgrade(String first, String second, String error, TestDatabase db,
      @TempDir Path dir) {
    FixtureProject before = new FixtureProject(first, dir, db);
    before.revision(FIRST, "first");
    before.upgrade("head");
    FixtureProject after = new FixtureProject(second, dir, db);
    after.revision(SECOND, "second");

    List<String> lines = new ArrayList<>();
    try (Project project = after.open()) {
      assertThat(project.verify(new VerifyRequest(null, null), result -> lines.add(result.line())).ok()).isFalse();
    }

    assertThat(lines).as("the first revision is applied, so only the second is verified").singleElement().asString()
        .startsWith("verify " + SECOND + " FAILED at upgrade: Revision " + SECOND + " (").contains(error);
  }
}
