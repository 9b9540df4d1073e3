package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.script.MigrationSources;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code autogen verify}: one line per revision, exit 1 at the first failure, JSON, the embedded server. */
@ExtendWith(PostgresDatabaseExtension.class)
class VerifyCommandIT {

  private static final String CREATE = "a91c0e5d22f0";
  private static final String INDEX = "3f2a9c41b7de";

  @TempDir
  Path directory;

  private CliProject project(String url, String downgradeOfIndex) throws Exception {
    CliProject project = new CliProject(directory);
    project.init();
    project.config(url);
    MigrationSources sources = new MigrationSources(project.directory().resolve("migrations"));
    sources.write(CREATE, null, "create account",
        "op.createTable(\"account\", column(\"id\", bigint()).identity(), column(\"name\", varchar(80)).notNull(),"
            + " column(\"tier\", varchar(10)), primaryKey(\"id\"),"
            + " check(\"account_tier_check\", \"tier in ('FREE','PRO')\"));",
        "op.dropTable(\"account\");");
    sources.write(INDEX, CREATE, "index name",
        "op.createIndex(\"account\", index(\"account_name_ix\", \"name\"));", downgradeOfIndex);
    return project;
  }

  private CliProject project(TestDatabase database, String downgradeOfIndex) throws Exception {
    CliProject project = project("url = " + database.jdbcUrl(), downgradeOfIndex)
        .environment("AUTOGEN_PASSWORD", database.password());
    project.config("url = " + database.jdbcUrl(), "user = " + database.user());
    return project;
  }

  @Test
  void everyRevisionOkIsOneLineEachAndExitZero(TestDatabase database) throws Exception {
    CliProject project = project(database, "op.dropIndex(\"account\", \"account_name_ix\");");

    CliResult verify = project.succeed("verify", "base:head");

    assertThat(verify.outLines()).hasSize(2);
    assertThat(verify.outLines().get(0)).matches("verify " + CREATE + " ok \\(0 rows, \\d+ ms\\)");
    assertThat(verify.outLines().get(1)).matches("verify " + INDEX + " ok \\(3 rows, \\d+ ms\\)");
    assertThat(project.succeed("current").out()).as("the project's database untouched").doesNotContain(CREATE);
  }

  @Test
  void aDowngradeThatForgetsTheIndexExitsOneNamingRevisionAndIndex(TestDatabase database) throws Exception {
    CliProject project = project(database, "");

    CliResult verify = project.command("verify");

    assertThat(verify.exitCode()).as("%s", verify).isEqualTo(1);
    assertThat(verify.outLines()).hasSize(2);
    assertThat(verify.outLines().get(1)).isEqualTo("verify " + INDEX + " FAILED at catalog: the downgrade does not"
        + " restore the schema: added index 'account_name_ix' on 'account' [name]");
  }

  @Test
  void jsonHasOneObjectPerRevisionWithTheFailure(TestDatabase database) throws Exception {
    CliProject project = project(database, "");

    CliResult verify = project.command("verify", "--json", INDEX);

    assertThat(verify.exitCode()).as("%s", verify).isEqualTo(1);
    Map<String, Object> report = JsonParser.object(verify.out());
    assertThat(report).containsEntry("ok", false);
    @SuppressWarnings("unchecked")
    Map<String, Object> revision = (Map<String, Object>) ((List<?>) report.get("revisions")).get(0);
    assertThat(revision).containsEntry("id", INDEX).containsEntry("ok", false).containsEntry("notes", List.of())
        .containsEntry("failure", Map.of("step", "catalog", "message",
            "the downgrade does not restore the schema: added index 'account_name_ix' on 'account' [name]"));
    assertThat(((Number) revision.get("rows")).intValue()).isEqualTo(3);
  }

  @Test
  void onTheEmbeddedServerToo() throws Exception {
    CliProject project = project("url = embedded", "op.dropIndex(\"account\", \"account_name_ix\");");

    CliResult verify = project.succeed("verify", "head");

    assertThat(verify.outLines()).singleElement().asString().startsWith("verify " + INDEX + " ok (3 rows, ");
  }
}
