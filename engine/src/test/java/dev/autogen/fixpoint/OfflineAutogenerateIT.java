package dev.autogen.fixpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.command.AutogenConfig;
import dev.autogen.command.AutogenException;
import dev.autogen.command.JdbcUrls;
import dev.autogen.command.Project;
import dev.autogen.command.RevisionReplay;
import dev.autogen.command.RevisionRequest;
import dev.autogen.command.ShadowSchemas;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.dialect.PostgresDialect;
import dev.autogen.introspect.ExpressionCanonicalizer;
import dev.autogen.schema.CheckConstraintModel;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.ForeignKeyModel;
import dev.autogen.schema.IndexModel;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import dev.autogen.schema.UniqueConstraintModel;
import dev.autogen.script.MigrationLoader;
import dev.autogen.script.ScriptDirectory;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code revision --offline} and {@code check --offline}: the schema the revisions build when replayed, without a
 * database, stands for the database at head. The online project runs against a test database; the offline one is
 * configured with a URL nothing listens on (same database name), so any connection it tried would fail.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class OfflineAutogenerateIT {

  private static final String FIRST = "a1b2c3d4e5f6";
  private static final String SECOND = "0f0e0d0c0b0a";
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

  /** After {@code upgrade head}, the replayed schema is the introspected one, expressions printed by PostgreSQL. */
  @ParameterizedTest
  @ValueSource(strings = {"everything", "types", "blog", "quoted", "inheritance", "collection", "naming", "hidden",
      "checks", "schemas", "mappings", "comments", "generated", "enums", "keyorder", "ordering", "enumsinschema",
      "struct"})
  void replayEqualsTheUpgradedDatabaseAndOfflineRevisionIsByteIdentical(String scenario, TestDatabase db,
      @TempDir Path online, @TempDir Path offline) throws Exception {
    FixtureProject project = new FixtureProject(scenario, online, db);
    project.revision(FIRST, "create schema");
    project.upgrade("head");

    assertReplayShadowAndLiveAgree(project, db);

    FixtureProject offlineProject = new FixtureProject(scenario, offline, db);
    revisionOffline(offlineProject, FIRST, "create schema");
    assertSameFiles(offlineProject.migrationFiles(), project.migrationFiles());
    assertThat(checkOffline(offlineProject)).as("offline check after the offline revision").isEmpty();
  }

  /**
   * A second revision on top of the first, offline as online, byte for byte: comments, index ordering and the
   * revised mappings.
   */
  @ParameterizedTest
  @CsvSource({"comments, commentsrevised", "ordering, orderingrevised", "naturalid, naturalidrevised",
      "secondary, secondaryrevised", "tenant, tenantrevised", "struct, structrevised"})
  void secondRevisionOfflineIsByteIdenticalToOnline(String before, String after, TestDatabase db,
      @TempDir Path online, @TempDir Path offline) throws Exception {
    FixtureProject offlineAfter = secondRevisionOffline(before, after, db, online, offline);
    assertSameFiles(offlineAfter.migrationFiles(), new FixtureProject(after, online, db).migrationFiles());
    applyOfflineRevision(before, after, db, offline);
  }

  /**
   * Changed checks and a default: the same file but for the downgrade's dropped checks, written as the first
   * revision wrote them, where online PostgreSQL prints them ({@code RestorableChecks}); both create the same
   * constraints, as the upgrade, downgrade and check on the database show.
   */
  @Test
  void changedChecksOfflineDifferOnlyInTheDowngradesRestoredChecks(TestDatabase db, @TempDir Path online,
      @TempDir Path offline) throws Exception {
    FixtureProject offlineAfter = secondRevisionOffline("checks", "checksrevised", db, online, offline);
    assertThat(differentLines(file(new FixtureProject("checksrevised", online, db), SECOND),
        file(offlineAfter, SECOND))).containsExactly(
        "-        \"((tier_rank >= 0) AND (tier_rank <= 1))\"));",
        "-        \"(tier) IN ('FREE'::character varying, 'PRO'::character varying)\"));",
        "-    op.addCheckConstraint(\"account\", check(\"account_tier_check\",",
        "-    op.addCheckConstraint(\"account\", check(\"account_tier_rank_check\",",
        "+    op.addCheckConstraint(\"account\", check(\"account_tier_check\", \"tier in ('FREE','PRO')\"));",
        "+    op.addCheckConstraint(\"account\", check(\"account_tier_rank_check\", \"tier_rank between 0 and 1\"));");
    applyOfflineRevision("checks", "checksrevised", db, offline);
  }

  /**
   * Expressions of existing objects are spelled as written offline, as PostgreSQL prints them online (a dropped
   * check restored by the downgrade, a generated column's old expression, an enum default {@code 'OK'} that prints
   * {@code 'OK'::mood}): the files differ in that spelling, and the offline revision does what the entities say on
   * the database, both ways. The table rename is scored on the replayed model as on the catalog.
   */
  @ParameterizedTest
  @CsvSource({"catalog, catalogrenamed, op.renameTable(", "enums, enumsrevised, op.addEnumValue(",
      "enums, enumsrenamed, 'type(\"feeling\")'", "generated, generatedrevised, generatedAs(",
      "softdelete, softdeleterevised, op.addCheckConstraint(",
      "jpa32, jpa32revised, 'check(\"book_title_short\", \"length(title) < 200\")'"})
  void secondRevisionOfflineWithExpressionsAsWrittenIsApplied(String before, String after, String upgradeCalls,
      TestDatabase db, @TempDir Path online, @TempDir Path offline) throws Exception {
    FixtureProject offlineAfter = secondRevisionOffline(before, after, db, online, offline);
    assertThat(Files.readString(file(offlineAfter, SECOND))).contains(upgradeCalls);
    applyOfflineRevision(before, after, db, offline);
  }

  /**
   * Autogenerates the first revision online and upgrades the database to it, then the second online; offline the
   * same two revisions in another directory. The first revisions are byte-identical.
   */
  private static FixtureProject secondRevisionOffline(String before, String after, TestDatabase db,
      Path online, Path offline) throws Exception {
    FixtureProject onlineBefore = new FixtureProject(before, online, db);
    onlineBefore.revision(FIRST, "first");
    onlineBefore.upgrade("head");
    FixtureProject onlineAfter = new FixtureProject(after, online, db);
    onlineAfter.revision(SECOND, "second");

    revisionOffline(new FixtureProject(before, offline, db), FIRST, "first");
    FixtureProject offlineAfter = new FixtureProject(after, offline, db);
    revisionOffline(offlineAfter, SECOND, "second");

    assertThat(offlineAfter.migrationFiles()).hasSize(2);
    assertSameFiles(List.of(file(offlineAfter, FIRST)), List.of(file(onlineAfter, FIRST)));
    assertThat(checkOffline(offlineAfter)).as("offline check after %s", after).isEmpty();
    return offlineAfter;
  }

  /**
   * The offline second revision upgrades the database (at the first) to the entities and downgrades it back; the
   * replayed schema is the introspected one.
   */
  private static void applyOfflineRevision(String before, String after, TestDatabase db, Path offline)
      throws Exception {
    FixtureProject offlineAfter = new FixtureProject(after, offline, db);
    SchemaModel atFirst = FixtureProject.introspect(db, offlineAfter.entityModel());
    offlineAfter.upgrade("head");
    assertThat(offlineAfter.check()).as("online check after the offline revision to %s", after).isEmpty();
    assertReplayShadowAndLiveAgree(offlineAfter, db);
    offlineAfter.downgrade(FIRST);
    // a column dropped and added again by the downgrade comes last: the order is not compared here
    assertSameSchema(columnsByName(FixtureProject.introspect(db, offlineAfter.entityModel())),
        columnsByName(atFirst));
    offlineAfter.upgrade("head");
    assertThat(offlineAfter.check()).as("online check after upgrading to %s again", after).isEmpty();
  }

  /**
   * A revision calling {@code op.execute} cannot be replayed: {@code --offline} builds the current schema on a
   * shadow database instead, says so in one line, and finds what the SQL did (an index the entities lack).
   */
  @Test
  void revisionCallingExecuteIsComparedOnAShadowDatabase(TestDatabase db, @TempDir Path dir) throws Exception {
    FixtureProject project = new FixtureProject("blog", dir, db);
    revisionOffline(project, FIRST, "create schema");
    Path file = project.migrationFiles().get(0);
    DriftIT.appendToUpgrade(file, "op.execute(\"CREATE INDEX post_title_idx ON post (title)\");");

    List<String> log = new ArrayList<>();
    List<String> differences;
    try (Project open = new Project(offlineConfig(project).toBuilder().shadowUrl(ShadowSchemas.shadowUrl(db))
        .build(), log::add, CLOCK)) {
      differences = open.check(project.output::add).differences();
    }

    assertThat(differences).singleElement().satisfies(op -> assertThat(op).contains("post_title_idx"));
    assertThat(log).singleElement().isEqualTo("Offline: the current schema is built on a shadow database on "
        + JdbcUrls.redact(ShadowSchemas.shadowUrl(db)) + ", as revision " + FIRST + " (" + file + ") calls"
        + " op.execute, which cannot be replayed without a database");
  }

  /** Without {@code shadow.url}, the shadow is made on the embedded PostgreSQL: the project's database is not one. */
  @Test
  void shadowDefaultsToTheEmbeddedPostgres(TestDatabase db, @TempDir Path dir) throws Exception {
    FixtureProject project = new FixtureProject("blog", dir, db);
    revisionOffline(project, FIRST, "create schema");
    DriftIT.appendToUpgrade(project.migrationFiles().get(0), "op.execute(\"SELECT 1\");");

    List<String> log = new ArrayList<>();
    try (Project open = new Project(offlineConfig(project), log::add, CLOCK)) {
      assertThat(open.check(project.output::add).differences()).isEmpty();
    }
    assertThat(log).anySatisfy(line -> assertThat(line).startsWith(
        "Offline: the current schema is built on a shadow database on embedded PostgreSQL (data in "
            + dir.resolve(".autogen").resolve("pgdata") + "), as revision " + FIRST));
  }

  @Test
  void shadowThatCannotBeMadeIsOneLineNamingTheRevision(TestDatabase db, @TempDir Path dir) throws Exception {
    FixtureProject project = new FixtureProject("blog", dir, db);
    revisionOffline(project, FIRST, "create schema");
    Path file = project.migrationFiles().get(0);
    DriftIT.appendToUpgrade(file, "op.execute(\"SELECT 1\");");
    AutogenConfig unreachable = offlineConfig(project).toBuilder()
        .shadowUrl("jdbc:postgresql://127.0.0.1:1/shadow?user=nobody&password=s3cret").build();

    assertThatThrownBy(() -> {
      try (Project open = new Project(unreachable, project.output::add, CLOCK)) {
        open.check(project.output::add);
      }
    }).isInstanceOf(AutogenException.class)
        .hasMessageStartingWith("revision " + FIRST + " (" + file + ") calls op.execute, which cannot be"
            + " replayed without a database: no shadow database on jdbc:postgresql://127.0.0.1:1/shadow")
        .hasMessageEndingWith("; give a PostgreSQL server to build it on with --shadow-url or shadow.url (a JDBC URL"
            + " carrying its own user and password)")
        .message().doesNotContain("s3cret").doesNotContain("\n");
  }

  /** {@code --shadow}: the shadow even though the revisions replay; the same revision, byte for byte. */
  @Test
  void forcedShadowWritesTheRevisionReplayWrites(TestDatabase db, @TempDir Path replayed, @TempDir Path shadowed)
      throws Exception {
    FixtureProject before = new FixtureProject("comments", replayed, db);
    revisionOffline(before, FIRST, "first");
    FixtureProject after = new FixtureProject("commentsrevised", replayed, db);
    revisionOffline(after, SECOND, "second");

    revisionOffline(new FixtureProject("comments", shadowed, db), FIRST, "first");
    FixtureProject shadowAfter = new FixtureProject("commentsrevised", shadowed, db);
    List<String> log = new ArrayList<>();
    try (Project open = new Project(offlineConfig(shadowAfter).toBuilder().offlineShadow(true)
        .shadowUrl(ShadowSchemas.shadowUrl(db)).build(), log::add, CLOCK)) {
      open.revision(new RevisionRequest("second", false, false, SECOND), shadowAfter.output::add);
    }
    assertThat(log).singleElement().satisfies(line -> assertThat(line)
        .startsWith("Offline: the current schema is built on a shadow database on jdbc:postgresql://")
        .endsWith(", as --shadow (autogenerate.shadow) asks for it"));
    assertSameFiles(shadowAfter.migrationFiles(), after.migrationFiles());
  }

  /**
   * The three ways to the current schema agree on a database upgraded to head: the revisions replayed (checks and
   * defaults printed by PostgreSQL, since they are compared as written), the revisions upgraded on a shadow
   * database, and the database itself. Equal object for object, and the diff finds nothing between any two.
   */
  private static void assertReplayShadowAndLiveAgree(FixtureProject project, TestDatabase db) throws Exception {
    SchemaModel entities = project.entityModel();
    SchemaModel live = FixtureProject.introspect(db, entities);
    SchemaModel replayed = canonical(db, inSchemasOf(replay(project.config), entities));
    SchemaModel shadow = ShadowSchemas.atHeads(project.config, db, FixtureProject.filter(entities));
    assertSameSchema(replayed, live);
    assertSameSchema(shadow, live);
    Map<String, SchemaModel> schemas = new LinkedHashMap<>();
    schemas.put("replay", replayed);
    schemas.put("shadow", shadow);
    schemas.put("live", live);
    schemas.forEach((from, current) -> schemas.forEach((to, target) -> assertThat(
        SchemaDiff.compare(current, target).plan().upgradeOps()).as("%s -> %s in %s", from, to, project.scenario)
        .isEmpty()));
  }

  private static void revisionOffline(FixtureProject project, String id, String message) {
    try (Project open = offline(project)) {
      open.revision(new RevisionRequest(message, false, false, id), project.output::add);
    }
  }

  private static List<String> checkOffline(FixtureProject project) {
    try (Project open = offline(project)) {
      return open.check(project.output::add).differences();
    }
  }

  private static Project offline(FixtureProject project) {
    return new Project(offlineConfig(project), project.output::add, CLOCK);
  }

  /** The project's settings, offline, with a URL to the same database name on a port nothing listens on. */
  private static AutogenConfig offlineConfig(FixtureProject project) {
    AutogenConfig config = project.config;
    String url = config.url().replaceFirst("//[^/]+/", "//127.0.0.1:1/");
    return config.toBuilder().url(url).offlineAutogenerate(true).build();
  }

  private static SchemaModel replay(AutogenConfig config) {
    return new RevisionReplay(new PostgresDialect()).schemaAtHeads(new MigrationLoader(config.entityClasspath())
        .load(new ScriptDirectory(config.scriptLocation()).sources()));
  }

  private static SchemaModel columnsByName(SchemaModel model) {
    return model.withTables(model.tables().stream()
        .map(table -> table.withColumns(
            table.columns().stream().sorted(Comparator.comparing(ColumnModel::name)).toList()))
        .toList());
  }

  /** Keys, indexes and checks by name: the catalog lists them in no defined order. */
  private static SchemaModel constraintsByName(SchemaModel model) {
    return model.withTables(model.tables().stream()
        .map(table -> table
            .withUniqueConstraints(table.uniqueConstraints().stream()
                .sorted(Comparator.comparing(UniqueConstraintModel::name)).toList())
            .withIndexes(table.indexes().stream().sorted(Comparator.comparing(IndexModel::name)).toList())
            .withForeignKeys(table.foreignKeys().stream()
                .sorted(Comparator.comparing(ForeignKeyModel::name)).toList())
            .withChecks(table.checks().stream().sorted(Comparator.comparing(CheckConstraintModel::name)).toList()))
        .toList());
  }

  /** The part of {@code replayed} in the schemas {@link FixtureProject#introspect} reads. */
  private static SchemaModel inSchemasOf(SchemaModel replayed, SchemaModel entityModel) {
    List<String> read = List.of(FixtureProject.schemasOf(entityModel));
    Predicate<QualifiedName> isRead = name -> read.contains(name.schema() == null ? "public" : name.schema());
    return new SchemaModel(
        replayed.tables().stream().filter(table -> isRead.test(table.name())).toList(),
        replayed.sequences().stream().filter(sequence -> isRead.test(sequence.name())).toList(),
        replayed.schemas(),
        replayed.enumTypes().stream().filter(type -> isRead.test(type.name())).toList(),
        replayed.compositeTypes().stream().filter(type -> isRead.test(type.name())).toList());
  }

  /** The replayed model's checks and defaults as PostgreSQL prints them: their written text is compared so. */
  private static SchemaModel canonical(TestDatabase db, SchemaModel replayed) throws Exception {
    try (Connection connection = db.connect()) {
      return new ExpressionCanonicalizer().canonicalize(connection, replayed);
    }
  }

  private static void assertSameSchema(SchemaModel actual, SchemaModel expected) {
    SchemaModel replayed = constraintsByName(actual);
    SchemaModel introspected = constraintsByName(expected);
    assertThat(replayed.tables().stream().map(TableModel::name).toList()).as("tables")
        .isEqualTo(introspected.tables().stream().map(TableModel::name).toList());
    for (int i = 0; i < replayed.tables().size(); i++) {
      assertThat(replayed.tables().get(i)).as("table %s", replayed.tables().get(i).name())
          .isEqualTo(introspected.tables().get(i));
    }
    assertThat(replayed.sequences()).as("sequences").containsExactlyElementsOf(introspected.sequences());
    assertThat(replayed.enumTypes()).as("enum types").containsExactlyElementsOf(introspected.enumTypes());
    assertThat(replayed.compositeTypes()).as("composite types")
        .containsExactlyElementsOf(introspected.compositeTypes());
  }

  private static Path file(FixtureProject project, String id) {
    return project.migrationFiles().stream().filter(file -> file.getFileName().toString().startsWith("R" + id))
        .findFirst().orElseThrow();
  }

  /** The lines only {@code online} has, then those only {@code offline} has, each marked and sorted. */
  private static List<String> differentLines(Path online, Path offline) throws Exception {
    List<String> onlineLines = Files.readAllLines(online);
    List<String> offlineLines = Files.readAllLines(offline);
    List<String> different = new ArrayList<>();
    onlineLines.stream().filter(line -> !offlineLines.contains(line)).sorted()
        .forEach(line -> different.add("-" + line));
    offlineLines.stream().filter(line -> !onlineLines.contains(line)).sorted()
        .forEach(line -> different.add("+" + line));
    return different;
  }

  private static void assertSameFiles(List<Path> actual, List<Path> expected) throws Exception {
    assertThat(actual.stream().map(Path::getFileName).map(Path::toString).toList())
        .isEqualTo(expected.stream().map(Path::getFileName).map(Path::toString).toList());
    List<String> actualSources = new ArrayList<>();
    List<String> expectedSources = new ArrayList<>();
    for (int i = 0; i < actual.size(); i++) {
      actualSources.add(Files.readString(actual.get(i)));
      expectedSources.add(Files.readString(expected.get(i)));
    }
    assertThat(actualSources).isEqualTo(expectedSources);
    for (int i = 0; i < actual.size(); i++) {
      assertThat(Files.readAllBytes(actual.get(i))).as("bytes of %s", actual.get(i).getFileName())
          .isEqualTo(Files.readAllBytes(expected.get(i)));
    }
  }
}
