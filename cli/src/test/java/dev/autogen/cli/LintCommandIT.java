package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.script.MigrationSources;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code autogen lint}: findings, exit codes, JSON and Markdown, measured on a scratch database or not. */
@ExtendWith(PostgresDatabaseExtension.class)
class LintCommandIT {

  private static final String CREATE = "a91c0e5d22f0";
  private static final String INDEX = "3f2a9c41b7de";
  private static final String CONCURRENT = "c0ffee5ca1ab";

  @TempDir
  Path directory;

  private CliProject project(TestDatabase database, String... extraConfig) throws Exception {
    CliProject project = new CliProject(directory).environment("AUTOGEN_PASSWORD", database.password());
    project.init();
    List<String> config = new java.util.ArrayList<>(List.of("url = " + database.jdbcUrl(), "user = " + database.user()));
    config.addAll(List.of(extraConfig));
    project.config(config.toArray(String[]::new));
    MigrationSources sources = new MigrationSources(project.directory().resolve("migrations"));
    sources.write(CREATE, null, "create account",
        "op.createTable(\"account\", column(\"id\", bigint()).notNull(), column(\"name\", varchar(80)),"
            + " primaryKey(\"id\")); op.execute(\"INSERT INTO account VALUES (1, 'ada')\");",
        "op.dropTable(\"account\");");
    sources.write(INDEX, CREATE, "index and require name",
        "op.execute(\"SET LOCAL lock_timeout = '5s'\");"
            + " op.createIndex(\"account\", index(\"account_name_ix\", \"name\"));"
            + " op.alterColumn(\"account\", column(\"name\", varchar(80)), column(\"name\", varchar(80)).notNull());",
        "op.dropIndex(\"account\", \"account_name_ix\");");
    return project;
  }

  @Test
  void thePendingRevisionsFindingsAsJsonFailTheRun(TestDatabase database) throws Exception {
    CliProject project = project(database);
    project.succeed("upgrade", CREATE);

    CliResult lint = project.command("lint", "--json");

    assertThat(lint.exitCode()).as("%s", lint).isEqualTo(1);
    Map<String, Object> report = JsonParser.object(lint.out());
    assertThat(report).containsEntry("measured", false).containsEntry("errors", true);
    assertThat(report.toString()).as("nothing measured, no statements").doesNotContain("sql=");
    assertThat(report.get("revisions")).asList().singleElement().asInstanceOf(InstanceOfAssertFactories.MAP)
        .containsEntry("id", INDEX);
    assertThat(report.get("findings")).asList().extracting(finding -> {
      Map<?, ?> map = (Map<?, ?>) finding;
      return map.get("rule") + " " + map.get("revision") + " " + ((Number) map.get("step")).intValue() + " " + map.get("table") + " "
          + map.get("severity");
    }).containsExactly("index-not-concurrent " + INDEX + " 2 account error",
        "set-not-null " + INDEX + " 3 account error");
  }

  @Test
  void measuredOnAScratchDatabaseJustBeforeTheRevision(TestDatabase database) throws Exception {
    CliProject project = project(database);

    CliResult lint = project.command("lint", "--measure", "--json", INDEX);

    assertThat(lint.exitCode()).as("%s", lint).isEqualTo(1);
    Map<String, Object> report = JsonParser.object(lint.out());
    assertThat(report).containsEntry("measured", true);
    List<?> steps = (List<?>) ((Map<?, ?>) ((List<?>) report.get("revisions")).get(0)).get("steps");
    assertThat(((Map<?, ?>) steps.get(1)).get("tables")).isEqualTo(List.of(
        Map.of("table", "account", "lock", "ShareLock", "rewrites", false, "scans", true)));
    assertThat(((Map<?, ?>) steps.get(2)).get("tables")).isEqualTo(List.of(
        Map.of("table", "account", "lock", "AccessExclusiveLock", "rewrites", false, "scans", true)));
    assertThat(((Map<?, ?>) steps.get(1)).get("statements")).isEqualTo(List.of(Map.of(
        "sql", "CREATE INDEX account_name_ix ON account (name)", "in_transaction", true,
        "tables", List.of(Map.of("table", "account", "lock", "ShareLock", "rewrites", false, "scans", true)))));
    // the project's own database was never touched: the scratch database was
    assertThat(project.succeed("current").out()).doesNotContain(CREATE);
  }

  @Test
  void measuredOnTheEmbeddedServerToo() throws Exception {
    CliProject project = new CliProject(directory);
    project.init();
    project.config("url = embedded");
    MigrationSources sources = new MigrationSources(project.directory().resolve("migrations"));
    sources.write(CREATE, null, "create account",
        "op.createTable(\"account\", column(\"id\", bigint()).notNull(), column(\"code\", integer()));",
        "op.dropTable(\"account\");");
    sources.write(INDEX, CREATE, "widen code",
        "op.alterColumn(\"account\", column(\"code\", integer()), column(\"code\", bigint()));",
        "op.alterColumn(\"account\", column(\"code\", bigint()), column(\"code\", integer()));");

    CliResult lint = project.command("lint", "--measure", INDEX);

    assertThat(lint.exitCode()).as("%s", lint).isEqualTo(1);
    assertThat(lint.outLines()).contains(
        "Revision " + INDEX + ", widen code (measured on a scratch database)",
        "  step 1: altered column 'account.code' (type integer -> bigint): account AccessExclusiveLock, rewritten,"
            + " scanned");
    assertThat(lint.out()).contains("[rewriting-type-change]").contains("[no-lock-timeout]");
  }

