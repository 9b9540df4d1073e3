package dev.autogen.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.script.MigrationSources;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import dev.autogen.verify.RevisionVerification;
import dev.autogen.verify.VerifyReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify}: each revision upgraded, downgraded and upgraded again on a scratch database holding generated
 * rows; a downgrade that does not restore the catalog or the rows fails naming the revision and what differs.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class VerifyIT {

  private static final String SAMPLE = "5d1c2b9a0e47";
  private static final String PHONE = "3f2a9c41b7de";
  private static final String CHANGES = "7a7a7a7a7a7a";
  private static final String BROKEN = "b0b0b0b0b0b0";

  @TempDir
  Path directory;

  private MigrationSources sampleProject() throws Exception {
    Path versions = directory.resolve("migrations/versions");
    Files.createDirectories(versions);
    Path sample = Path.of("..", "sample-app", "migrations", "versions", "R5d1c2b9a0e47_CreateUserAndPost.java");
    Files.copy(sample, versions.resolve(sample.getFileName()));
    MigrationSources sources = new MigrationSources(directory.resolve("migrations"));
    sources.write(PHONE, SAMPLE, "add phone_number",
        "op.addColumn(\"user\", column(\"phone_number\", varchar(255)));",
        "op.dropColumn(\"user\", \"phone_number\");");
    return sources;
  }

  private VerifyReport verify(TestDatabase db, String target, List<String> lines) {
    try (Project project = TestProjects.project(directory.resolve("migrations"), db, Duration.ofSeconds(10))) {
      return project.verify(new VerifyRequest(target, null), result -> lines.add(result.line()));
    }
  }

  @Test
  void theSampleRevisionsAndEveryKindOfReversibleChangePass(TestDatabase db) throws Exception {
    MigrationSources sources = sampleProject();
    sources.write(CHANGES, PHONE, "widen, rename, index, drop",
        "op.alterColumn(\"user\", column(\"username\", varchar(50)).notNull(),"
            + " column(\"username\", varchar(120)).notNull());"
            + " op.renameColumn(\"post\", \"body\", \"content\");"
            + " op.createIndex(\"user\", index(\"user_email_ix\", \"email\"));"
            + " op.dropColumn(\"user\", \"full_name\");",
        "op.addColumn(\"user\", column(\"full_name\", varchar(100)));"
            + " op.dropIndex(\"user\", \"user_email_ix\");"
            + " op.renameColumn(\"post\", \"content\", \"body\");"
            + " op.alterColumn(\"user\", column(\"username\", varchar(120)).notNull(),"
            + " column(\"username\", varchar(50)).notNull());");
    List<String> lines = new ArrayList<>();

    VerifyReport report = verify(db, "base:head", lines);

    assertThat(report.ok()).as("%s", lines).isTrue();
    assertThat(report.revisions()).extracting(RevisionVerification::id).containsExactly(SAMPLE, PHONE, CHANGES);
    assertThat(lines.get(0)).matches("verify " + SAMPLE + " ok \\(0 rows, \\d+ ms\\)");
    assertThat(report.revisions().get(1).rows()).as("user and post filled before add phone_number").isEqualTo(6);
    assertThat(report.revisions()).allSatisfy(result -> assertThat(result.notes()).isEmpty());
    // the project's own database was never touched
    try (Connection connection = db.connect(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename = 'user'")) {
      rows.next();
      assertThat(rows.getInt(1)).isZero();
    }
  }

  @Test
  void aDowngradeThatForgetsAnIndexFailsNamingItAndTheRevision(TestDatabase db) throws Exception {
    sampleProject().write(BROKEN, PHONE, "index email",
        "op.createIndex(\"user\", index(\"user_email_ix\", \"email\"));",
        "");
    List<String> lines = new ArrayList<>();

    VerifyReport report = verify(db, null, lines);

    assertThat(report.ok()).isFalse();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(2)).startsWith("verify " + BROKEN + " FAILED at catalog: the downgrade does not restore"
        + " the schema: ").contains("user_email_ix");
  }

  @Test
  void aTypeChangeThatTruncatesLosesDataNobodyDeclared(TestDatabase db) throws Exception {
    sampleProject().write(BROKEN, PHONE, "shorten full_name",
        "op.execute(\"ALTER TABLE \\\"user\\\" ALTER COLUMN full_name TYPE varchar(10) USING left(full_name, 10)\");",
        "op.execute(\"ALTER TABLE \\\"user\\\" ALTER COLUMN full_name TYPE varchar(100)\");");
    List<String> lines = new ArrayList<>();

    VerifyReport report = verify(db, BROKEN, lines);

    assertThat(report.ok()).isFalse();
    assertThat(lines).singleElement().asString()
        .startsWith("verify " + BROKEN + " FAILED at rows: data not restored by the downgrade, nor dropped by the"
            + " upgrade: table 'user': 3 of 3 rows changed: column 'full_name':"
            + " \"v1_full_name\" -> \"v1_full_na\"");
  }

  @Test
  void aDowngradeThatDropsAndAddsAColumnTheUpgradeDidNotAddLosesItsValues(TestDatabase db) throws Exception {
    sampleProject().write(BROKEN, PHONE, "index phone",
        "op.createIndex(\"user\", index(\"user_phone_ix\", \"phone_number\"));",
        "op.dropIndex(\"user\", \"user_phone_ix\");"
            + " op.dropColumn(\"user\", \"phone_number\");"
            + " op.addColumn(\"user\", column(\"phone_number\", varchar(255)));");
    List<String> lines = new ArrayList<>();

    VerifyReport report = verify(db, PHONE + ":", lines);

    assertThat(report.ok()).isFalse();
    assertThat(lines.get(0)).startsWith("verify " + PHONE + " ok (");
    assertThat(lines.get(1)).startsWith("verify " + BROKEN + " FAILED at rows: ")
        .contains("table 'user': 3 of 3 rows changed: column 'phone_number': \"v1_phone_number\" -> null");
  }

  @Test
  void aDroppedTableOrColumnMayLoseItsRows(TestDatabase db) throws Exception {
    sampleProject().write(CHANGES, PHONE, "drop post and phone",
        "op.dropForeignKey(\"post\", \"fk12njtf8e0jmyb45lqfpt6ad89\");"
            + " op.dropTable(\"post\");"
            + " op.dropColumn(\"user\", \"phone_number\");",
        "op.addColumn(\"user\", column(\"phone_number\", varchar(255)));"
            + " op.createTable(\"post\", column(\"id\", bigint()).identity(), column(\"body\", varchar(4000)),"
            + " column(\"published_at\", timestampTz(6)), column(\"title\", varchar(200)).notNull(),"
            + " column(\"author_id\", bigint()).notNull(), primaryKey(\"id\"),"
            + " index(\"ix_post_author_published\", \"author_id\", \"published_at\"));"
            + " op.addForeignKey(\"post\", foreignKey(\"fk12njtf8e0jmyb45lqfpt6ad89\", \"author_id\", \"user\", \"id\"));");
    List<String> lines = new ArrayList<>();

    VerifyReport report = verify(db, CHANGES, lines);

    assertThat(report.ok()).as("%s", lines).isTrue();
  }
}
