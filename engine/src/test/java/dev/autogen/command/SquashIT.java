package dev.autogen.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.introspect.IntrospectionFilter;
import dev.autogen.introspect.PostgresIntrospector;
import dev.autogen.op.MigrationPlan;
import dev.autogen.schema.SchemaModel;
import dev.autogen.script.MigrationSources;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code squash} over a 30-revision history with two branches and their merge inside the range: databases that are
 * fresh, past the range and inside it end with the same catalog, each revision run once; the squash downgrades.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class SquashIT {

  static final String SQUASH = "5ea5ed000000";

  @TempDir
  Path location;

  /** The revision numbered {@code n}, 1 to 30. */
  static String id(int n) {
    return String.format("a000000000%02d", n);
  }

  /**
   * r01-r05 build account, r06 item; r07-r12 (item columns) and r13-r18 (account columns) branch off r06, r19 merges
   * them; r20-r30 index, rename, alter, constrain, add a table and drop a column.
   */
  static void writeHistory(Path location) throws IOException {
    Path versions = Files.createDirectories(location.resolve("versions"));
    write(versions, 1, List.of(), "op.createTable(\"account\", column(\"id\", bigint()).notNull(),"
        + " column(\"name\", varchar(80)), primaryKey(\"id\"));", "op.dropTable(\"account\");");
    for (int n = 2; n <= 5; n++) {
      write(versions, n, List.of(n - 1), addColumn("account", "a" + n), dropColumn("account", "a" + n));
    }
    write(versions, 6, List.of(5), "op.createTable(\"item\", column(\"id\", bigint()).notNull(),"
        + " column(\"account_id\", bigint()), primaryKey(\"id\"));", "op.dropTable(\"item\");");
    for (int n = 7; n <= 12; n++) {
      write(versions, n, List.of(n == 7 ? 6 : n - 1), addColumn("item", "l" + n), dropColumn("item", "l" + n));
    }
    for (int n = 13; n <= 18; n++) {
      write(versions, n, List.of(n == 13 ? 6 : n - 1), addColumn("account", "r" + n), dropColumn("account", "r" + n));
    }
    write(versions, 19, List.of(12, 18), "", "");
    write(versions, 20, List.of(19), "op.createIndex(\"item\", index(\"item_l7_ix\", \"l7\"));",
        "op.dropIndex(\"item\", \"item_l7_ix\");");
    write(versions, 21, List.of(20), "op.renameColumn(\"account\", \"a2\", \"nickname\");",
        "op.renameColumn(\"account\", \"nickname\", \"a2\");");
    write(versions, 22, List.of(21), "op.alterColumn(\"account\", column(\"a3\", varchar(40)),"
        + " column(\"a3\", varchar(200)).notNull());", "op.alterColumn(\"account\", column(\"a3\", varchar(200))"
        + ".notNull(), column(\"a3\", varchar(40)));");
    write(versions, 23, List.of(22), "op.addForeignKey(\"item\", foreignKey(\"item_account_fk\", \"account_id\","
        + " \"account\", \"id\"));", "op.dropForeignKey(\"item\", \"item_account_fk\");");
    write(versions, 24, List.of(23), "op.addCheckConstraint(\"account\", check(\"account_name_ck\","
        + " \"char_length(name) > 0\"));", "op.dropCheckConstraint(\"account\", \"account_name_ck\");");
    write(versions, 25, List.of(24), "op.createTable(\"note\", column(\"id\", bigint()).notNull(),"
        + " column(\"body\", text()), primaryKey(\"id\"));", "op.dropTable(\"note\");");
    write(versions, 26, List.of(25), dropColumn("account", "a4"), addColumn("account", "a4"));
    write(versions, 27, List.of(26), "op.addUniqueConstraint(\"account\", unique(\"account_a5_key\", \"a5\"));",
        "op.dropUniqueConstraint(\"account\", \"account_a5_key\");");
    for (int n = 28; n <= 30; n++) {
      write(versions, n, List.of(n - 1), addColumn("note", "n" + n), dropColumn("note", "n" + n));
    }
  }

  private static String addColumn(String table, String column) {
    return "op.addColumn(\"" + table + "\", column(\"" + column + "\", varchar(40)));";
  }

  private static String dropColumn(String table, String column) {
    return "op.dropColumn(\"" + table + "\", \"" + column + "\");";
  }

  static Path write(Path versions, int n, List<Integer> parents, String upgrade, String downgrade)
      throws IOException {
    return new MigrationSources(versions.getParent()).write(id(n), parents.stream().map(SquashIT::id).toList(),
        "step " + n, ", created = \"2026-12-01T00:00:" + String.format("%02d", n) + "Z\"", upgrade, downgrade);
  }

  private Project project(TestDatabase db) {
    return TestProjects.project(location, db, Duration.ofSeconds(30));
  }

  private List<String> upgrade(TestDatabase db, String target) {
    List<String> lines = new ArrayList<>();
    try (Project project = project(db)) {
      project.upgrade(target, lines::add);
    }
    return lines;
  }

  private List<String> downgrade(TestDatabase db, String target) {
    List<String> lines = new ArrayList<>();
    try (Project project = project(db)) {
      project.downgrade(target, lines::add);
    }
    return lines;
  }

  private Path squash(TestDatabase db, String range) {
    try (Project project = project(db)) {
      return project.squash(new SquashRequest(range, "account and items", SQUASH), line -> { });
    }
  }

  /** The revisions each line of an upgrade's output ran, in order. */
  private static List<String> ran(List<String> lines) {
    return lines.stream().filter(line -> line.startsWith("Running "))
        .map(line -> line.startsWith("Running upgrade ")
            ? line.replaceFirst("^Running upgrade .*-> ([0-9a-f]{12}).*$", "$1")
            : line.replaceFirst("^Running downgrade ([0-9a-f]{12}) .*$", "$1"))
        .toList();
  }

  private static List<String> ids(int from, int to) {
    List<String> ids = new ArrayList<>();
    for (int n = from; n <= to; n++) {
      ids.add(id(n));
    }
    return ids;
  }

  static SchemaModel catalog(TestDatabase db) throws Exception {
    try (Connection connection = db.connect()) {
      return new PostgresIntrospector().read(connection, IntrospectionFilter.defaults()).schema();
    }
  }

  private static List<String> versions(TestDatabase db) throws Exception {
    try (Connection connection = db.connect(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT version_num FROM autogen_version ORDER BY 1")) {
      List<String> versions = new ArrayList<>();
      while (rows.next()) {
        versions.add(rows.getString(1));
      }
      return versions;
    }
  }

  @Test
  void freshPastAndInsideTheRangeAllEndAtTheSameCatalogRunningEachRevisionOnce(TestDatabase fresh,
      TestDatabase atHead, TestDatabase inside) throws Exception {
    writeHistory(location);
    upgrade(atHead, "head");
    upgrade(inside, id(10));
    SchemaModel head = catalog(atHead);

    Path file = squash(fresh, id(3) + ":" + id(27));

    String source = Files.readString(file);
    assertThat(source).contains("@Revision(", "id = \"" + SQUASH + "\"", "revises = \"" + id(3) + "\"",
        "replaces = {\"" + id(4) + "\", \"" + id(5) + "\", \"" + id(6) + "\", \"" + id(7) + "\"");
    assertThat(source.indexOf("\"" + id(19) + "\"")).as("graph order: the merge after both branches")
        .isGreaterThan(source.indexOf("\"" + id(18) + "\"")).isGreaterThan(source.indexOf("\"" + id(12) + "\""));
    assertThat(source).contains("\"" + id(27) + "\"}");
    assertThat(source).as("the range's rename, not a drop and an add that lose the rows")
        .contains("op.renameColumn(\"account\", \"a2\", \"nickname\");").doesNotContain("dropColumn(\"account\", \"a2\")");

    assertThat(ran(upgrade(fresh, "head"))).containsExactly(id(1), id(2), id(3), SQUASH, id(28), id(29), id(30));
    assertThat(ran(upgrade(atHead, "head"))).as("past the range: nothing runs again").isEmpty();
    List<String> rest = ids(11, 30);
    assertThat(ran(upgrade(inside, "head"))).as("inside: the rest of the range, then what follows")
        .containsExactlyInAnyOrderElementsOf(rest).hasSize(rest.size()).endsWith(id(28), id(29), id(30));

    assertThat(catalog(fresh)).isEqualTo(head);
    assertThat(catalog(inside)).isEqualTo(head);
    assertThat(catalog(atHead)).isEqualTo(head);
    assertThat(versions(fresh)).containsExactly(id(30));
    assertThat(ran(upgrade(fresh, "head"))).isEmpty();
    assertThat(ran(upgrade(inside, "head"))).isEmpty();

    try (Project project = project(fresh)) {
      List<String> history = project.history(false);
      assertThat(history).hasSize(7);
      assertThat(history.get(3)).contains(id(3) + " -> " + SQUASH, "account and items");
      assertThat(history.get(2)).contains(SQUASH + " -> " + id(28));
      assertThat(String.join("\n", history)).doesNotContain(id(10), id(19));
    }
  }

  @Test
  void theSquashDowngradesFromWhicheverRowTheDatabaseHolds(TestDatabase fresh, TestDatabase atHead,
      TestDatabase reference) throws Exception {
    writeHistory(location);
    upgrade(atHead, "head");
    upgrade(reference, id(3));
    SchemaModel atFrom = catalog(reference);
    squash(fresh, id(3) + ":" + id(27));
    upgrade(fresh, "head");

    assertThat(ran(downgrade(atHead, id(3)))).containsExactly(id(30), id(29), id(28), SQUASH);
    assertThat(ran(downgrade(fresh, id(3)))).containsExactly(id(30), id(29), id(28), SQUASH);

    assertThat(catalog(atHead)).isEqualTo(atFrom);
    assertThat(catalog(fresh)).isEqualTo(atFrom);
    assertThat(versions(atHead)).containsExactly(id(3));
    assertThat(ran(upgrade(atHead, "head"))).containsExactly(SQUASH, id(28), id(29), id(30));
  }

  @Test
  void withTheReplacedFilesDeletedDatabasesPastTheRangeStillUpgradeAndOneInsideIsToldWhy(TestDatabase atEnd,
      TestDatabase inside) throws Exception {
    writeHistory(location);
    upgrade(atEnd, id(27));
    upgrade(inside, id(10));
    squash(atEnd, id(3) + ":" + id(27));
    for (int n = 4; n <= 27; n++) {
      Files.delete(location.resolve("versions").resolve("R" + id(n) + ".java"));
    }

    assertThat(ran(upgrade(atEnd, "head"))).containsExactly(id(28), id(29), id(30));
    assertThatThrownBy(() -> upgrade(inside, "head")).hasMessageContaining("The database is at " + id(10)
        + ", inside the range revision " + SQUASH);
  }

  @Test
  void aDatabaseAtTheEndOfARangeSquashedUpToHeadIsAtHead(TestDatabase db, TestDatabase target) throws Exception {
    writeHistory(location);
    upgrade(db, "head");
    upgrade(target, "head");
    squash(db, id(3) + ":" + id(30));

    try (Project project = project(db)) {
      project.checkHeads();
      assertThat(project.heads()).containsExactly(SQUASH + " (head)");
      // autogenerate compares only a database at the heads: the version table's id30 stands for the squash
      RevisionResult revision = project.revision(new RevisionRequest("nothing", false, true, null),
          new TargetDatabase(target.jdbcUrl(), target.user(), target.password()), line -> { });
      assertThat(revision.operations()).isEmpty();
    }
    assertThat(ran(upgrade(db, "head"))).as("nothing runs again, the new empty revision only").hasSize(1);
  }

  @Test
  void aDataStepInTheRangeIsRefusedNamingTheRevision(TestDatabase db) throws Exception {
    writeHistory(location);
    write(location.resolve("versions"), 8, List.of(7), "op.execute(\"UPDATE item SET l8 = 'x'\");"
        + addColumn("item", "l8"), dropColumn("item", "l8"));

    assertThatThrownBy(() -> squash(db, id(3) + ":" + id(27)))
        .isInstanceOf(AutogenException.class)
        .hasMessageStartingWith("squash " + id(3) + ":" + id(27) + ": revision " + id(8) + " (")
        .hasMessageContaining("calls op.execute; a squash writes the range's schema change and cannot keep a data"
            + " step");
    assertThat(sources()).hasSize(30);
  }

  @Test
  void fromMustBeAnAncestorOfTo(TestDatabase db) throws Exception {
    writeHistory(location);

    assertThatThrownBy(() -> squash(db, id(10) + ":" + id(16)))
        .isInstanceOf(AutogenException.class)
        .hasMessage("squash " + id(10) + ":" + id(16) + ": " + id(10) + " is not an ancestor of " + id(16)
            + "; FROM must be a revision TO builds on");
    assertThatThrownBy(() -> squash(db, id(3) + ":" + id(10)))
        .hasMessageContaining("builds on " + id(6) + ", inside the range");
  }

  @Test
  void anUnprovenSquashIsNotWritten(TestDatabase db) throws Exception {
    writeHistory(location);

    try (Project project = project(db)) {
      // the proof is handed a plan that leaves out the range's last op: it must catch it
      Squash squash = new Squash(project, plan -> new MigrationPlan(
          plan.upgradeOps().subList(0, plan.upgradeOps().size() - 1)));
      assertThatThrownBy(() -> squash.squash(new SquashRequest(id(3) + ":" + id(27), "", SQUASH), line -> { }))
          .isInstanceOf(AutogenException.class)
          .hasMessageStartingWith("squash " + id(3) + ":" + id(27) + " is unproven, nothing written: the squash's"
              + " upgrade leaves another catalog than the range: ");
    }
    assertThat(sources()).hasSize(30);
  }

  private List<Path> sources() throws IOException {
    try (Stream<Path> files = Files.list(location.resolve("versions"))) {
      return files.toList();
    }
  }
}
