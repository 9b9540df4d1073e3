package dev.autogen.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.script.MigrationSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --sql} with a FROM:TO range: the script, exactly, and no database anywhere (the URL leads nowhere). */
class OfflineSqlTest {

  static final String CREATE_USER = "a91c0e5d22f0";
  static final String ADD_PHONE = "3f2a9c41b7de";
  private static final String UNREACHABLE = "jdbc:postgresql://127.0.0.1:1/nowhere";

  @TempDir
  Path location;

  private final StringBuilder script = new StringBuilder();

  /** The two-revision chain the offline tests share. */
  static void writeChain(Path location) throws Exception {
    MigrationSources sources = new MigrationSources(location);
    sources.write(CREATE_USER, null, "create user",
        "op.createTable(\"user\", column(\"id\", bigint()).notNull(), column(\"name\", text()), primaryKey(\"id\"));"
            + " op.execute(\"INSERT INTO \\\"user\\\" (id, name) VALUES (1, 'O''Hara')\");",
        "op.dropTable(\"user\");");
    sources.write(ADD_PHONE, CREATE_USER, "add phone_number",
        "op.addColumn(\"user\", column(\"phone_number\", varchar(20)));"
            + " op.execute(\"UPDATE \\\"user\\\" SET phone_number = '000-000-0000';\");",
        "op.dropColumn(\"user\", \"phone_number\");");
  }

  @BeforeEach
  void writeMigrations() throws Exception {
    writeChain(location);
  }

  private Project project() {
    return TestProjects.project(location, UNREACHABLE, "nobody", null, Duration.ZERO);
  }

  private String upgradeSql(String target) {
    try (Project project = project()) {
      project.upgradeSql(target, line -> script.append(line).append('\n'));
    }
    return withoutChecksums(script.toString());
  }

  /** Checksums as {@code <sha256>}: the script's shape is under test here, the checksums in MigrationChecksumTest. */
  static String withoutChecksums(String script) {
    return script.replaceAll("'[0-9a-f]{64}'", "'<sha256>'");
  }

  private String downgradeSql(String target) {
    try (Project project = project()) {
      project.downgradeSql(target, line -> script.append(line).append('\n'));
    }
    return withoutChecksums(script.toString());
  }

  @Test
  void upgradeFromBaseCreatesTheVersionTableInTheFirstTransaction() {
    assertThat(upgradeSql("base:head")).isEqualTo(UPGRADE_FROM_BASE);
  }

  @Test
  void aStatementLockTimeoutIsSetAtTheTopOfTheScript() {
    AutogenConfig config = AutogenConfig.builder(location.resolve(ConfigLoader.DEFAULT_FILE), location)
        .url(UNREACHABLE).user("nobody").lockTimeout(Duration.ZERO)
        .lockRetries(new dev.autogen.runtime.LockRetryPolicy(Duration.ofSeconds(5), 3, Duration.ofSeconds(1)))
        .build();
    try (Project project = new Project(config, line -> { }, Clock.systemUTC())) {
      project.upgradeSql("base:head", line -> script.append(line).append('\n'));
    }

    assertThat(withoutChecksums(script.toString())).isEqualTo("SET lock_timeout = '5000ms';\n\n" + UPGRADE_FROM_BASE);
  }

  @Test
  void upgradeFromARevisionStartsThere() {
    assertThat(upgradeSql(CREATE_USER + ":" + ADD_PHONE)).isEqualTo("""
        -- Running upgrade a91c0e5d22f0 -> 3f2a9c41b7de, add phone_number

        BEGIN;

        CREATE TABLE IF NOT EXISTS autogen_version_history (
            id bigint GENERATED ALWAYS AS IDENTITY,
            revision varchar(32) NOT NULL,
            action varchar(16) NOT NULL,
            applied_at timestamp with time zone NOT NULL DEFAULT clock_timestamp(),
            duration_ms bigint,
            applied_by text NOT NULL DEFAULT current_user,
            os_user text,
            checksum varchar(64),
            file_checksum varchar(64),
            CONSTRAINT autogen_version_history_pkey PRIMARY KEY (id)
        );

        ALTER TABLE "user" ADD COLUMN phone_number character varying(20);

        UPDATE "user" SET phone_number = '000-000-0000';

        UPDATE autogen_version SET version_num = '3f2a9c41b7de' WHERE version_num = 'a91c0e5d22f0';

        INSERT INTO autogen_version_history (revision, action, duration_ms, checksum, file_checksum, os_user) VALUES ('3f2a9c41b7de', 'upgrade', NULL, '<sha256>', '<sha256>', NULL);

        COMMIT;

        """);
  }