  @Test
  void severitiesComeFromTheConfigAndWarningsPass(TestDatabase database) throws Exception {
    CliProject project = project(database, "lint.rule.index-not-concurrent = warning", "lint.rule.set-not-null = off");

    CliResult lint = project.succeed("lint", INDEX);

    assertThat(lint.out()).contains("  step 2: added index 'account_name_ix' on 'account' [name]: account ShareLock,"
        + " scanned")
        .contains("  warning: revision " + INDEX + ", step 2, table 'account': [index-not-concurrent] creates index"
            + " 'account_name_ix'")
        .doesNotContain("set-not-null")
        .contains("1 revision(s) linted: 0 error(s), 1 warning(s)");
  }

  @Test
  void aSafeRevisionPassesAndMarkdownIsForPullRequests(TestDatabase database) throws Exception {
    CliProject project = project(database);
    new MigrationSources(project.directory().resolve("migrations")).writeWithoutTransaction(CONCURRENT, INDEX,
        "concurrent index",
        "op.execute(\"CREATE INDEX CONCURRENTLY account_id_name_ix ON account (id, name)\");",
        "op.execute(\"DROP INDEX CONCURRENTLY account_id_name_ix\");");

    CliResult lint = project.succeed("lint", "--markdown", CONCURRENT);

    assertThat(lint.outLines()).contains("### `" + CONCURRENT + "` concurrent index",
        "| step | operation | locks | rewrites | scans | in a transaction |",
        "| 1 | executed SQL | - | - | - | yes |", "No findings.");
  }

  @Test
  void anUnknownRuleOrSeverityIsOneLineNamingTheFile(TestDatabase database) throws Exception {
    assertThat(project(database, "lint.rule.no-such-rule = error").failWithOneLine("lint", INDEX))
        .contains("autogen.properties").contains("unknown lint rule 'no-such-rule'");
  }

  @Test
  void anUnknownSeverityIsOneLineNamingTheKey(TestDatabase database) throws Exception {
    assertThat(project(database, "lint.rule.set-not-null = loud").failWithOneLine("lint", INDEX))
        .contains("autogen.properties").contains("lint.rule.set-not-null").contains("'loud' is not a severity");
  }

  @Test
  void revisionWarnsOfTheFindingsOfTheRevisionItWrote(TestDatabase database) {
    CliProject project = new CliProject(directory).environment("AUTOGEN_PASSWORD", database.password());
    project.init();
    project.config("url = " + database.jdbcUrl(), "user = " + database.user(), "entities.packages = com.example.model",
        "entities.classpath = target/classes");
    compileCustomer(project, "");
    CliResult first = project.succeed("revision", "-m", "create customer", "--rev-id", CREATE);
    assertThat(first.out()).as("a table the revision creates is nobody's yet").doesNotContain("WARNING");
    project.succeed("upgrade", "head");
    compileCustomer(project, "@jakarta.persistence.Table(indexes = @jakarta.persistence.Index(name = \"customer_name_ix\","
        + " columnList = \"name\"))");

    Map<String, Object> second = JsonParser.object(
        project.succeed("revision", "--json", "-m", "index name", "--rev-id", INDEX).out());

    assertThat(second.get("warnings")).asList().containsExactly(
        "revision " + INDEX + ", step 1, table 'customer': [index-not-concurrent] creates index 'customer_name_ix': "
            + LintRuleText.INDEX,
        "revision " + INDEX + ", step 1, table 'customer': [no-lock-timeout] added index 'customer_name_ix' on"
            + " 'customer' [name] takes ShareLock with no lock_timeout set: " + LintRuleText.LOCK_TIMEOUT);
  }

  /** The reason and safe alternative of the two rules above, as the findings spell them. */
  private static final class LintRuleText {
    static final String INDEX = dev.autogen.safety.LintRule.INDEX_NOT_CONCURRENT.reason() + "; instead: "
        + dev.autogen.safety.LintRule.INDEX_NOT_CONCURRENT.safeAlternative();
    static final String LOCK_TIMEOUT = dev.autogen.safety.LintRule.NO_LOCK_TIMEOUT.reason() + "; instead: "
        + dev.autogen.safety.LintRule.NO_LOCK_TIMEOUT.safeAlternative();
  }

  private static void compileCustomer(CliProject project, String tableAnnotation) {
    EntityCompiler.compile(project.directory().resolve("src"), project.entityClasses(), Map.of(
        "com/example/model/Customer.java", """
        package com.example.model;

        import jakarta.persistence.Entity;
        import jakarta.persistence.Id;

        @Entity
        %s
        public class Customer {

          @Id
          Long id;

          String name;
        }
        """.formatted(tableAnnotation)));
  }
}
