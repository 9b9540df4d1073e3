package dev.autogen.fixpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.command.AutogenConfig;
import dev.autogen.command.AutogenException;
import dev.autogen.command.DriftResult;
import dev.autogen.command.JdbcUrls;
import dev.autogen.command.Project;
import dev.autogen.command.ShadowSchemas;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code drift}: the database against the schema its recorded revisions build. Changes made by hand are found as the
 * ops that would undo them; a database the migrations alone built has none, whether the expected schema is replayed
 * or built on a shadow database (a revision calling {@code op.execute}).
 */
@ExtendWith(PostgresDatabaseExtension.class)
class DriftIT {

  private static final String FIRST = "a1b2c3d4e5f6";
  private static final String SECOND = "0f0e0d0c0b0a";
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

  @Test
  void databaseBuiltByItsMigrationsHasNoDrift(TestDatabase db, @TempDir Path dir) {
    FixtureProject project = upgraded("everything", dir, db);

    DriftResult result = drift(project.config);

    assertThat(result.differences()).isEmpty();
    assertThat(result.drifted()).isFalse();
    assertThat(result.heads()).containsExactly(FIRST);
    assertThat(result.expectedFrom()).isEqualTo(DriftResult.REPLAY);
  }

  /**
   * A database behind the scripts' head is compared with what its own revisions build, not the head's: the later
   * revision's changes are pending, not drift.
   */
  @Test
  void databaseBehindTheHeadIsComparedWithItsOwnRevisions(TestDatabase db, @TempDir Path dir) throws Exception {
    upgraded("comments", dir, db);
    FixtureProject revised = new FixtureProject("commentsrevised", dir, db);
    revised.revision(SECOND, "revise comments");

    DriftResult atFirst = drift(revised.config);
    assertThat(atFirst.heads()).containsExactly(FIRST);
    assertThat(atFirst.differences()).isEmpty();

    revised.upgrade("head");
    execute(db, "COMMENT ON TABLE customer IS NULL");
    DriftResult atSecond = drift(revised.config);
    assertThat(atSecond.heads()).containsExactly(SECOND);
    assertThat(atSecond.differences()).isNotEmpty().allSatisfy(op -> assertThat(op).contains("customer"));
  }

  @Test
  void columnChangedAndIndexDroppedByHandAreFound(TestDatabase db, @TempDir Path dir) throws Exception {
    FixtureProject project = upgraded("blog", dir, db);
    execute(db, "ALTER TABLE post ALTER COLUMN title TYPE text", "DROP INDEX " + authorIndex(db));

    DriftResult result = drift(project.config);

    assertThat(result.drifted()).isTrue();
    assertThat(result.differences()).hasSize(2);
    assertThat(result.differences()).anySatisfy(op -> assertThat(op).contains("post.title").contains("200"));
    assertThat(result.differences()).anySatisfy(op -> assertThat(op).containsIgnoringCase("index")
        .containsIgnoringCase("ix_post_author_published"));
  }

  @Test
  void tableCreatedByHandIsFoundAsOneToRemove(TestDatabase db, @TempDir Path dir) throws Exception {
    FixtureProject project = upgraded("blog", dir, db);
    execute(db, "CREATE TABLE scratch_notes (id bigint PRIMARY KEY)");

    assertThat(drift(project.config).differences()).singleElement()
        .isEqualTo("removed table 'scratch_notes'");
  }

  /**
   * A revision running its own SQL cannot be replayed: the expected schema is built on a shadow database, which has
   * the index the SQL creates; dropping it by hand is drift.
   */
  @Test
  void revisionRunningSqlIsComparedThroughAShadowDatabase(TestDatabase db, @TempDir Path dir) throws Exception {
    FixtureProject project = new FixtureProject("blog", dir, db);
    project.revision(FIRST, "create schema");
    appendToUpgrade(project.migrationFiles().get(0), "op.execute(\"CREATE INDEX post_title_idx ON post (title)\");");
    project.upgrade("head");
    AutogenConfig withShadow = project.config.toBuilder().shadowUrl(shadowUrl(db)).build();
    List<String> log = new ArrayList<>();

    DriftResult clean = drift(withShadow, log);
    assertThat(clean.expectedFrom()).isEqualTo(DriftResult.SHADOW);
    assertThat(clean.differences()).isEmpty();
    assertThat(log).anySatisfy(line -> assertThat(line)
        .isEqualTo("Drift: the expected schema is built on a shadow database on " + JdbcUrls.redact(shadowUrl(db))
            + ", as revision " + FIRST + " (" + project.migrationFiles().get(0) + ") calls op.execute, which cannot be"
            + " replayed without a database"));
    assertThat(databases(db)).as("the shadow database is dropped").noneMatch(name -> name.startsWith("autogen_scratch_"));

    execute(db, "DROP INDEX post_title_idx");
    assertThat(drift(withShadow).differences()).singleElement()
        .satisfies(op -> assertThat(op).contains("post_title_idx"));
  }