  @Test
  void aRevisionWithoutTransactionIsWrittenWithoutBeginAndCommit() throws Exception {
    new MigrationSources(location).writeWithoutTransaction("c0ffee5ca1ab", ADD_PHONE, "index phone_number",
        "op.execute(\"CREATE INDEX CONCURRENTLY user_phone_idx ON \\\"user\\\" (phone_number)\");",
        "op.execute(\"DROP INDEX CONCURRENTLY user_phone_idx\");");

    assertThat(upgradeSql(ADD_PHONE + ":head")).isEqualTo("""
        -- Running upgrade 3f2a9c41b7de -> c0ffee5ca1ab, index phone_number

        -- transactional = false: no BEGIN/COMMIT, since statements such as CREATE INDEX CONCURRENTLY fail inside \
        a transaction block; run in autocommit mode

        CREATE TABLE IF NOT EXISTS autogen_version_history (
            id bigint GENERATED ALWAYS AS IDENTITY,
            revision varchar(32) NOT NULL,
            action varchar(16) NOT NULL,
            applied_at timestamp with time zone NOT NULL DEFAULT clock_timestamp(),
            duration_ms bigint,
            applied_by text NOT NULL DEFAULT current_user,
            os_user text,
            checksum varchar(64),
            file_checksum varchar(64),
            CONSTRAINT autogen_version_history_pkey PRIMARY KEY (id)
        );

        CREATE INDEX CONCURRENTLY user_phone_idx ON "user" (phone_number);

        UPDATE autogen_version SET version_num = 'c0ffee5ca1ab' WHERE version_num = '3f2a9c41b7de';

        INSERT INTO autogen_version_history (revision, action, duration_ms, checksum, file_checksum, os_user) VALUES ('c0ffee5ca1ab', 'upgrade', NULL, '<sha256>', '<sha256>', NULL);

        """);
  }

  @Test
  void oneTransactionForTheRunWrapsEveryStep() throws Exception {
    Path config = Files.writeString(location.resolve(ConfigLoader.DEFAULT_FILE),
        "url = " + UNREACHABLE + "\nscript_location = .\ntransaction_per_migration = false\n");
    AutogenConfig oneTransaction = new ConfigLoader(Map.of()).load(config, ConfigLoader.Overrides.NONE);
    try (Project project = new Project(oneTransaction, line -> { }, Clock.systemUTC())) {
      project.upgradeSql("base:head", line -> script.append(line).append('\n'));
    }

    assertThat(withoutChecksums(script.toString())).isEqualTo(UPGRADE_FROM_BASE.replace(
        "COMMIT;\n\n-- Running upgrade a91c0e5d22f0 -> 3f2a9c41b7de, add phone_number\n\nBEGIN;\n\n",
        "-- Running upgrade a91c0e5d22f0 -> 3f2a9c41b7de, add phone_number\n\n"));
  }

  @Test
  void downgradeToBaseRevertsNewestFirst() {
    assertThat(downgradeSql("3f2a:base")).isEqualTo(DOWNGRADE_TO_BASE);
  }

  @Test
  void nothingToDoWritesNothing() {
    assertThat(upgradeSql("head:head")).isEmpty();
  }

  @Test
  void withoutAStartTheDatabaseIsAsked() {
    assertThatThrownBy(() -> upgradeSql("head"))
        .isInstanceOf(AutogenException.class)
        .hasMessageContaining("127.0.0.1:1");
  }

  @Test
  void aRangeIsForScriptsOnly() {
    try (Project project = project()) {
      assertThatThrownBy(() -> project.upgrade("base:head", line -> { }))
          .isInstanceOf(AutogenException.class)
          .hasMessage("upgrade 'base:head': a range FROM:TO only makes sense with --sql;"
              + " online, the database's version table says where to start");
    }
  }

