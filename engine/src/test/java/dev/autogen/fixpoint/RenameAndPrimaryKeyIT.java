package dev.autogen.fixpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.command.Project;
import dev.autogen.command.RevisionRequest;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database that already holds data, and entities that rename a column or widen a primary key: the revision keeps
 * the data, the upgrade reaches the fixpoint, and the downgrade restores the old shape.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class RenameAndPrimaryKeyIT {

  private static final String REVISION = "2e4a3e000001";
  private static final String PHONE = "+41 44 668 18 00";

  @Test
  void renamedColumnKeepsItsDataThroughUpgradeAndDowngrade(TestDatabase db, @TempDir Path dir) throws Exception {
    FixtureProject project = new FixtureProject("renames", dir, db);
    execute(db, "CREATE TABLE \"user\" (id bigint NOT NULL PRIMARY KEY, phone varchar(255))",
        "INSERT INTO \"user\" VALUES (1, '" + PHONE + "')");

    project.revision(REVISION, "rename phone");

    assertThat(onlyMigrationSource(project))
        .contains("// REVIEW: rename of user.phone -> user.phone_number, score 0.71\n"
            + "    op.renameColumn(\"user\", \"phone\", \"phone_number\");")
        .doesNotContain("dropColumn", "addColumn");
    project.upgrade("head");
    assertThat(values(db, "SELECT phone_number FROM \"user\"")).containsExactly(PHONE);
    assertThat(project.check()).as("differences after upgrade head").isEmpty();

    project.downgrade("base");
    assertThat(values(db, "SELECT phone FROM \"user\"")).containsExactly(PHONE);
  }

  /**
   * {@code item} -> {@code items}: a plural shares no word with its singular, and the table's index, unique key and
   * foreign key to itself are named after it; still a rename that keeps the rows, both ways.
   */
  @Test
  void tableMadePluralWithIndexUniqueKeyAndSelfReferenceIsRenamed(TestDatabase db, @TempDir Path dir)
      throws Exception {
    FixtureProject before = new FixtureProject("catalog", dir, db);
    before.revision("2e4a3e000000", "create item");
    before.upgrade("head");
    execute(db, "INSERT INTO item (id, name, code, parent_id) VALUES (1, 'root', 'R', NULL), (2, 'leaf', 'L', 1)");
    SchemaModel catalogBefore = FixtureProject.introspect(db, before.entityModel());

    FixtureProject after = new FixtureProject("catalogrenamed", dir, db);
    after.revision(REVISION, "rename item");

    String source = Files.readString(after.migrationFiles().stream()
        .filter(file -> file.getFileName().toString().startsWith("R" + REVISION)).findFirst().orElseThrow());
    assertThat(source).contains("// REVIEW: rename of item -> items, score ", "op.renameTable(\"item\", \"items\");")
        .doesNotContain("dropTable", "createTable", "WARNING");
    after.upgrade("head");
    assertThat(values(db, "SELECT name FROM items WHERE parent_id = 1")).containsExactly("leaf");
    assertThat(after.check()).as("differences after upgrade head").isEmpty();

    after.downgrade("-1");
    assertThat(values(db, "SELECT name FROM item WHERE parent_id = 1")).containsExactly("leaf");
    assertThat(FixtureProject.introspect(db, before.entityModel())).as("catalog after downgrade")
        .isEqualTo(catalogBefore);
  }

  @Test
  void withoutRenamesTheColumnIsDroppedAndAdded(TestDatabase db, @TempDir Path dir) throws Exception {
    FixtureProject project = new FixtureProject("renames", dir, db);
    execute(db, "CREATE TABLE \"user\" (id bigint NOT NULL PRIMARY KEY, phone varchar(255))");

    try (Project open = project.open()) {
      open.revision(new RevisionRequest("drop and add", false, false, REVISION).withoutRenames(), project.output::add);
    }

    assertThat(onlyMigrationSource(project)).contains("op.addColumn(", "op.dropColumn(\"user\", \"phone\")")
        .doesNotContain("renameColumn");
  }

  @Test
  void widenedPrimaryKeyIsDroppedAndAddedAndReachesTheFixpoint(TestDatabase db, @TempDir Path dir)
      throws Exception {
    FixtureProject project = new FixtureProject("primarykey", dir, db);
    execute(db, "CREATE TABLE membership (team_id bigint NOT NULL, member_id bigint NOT NULL, role varchar(255),"
            + " PRIMARY KEY (team_id))",
        "INSERT INTO membership VALUES (7, 1, 'owner')");

    project.revision(REVISION, "key memberships by team and member");

    assertThat(onlyMigrationSource(project))
        .contains("op.dropPrimaryKey(\"membership\", \"membership_pkey\");", "op.addPrimaryKey(\"membership\",");
    project.upgrade("head");
    assertThat(project.check()).as("differences after upgrade head").isEmpty();
    assertThat(primaryKeyColumns(db, project)).containsExactlyInAnyOrder("team_id", "member_id");
    // a second member of the same team: only the wider key allows it, and the old one has to be rid of it again
    execute(db, "INSERT INTO membership VALUES (7, 2, 'member')", "DELETE FROM membership WHERE member_id = 2");

    project.downgrade("base");
    assertThat(primaryKeyColumns(db, project)).containsExactly("team_id");
    assertThat(values(db, "SELECT role FROM membership")).containsExactly("owner");
  }

  private static List<String> primaryKeyColumns(TestDatabase db, FixtureProject project) throws SQLException {
    SchemaModel schema = FixtureProject.introspect(db, project.entityModel());
    TableModel membership = schema.table(QualifiedName.of("membership")).orElseThrow();
    return membership.primaryKey().columns();
  }

  private static String onlyMigrationSource(FixtureProject project) throws Exception {
    List<Path> files = project.migrationFiles();
    assertThat(files).hasSize(1);
    return Files.readString(files.get(0));
  }

  private static void execute(TestDatabase db, String... statements) throws SQLException {
    try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  private static List<String> values(TestDatabase db, String query) throws SQLException {
    try (Connection connection = db.connect(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    }
  }
}
