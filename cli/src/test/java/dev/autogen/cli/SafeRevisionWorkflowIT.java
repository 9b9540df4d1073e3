package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.cli.CliProject.GeneratedRevision;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code revision --safe} from the command line: a name made required, an index, a new required column on a table
 * with rows. The revision stops at its backfill until it is written, then lints clean, prints its SQL outside a
 * transaction and upgrades the rows in place.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class SafeRevisionWorkflowIT {

  @TempDir
  Path directory;

  @Test
  void safeRevisionStopsAtItsBackfillThenUpgradesWithoutBlockingWrites(TestDatabase database) throws Exception {
    CliProject project = new CliProject(directory).environment("AUTOGEN_PASSWORD", database.password());
    project.init();
    project.config(
        "url = " + database.jdbcUrl(),
        "user = " + database.user(),
        "entities.packages = com.example.model",
        "entities.classpath = target/classes");
    Catalog catalog = new Catalog(database);
    compileAccount(project, "", "");
    GeneratedRevision first = CliProject.generated(project.succeed("revision", "-m", "create account"));
    project.succeed("upgrade", "head");
    catalog.execute("INSERT INTO account (id, name) VALUES (1, 'Ann'), (2, 'Bob')");

    compileAccount(project, "@Column(nullable = false)", "@Column(nullable = false) String tier;");
    CliResult revision = project.succeed("revision", "--safe", "-m", "require name, add tier");
    assertThat(revision.outLines()).contains("Detected added column 'account.tier'",
        "Detected altered column 'account.name' (now NOT NULL)");
    GeneratedRevision safe = CliProject.generated(revision);
    assertThat(safe.source()).contains("transactional = false", "op.backfill(\"account\", \"tier\");",
        "op.addCheckConstraintNotValid(\"account\", check(\"account_name_not_null_check\",\n        \"name IS NOT NULL\"));",
        "op.createIndexConcurrently(\"account\", index(\"account_name_idx\", \"name\"));");
    assertThat(revision.allLines()).as("lint warnings of the revision")
        .anyMatch(line -> line.startsWith("WARNING: ") && line.contains("[no-lock-timeout]"))
        .noneMatch(line -> line.contains("[set-not-null]") || line.contains("[index-not-concurrent]")
            || line.contains("[constraint-not-valid]"));

    String stopped = project.failWithOneLine("upgrade", "head");
    assertThat(stopped).contains("the backfill of 'account.tier' is not written");
    assertThat(catalog.query("SELECT count(*) FROM information_schema.columns WHERE column_name = 'tier'"))
        .as("nothing ran before the placeholder").containsExactly("0");

    CliProject.write(safe.file(), safe.source()
        .replaceAll("(?m)^ *op\\.backfill\\(.*\\n", "")
        .replace("    // TODO backfill account.tier:",
            "    op.update(\"UPDATE account SET tier = ? WHERE tier IS NULL\", \"FREE\");\n    // backfilled:"));
    // exit 0: no finding is an error
    assertThat(project.succeed("lint", safe.id()).allLines()).noneMatch(line -> line.contains("error:"));
    String sql = project.succeed("upgrade", first.id() + ":" + safe.id(), "--sql").out();
    assertThat(sql).contains("CREATE INDEX CONCURRENTLY account_name_idx ON account (name);",
        "ALTER TABLE account ADD CONSTRAINT account_tier_not_null_check CHECK (tier IS NOT NULL) NOT VALID;",
        "ALTER TABLE account VALIDATE CONSTRAINT account_tier_not_null_check;",
        "UPDATE account SET tier = 'FREE' WHERE tier IS NULL;");

    project.succeed("upgrade", "head");
    assertThat(catalog.query("SELECT id || ' ' || name || ' ' || tier FROM account ORDER BY id"))
        .containsExactly("1 Ann FREE", "2 Bob FREE");
    assertThat(project.succeed("check").outLines()).containsExactly("No new upgrade operations detected.");
    project.succeed("downgrade", "-1");
    assertThat(catalog.query("SELECT count(*) FROM information_schema.columns WHERE column_name = 'tier'"))
        .containsExactly("0");
  }

  private static void compileAccount(CliProject project, String nameAnnotation, String tierField) {
    EntityCompiler.compile(project.directory().resolve("src"), project.entityClasses(), Map.of(
        "com/example/model/Account.java", """
        package com.example.model;

        import jakarta.persistence.Column;
        import jakarta.persistence.Entity;
        import jakarta.persistence.Id;
        import jakarta.persistence.Index;
        import jakarta.persistence.Table;

        @Entity
        @Table(name = "account"%s)
        public class Account {

          @Id
          Long id;

          %s
          String name;

          %s
        }
        """.formatted(tierField.isEmpty() ? "" : ", indexes = @Index(name = \"account_name_idx\", columnList = \"name\")",
            nameAnnotation, tierField)));
  }
}