  @Test
  void aRangeNeedsARevisionOnEachSide() {
    assertThatThrownBy(() -> upgradeSql(":head"))
        .isInstanceOf(AutogenException.class)
        .hasMessage("revision range ':head' must be FROM:TO with one revision on each side, such as base:head");
    assertThatThrownBy(() -> upgradeSql("base:a91c:head")).isInstanceOf(AutogenException.class);
  }

  static final String UPGRADE_FROM_BASE = """
      -- Running upgrade  -> a91c0e5d22f0, create user

      BEGIN;

      CREATE TABLE IF NOT EXISTS autogen_version (
          version_num varchar(32) NOT NULL,
          CONSTRAINT autogen_version_pkc PRIMARY KEY (version_num)
      );

      CREATE TABLE IF NOT EXISTS autogen_version_history (
          id bigint GENERATED ALWAYS AS IDENTITY,
          revision varchar(32) NOT NULL,
          action varchar(16) NOT NULL,
          applied_at timestamp with time zone NOT NULL DEFAULT clock_timestamp(),
          duration_ms bigint,
          applied_by text NOT NULL DEFAULT current_user,
          os_user text,
          checksum varchar(64),
          file_checksum varchar(64),
          CONSTRAINT autogen_version_history_pkey PRIMARY KEY (id)
      );

      CREATE TABLE "user" (
          id bigint NOT NULL,
          name text,
          PRIMARY KEY (id)
      );

      INSERT INTO "user" (id, name) VALUES (1, 'O''Hara');

      INSERT INTO autogen_version (version_num) VALUES ('a91c0e5d22f0');

      INSERT INTO autogen_version_history (revision, action, duration_ms, checksum, file_checksum, os_user) VALUES ('a91c0e5d22f0', 'upgrade', NULL, '<sha256>', '<sha256>', NULL);

      COMMIT;

      -- Running upgrade a91c0e5d22f0 -> 3f2a9c41b7de, add phone_number

      BEGIN;

      ALTER TABLE "user" ADD COLUMN phone_number character varying(20);

      UPDATE "user" SET phone_number = '000-000-0000';

      UPDATE autogen_version SET version_num = '3f2a9c41b7de' WHERE version_num = 'a91c0e5d22f0';

      INSERT INTO autogen_version_history (revision, action, duration_ms, checksum, file_checksum, os_user) VALUES ('3f2a9c41b7de', 'upgrade', NULL, '<sha256>', '<sha256>', NULL);

      COMMIT;

      """;

  static final String DOWNGRADE_TO_BASE = """
      -- Running downgrade 3f2a9c41b7de -> a91c0e5d22f0, add phone_number

      BEGIN;

      CREATE TABLE IF NOT EXISTS autogen_version_history (
          id bigint GENERATED ALWAYS AS IDENTITY,
          revision varchar(32) NOT NULL,
          action varchar(16) NOT NULL,
          applied_at timestamp with time zone NOT NULL DEFAULT clock_timestamp(),
          duration_ms bigint,
          applied_by text NOT NULL DEFAULT current_user,
          os_user text,
          checksum varchar(64),
          file_checksum varchar(64),
          CONSTRAINT autogen_version_history_pkey PRIMARY KEY (id)
      );

      ALTER TABLE "user" DROP COLUMN phone_number;

      UPDATE autogen_version SET version_num = 'a91c0e5d22f0' WHERE version_num = '3f2a9c41b7de';

      INSERT INTO autogen_version_history (revision, action, duration_ms, checksum, file_checksum, os_user) VALUES ('3f2a9c41b7de', 'downgrade', NULL, '<sha256>', '<sha256>', NULL);

      COMMIT;

      -- Running downgrade a91c0e5d22f0 -> , create user

      BEGIN;

      DROP TABLE "user";

      DELETE FROM autogen_version WHERE version_num = 'a91c0e5d22f0';

      INSERT INTO autogen_version_history (revision, action, duration_ms, checksum, file_checksum, os_user) VALUES ('a91c0e5d22f0', 'downgrade', NULL, '<sha256>', '<sha256>', NULL);

      COMMIT;

      """;
}
