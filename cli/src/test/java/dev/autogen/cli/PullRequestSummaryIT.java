package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pull-request action's script ({@code .github/actions/autogen-pr-check/pr-summary.sh}) on a git repository
 * whose pull request adds a revision, run with the packaged launcher as GitHub Actions runs it.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class PullRequestSummaryIT {

  private static final Path SCRIPT = Path.of("../.github/actions/autogen-pr-check/pr-summary.sh").toAbsolutePath();
  private static final Path LAUNCHER = Path.of("target/autogen").toAbsolutePath();
  private static final String REVISION = "0123456789ab";

  @TempDir
  Path directory;

  private CliProject project;
  private TestDatabase database;

  @BeforeEach
  void repository(TestDatabase database) throws Exception {
    assumeTrue(onPath("git") && onPath("jq") && onPath("bash"), "git, jq and bash are needed");
    assumeTrue(Files.isExecutable(LAUNCHER), "the launcher is built by package");
    this.database = database;
    project = new CliProject(directory).environment("AUTOGEN_PASSWORD", database.password());
    project.init();
    project.config(
        "url = " + database.jdbcUrl(),
        "user = " + database.user(),
        "entities.packages = com.example.model",
        "entities.classpath = target/classes");
    CliProject.write(directory.resolve(".gitignore"), "target/\n.autogen/\n");
    Files.createDirectories(directory.resolve("target"));
    git("init", "-q", ".");
    git("add", "-A");
    git("commit", "-q", "-m", "base");
    git("tag", "base");
  }

  @Test
  void theSummaryListsTheAddedRevisionItsSqlAndACleanCheck() throws Exception {
    compileCustomer("");
    project.succeed("revision", "-m", "create customer | pipes", "--rev-id", REVISION);
    git("add", "-A");
    git("commit", "-q", "-m", "pull request");

    Summary summary = summarise();

    assertThat(summary.exitCode()).as(summary.toString()).isZero();
    assertThat(summary.markdown())
        .contains("| `" + REVISION + "` | base | create customer \\| pipes | `migrations/versions/R" + REVISION)
        .contains(":white_check_mark: `autogen check`: no new upgrade operations detected.")
        .contains("### SQL (`autogen upgrade base:head --sql`)")
        .contains("CREATE TABLE customer");
  }

  @Test
  void entitiesAheadOfTheMigrationsFailTheStepAndAreListed() throws Exception {
    compileCustomer("");
    project.succeed("revision", "-m", "create customer", "--rev-id", REVISION);
    compileCustomer("String email;");
    git("add", "-A");
    git("commit", "-q", "-m", "pull request");

    Summary summary = summarise();

    assertThat(summary.exitCode()).as(summary.toString()).isEqualTo(1);
    assertThat(summary.markdown()).contains("- added column 'customer.email'");
    assertThat(summary.output()).contains("::error::autogen check: the entities and the migrations differ");
  }

  private record Summary(int exitCode, String markdown, String output) {
  }

  private Summary summarise() throws Exception {
    Path markdown = directory.resolve("target/summary.md");
    Path output = directory.resolve("target/summary.out");
    Files.createDirectories(markdown.getParent());
    ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString()).directory(directory.toFile())
        .redirectErrorStream(true).redirectOutput(output.toFile());
    Map<String, String> environment = builder.environment();
    environment.put("BASE_REF", "base");
    environment.put("AUTOGEN", LAUNCHER.toString());
    environment.put("GITHUB_STEP_SUMMARY", markdown.toString());
    environment.put("JAVA_HOME", System.getProperty("java.home"));
    environment.put("AUTOGEN_PASSWORD", database.password());
    Process process = builder.start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the script finished").isTrue();
    return new Summary(process.exitValue(), Files.exists(markdown) ? Files.readString(markdown) : "",
        Files.readString(output, StandardCharsets.UTF_8));
  }

  private void git(String... arguments) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(concat("git", arguments)).directory(directory.toFile())
        .redirectErrorStream(true).redirectOutput(directory.resolve("target/git.out").toFile());
    Map<String, String> environment = builder.environment();
    for (String who : List.of("AUTHOR", "COMMITTER")) {
      environment.put("GIT_" + who + "_NAME", "autogen test");
      environment.put("GIT_" + who + "_EMAIL", "test@example.com");
    }
    Process process = builder.start();
    assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as("git %s: %s", String.join(" ", arguments),
        Files.readString(directory.resolve("target/git.out"))).isZero();
  }

  private static String[] concat(String first, String... rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  private static boolean onPath(String command) {
    String path = System.getenv("PATH");
    return path != null && List.of(path.split(File.pathSeparator)).stream()
        .anyMatch(entry -> Files.isExecutable(Path.of(entry, command)));
  }

  private void compileCustomer(String extraField) {
    EntityCompiler.compile(directory.resolve("src"), project.entityClasses(), Map.of(
        "com/example/model/Customer.java", """
        package com.example.model;

        import jakarta.persistence.Entity;
        import jakarta.persistence.Id;

        @Entity
        public class Customer {

          @Id
          Long id;

          %s
        }
        """.formatted(extraField)));
  }
}