  /** {@code --shadow} builds the expected schema on the shadow even when it could be replayed: the same result. */
  @Test
  void forcedShadowFindsWhatReplayFinds(TestDatabase db, @TempDir Path dir) throws Exception {
    FixtureProject project = upgraded("blog", dir, db);
    execute(db, "ALTER TABLE post ALTER COLUMN likes DROP DEFAULT");

    DriftResult replayed = drift(project.config);
    DriftResult shadowed =
        drift(project.config.toBuilder().shadowUrl(shadowUrl(db)).offlineShadow(true).build());

    assertThat(replayed.expectedFrom()).isEqualTo(DriftResult.REPLAY);
    assertThat(shadowed.expectedFrom()).isEqualTo(DriftResult.SHADOW);
    assertThat(replayed.differences()).singleElement().satisfies(op -> assertThat(op).contains("post.likes"));
    assertThat(shadowed.differences()).isEqualTo(replayed.differences());
  }

  @Test
  void shadowServerThatCannotBeReachedIsOneLineNamingWhyItWasNeeded(TestDatabase db, @TempDir Path dir)
      throws Exception {
    FixtureProject project = upgraded("blog", dir, db);
    AutogenConfig unreachable = project.config.toBuilder().offlineShadow(true)
        .shadowUrl("jdbc:postgresql://127.0.0.1:1/postgres?user=nobody&password=s3cret").build();

    assertThatThrownBy(() -> drift(unreachable))
        .isInstanceOf(AutogenException.class)
        .hasMessageStartingWith("--shadow (autogenerate.shadow) asks for it: no shadow database on"
            + " jdbc:postgresql://127.0.0.1:1/postgres")
        .hasMessageEndingWith("give a PostgreSQL server to build it on with --shadow-url or shadow.url (a JDBC URL"
            + " carrying its own user and password)")
        .message().doesNotContain("s3cret").doesNotContain("\n");
  }

  @Test
  void databaseAtARevisionTheScriptsLackIsRefused(TestDatabase db, @TempDir Path dir) throws Exception {
    FixtureProject project = upgraded("blog", dir, db);
    execute(db, "UPDATE autogen_version SET version_num = 'ffffffffffff'");

    assertThatThrownBy(() -> drift(project.config))
        .isInstanceOf(AutogenException.class)
        .hasMessageStartingWith("the database is at revision ffffffffffff, which is not in ");
  }

  private static FixtureProject upgraded(String scenario, Path dir, TestDatabase db) {
    FixtureProject project = new FixtureProject(scenario, dir, db);
    project.revision(FIRST, "create schema");
    project.upgrade("head");
    return project;
  }

  static DriftResult drift(AutogenConfig config) {
    return drift(config, new ArrayList<>());
  }

  private static DriftResult drift(AutogenConfig config, List<String> log) {
    try (Project project = new Project(config, log::add, CLOCK)) {
      return project.drift(line -> { });
    }
  }

  private static String shadowUrl(TestDatabase db) {
    return ShadowSchemas.shadowUrl(db);
  }

  /** Adds {@code statement} as the last one of the file's {@code upgrade()}. */
  static void appendToUpgrade(Path file, String statement) throws Exception {
    String source = Files.readString(file);
    int end = source.indexOf("\n  }", source.indexOf("public void upgrade(Operations op) {"));
    Files.writeString(file, source.substring(0, end) + "\n    " + statement + source.substring(end));
  }

  private static String authorIndex(TestDatabase db) throws Exception {
    try (Connection connection = db.connect(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'post' AND indexname LIKE '%author%'")) {
      rows.next();
      return rows.getString(1);
    }
  }

  private static List<String> databases(TestDatabase db) throws Exception {
    List<String> names = new ArrayList<>();
    try (Connection connection = db.connect(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT datname FROM pg_database")) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    return names;
  }

  private static void execute(TestDatabase db, String... statements) throws Exception {
    try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }
}
