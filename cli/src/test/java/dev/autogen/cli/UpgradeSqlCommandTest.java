package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.script.MigrationSources;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code upgrade --sql FROM:TO} and {@code downgrade --sql} from the command line, with a URL that leads nowhere. */
class UpgradeSqlCommandTest {

  @TempDir
  Path project;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void writeProject() throws Exception {
    Files.writeString(project.resolve("autogen.properties"),
        "script_location = migrations\nurl = jdbc:postgresql://127.0.0.1:1/nowhere\n");
    MigrationSources sources = new MigrationSources(project.resolve("migrations"));
    sources.write("a91c0e5d22f0", null, "create account",
        "op.createTable(\"account\", column(\"id\", bigint()).notNull(), primaryKey(\"id\"));",
        "op.dropTable(\"account\");");
  }

  private int autogen(String... args) {
    String[] withConfig = new String[args.length + 2];
    System.arraycopy(args, 0, withConfig, 0, args.length);
    withConfig[args.length] = "-c";
    withConfig[args.length + 1] = project.resolve("autogen.properties").toString();
    return AutogenCli.run(withConfig, new PrintWriter(out), new PrintWriter(err), Map.of());
  }

  @Test
  void aStatementLockTimeoutOptionStartsTheScriptWithIt() {
    assertThat(autogen("upgrade", "base:head", "--sql", "--statement-lock-timeout", "1500ms")).isZero();

    assertThat(err.toString()).isEmpty();
    assertThat(out.toString()).startsWith("SET lock_timeout = '1500ms';" + System.lineSeparator());
  }

  @Test
  void badLockRetryOptionsAreOneLineNamingTheOption() {
    assertThat(autogen("upgrade", "base:head", "--sql", "--statement-lock-timeout", "soon")).isEqualTo(2);
    assertThat(err.toString()).contains("--statement-lock-timeout 'soon' is not a duration such as 5s, 500ms or 2min");

    err.getBuffer().setLength(0);
    assertThat(autogen("upgrade", "base:head", "--sql", "--lock-retries", "3")).isEqualTo(2);
    assertThat(err.toString()).contains("--lock-retries needs --statement-lock-timeout");
  }

  @Test
  void upgradeRangePrintsTheScriptWithoutConnecting() {
    assertThat(autogen("upgrade", "base:head", "--sql")).isZero();

    assertThat(err.toString()).isEmpty();
    assertThat(out.toString().replace(System.lineSeparator(), "\n").replaceAll("'[0-9a-f]{64}'", "'<sha256>'"))
        .isEqualTo("""
        -- Running upgrade  -> a91c0e5d22f0, create account

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

        CREATE TABLE account (
            id bigint NOT NULL,
            PRIMARY KEY (id)
        );

        INSERT INTO autogen_version (version_num) VALUES ('a91c0e5d22f0');

        INSERT INTO autogen_version_history (revision, action, duration_ms, checksum, file_checksum, os_user) \
        VALUES ('a91c0e5d22f0', 'upgrade', NULL, '<sha256>', '<sha256>', NULL);

        COMMIT;

        """);
  }

  @Test
  void downgradeRangePrintsTheScriptWithoutConnecting() {
    assertThat(autogen("downgrade", "--sql", "a91c:base")).isZero();

    assertThat(out.toString()).startsWith("-- Running downgrade a91c0e5d22f0 -> , create account")
        .contains("DROP TABLE account;", "DELETE FROM autogen_version WHERE version_num = 'a91c0e5d22f0';");
  }

  @Test
  void aRangeWithoutSqlIsRefused() {
    assertThat(autogen("upgrade", "base:head")).isEqualTo(1);

    assertThat(err.toString()).startsWith("ERROR: upgrade 'base:head': a range FROM:TO only makes sense with --sql");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aNegativeLockTimeoutIsAUsageError() {
    assertThat(autogen("upgrade", "head", "--lock-timeout", "-5")).isEqualTo(2);

    assertThat(err.toString()).contains("--lock-timeout must be 0 or more seconds, not -5");
  }
}
