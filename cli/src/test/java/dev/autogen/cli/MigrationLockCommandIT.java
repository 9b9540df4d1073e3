package dev.autogen.cli;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import dev.autogen.dialect.PostgresDialect;
import dev.autogen.runtime.MigrationLock;
import dev.autogen.schema.QualifiedName;
import dev.autogen.script.MigrationSources;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code --lock-timeout} and the {@code lock_timeout} key reach the lock, and a timeout is one line and exit 1. */
@ExtendWith(PostgresDatabaseExtension.class)
class MigrationLockCommandIT {

  @TempDir
  Path project;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void writeMigrations() throws Exception {
    new MigrationSources(project.resolve("migrations")).write("a91c0e5d22f0", null, "create account",
        "op.createTable(\"account\", column(\"id\", bigint()));", "op.dropTable(\"account\");");
  }

  private int autogen(TestDatabase db, String lockTimeoutKey, String... args) throws Exception {
    Path config = project.resolve("autogen.properties");
    Files.writeString(config, "script_location = migrations\nurl = " + db.jdbcUrl() + "\nuser = " + db.user()
        + "\npassword = " + db.password() + "\n" + lockTimeoutKey);
    String[] withConfig = new String[args.length + 2];
    System.arraycopy(args, 0, withConfig, 0, args.length);
    withConfig[args.length] = "-c";
    withConfig[args.length + 1] = config.toString();
    return AutogenCli.run(withConfig, new PrintWriter(out), new PrintWriter(err), Map.of());
  }

  @Test
  void theOptionOverridesTheConfigAndTheTimeoutIsReportedOnOneLine(TestDatabase db) throws Exception {
    try (Connection holder = db.connect(); Statement statement = holder.createStatement()) {
      long key = MigrationLock.keyFor(new PostgresDialect(), QualifiedName.of("autogen_version"));
      statement.execute("SELECT pg_advisory_lock(" + key + ")");
      int pid;
      try (ResultSet rows = statement.executeQuery("SELECT pg_backend_pid()")) {
        rows.next();
        pid = rows.getInt(1);
      }

      int exitCode = autogen(db, "lock_timeout = 600\n", "upgrade", "head", "--lock-timeout", "1");

      assertThat(exitCode).isEqualTo(1);
      assertThat(err.toString().lines().filter(line -> !line.startsWith("Database: ")))
          .singleElement(as(STRING))
          .matches("ERROR: Timed out after 1 s waiting for the migration lock of version table autogen_version;"
              + " it is held by pid " + pid + " \\(application_name '[^']*', client_addr [^,]+, backend_start [^)]+\\)");
    }
  }

  @Test
  void aFreeLockLetsTheUpgradeThrough(TestDatabase db) throws Exception {
    assertThat(autogen(db, "lock_timeout = 0\n", "upgrade", "head")).isZero();

    assertThat(out.toString()).contains("Running upgrade  -> a91c0e5d22f0, create account");
  }
}
