package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code --json} of revision, check, current and history against a database, with their exit codes. */
@ExtendWith(PostgresDatabaseExtension.class)
class JsonOutputIT {

  private static final String FIRST = "0123456789ab";

  @TempDir
  Path directory;

  @Test
  void revisionCheckCurrentAndHistoryAsJson(TestDatabase database) {
    CliProject project = new CliProject(directory).environment("AUTOGEN_PASSWORD", database.password());
    project.init();
    project.config(
        "url = " + database.jdbcUrl(),
        "user = " + database.user(),
        "entities.packages = com.example.model",
        "entities.classpath = target/classes");
    compileCustomer(project, "");

    Map<String, Object> revision = JsonParser.object(
        project.succeed("revision", "--json", "-m", "create customer", "--rev-id", FIRST).out());
    assertThat(revision).containsEntry("id", FIRST)
        .containsEntry("operations", List.of("added table 'customer'"));
    project.succeed("upgrade", "head");

    CliResult inSync = project.succeed("check", "--json");
    assertThat(JsonParser.object(inSync.out())).containsEntry("in_sync", true)
        .containsEntry("operations", List.of()).containsEntry("warnings", List.of());

    compileCustomer(project, "String email;");
    CliResult drift = project.command("check", "--json");
    assertThat(drift.exitCode()).as("%s", drift).isEqualTo(1);
    assertThat(JsonParser.object(drift.out())).containsEntry("in_sync", false)
        .containsEntry("operations", List.of("added column 'customer.email'"));

    Map<String, Object> current = JsonParser.object(project.succeed("current", "--json").out());
    assertThat(current).containsOnlyKeys("revisions");
    assertThat(current.get("revisions")).asList().singleElement().isEqualTo(Map.of(
        "id", FIRST, "head", true, "message", "create customer", "file", revision.get("file")));

    Map<String, Object> history = JsonParser.object(project.succeed("history", "--json", "-i").out());
    assertThat(history.get("revisions")).asList().singleElement().asInstanceOf(InstanceOfAssertFactories.MAP)
        .containsEntry("id", FIRST).containsEntry("current", true).containsEntry("head", true);
  }

  @Test
  void aDatabaseAtARevisionNoFileHasIsReportedWithoutMessageOrFile(TestDatabase database) throws Exception {
    CliProject project = new CliProject(directory).environment("AUTOGEN_PASSWORD", database.password());
    project.init();
    project.config("url = " + database.jdbcUrl(), "user = " + database.user());
    Path file = CliProject.generated(project.succeed("revision", "-m", "gone", "--rev-id", FIRST)).file();
    project.succeed("upgrade", "head");
    Files.delete(file);

    Map<String, Object> current = JsonParser.object(project.succeed("current", "--json").out());

    assertThat(current.get("revisions")).asList().singleElement().asInstanceOf(InstanceOfAssertFactories.MAP)
        .containsExactly(entry("id", FIRST), entry("head", false), entry("message", null), entry("file", null));
  }

  private static void compileCustomer(CliProject project, String extraField) {
    EntityCompiler.compile(project.directory().resolve("src"), project.entityClasses(), Map.of(
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
