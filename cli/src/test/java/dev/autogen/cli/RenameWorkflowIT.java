package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.cli.CliProject.GeneratedRevision;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A field renamed in the entity: {@code revision} proposes a rename for review, {@code --no-renames} does not. */
@ExtendWith(PostgresDatabaseExtension.class)
class RenameWorkflowIT {

  @TempDir
  Path directory;

  @Test
  void renamedFieldBecomesAReviewedRenameThatKeepsTheData(TestDatabase database) throws Exception {
    CliProject project = new CliProject(directory).environment("AUTOGEN_PASSWORD", database.password());
    project.init();
    project.config(
        "url = " + database.jdbcUrl(),
        "user = " + database.user(),
        "entities.packages = com.example.model",
        "entities.classpath = target/classes");
    Catalog catalog = new Catalog(database);
    compileUser(project, "phone");
    project.succeed("revision", "-m", "create user");
    project.succeed("upgrade", "head");
    catalog.execute("INSERT INTO \"user\" (id, phone) VALUES (1, '555-0100')");

    compileUser(project, "phone_number");
    CliResult withoutRenames = project.succeed("revision", "-m", "drop and add", "--no-renames");
    GeneratedRevision dropAndAdd = CliProject.generated(withoutRenames);
    assertThat(dropAndAdd.source()).contains("op.dropColumn(\"user\", \"phone\");").doesNotContain("rename");
    Files.delete(dropAndAdd.file());

    CliResult renamed = project.succeed("revision", "-m", "rename phone");
    assertThat(renamed.outLines()).contains("Detected renamed column 'user.phone' to 'user.phone_number'");
    assertThat(CliProject.generated(renamed).source()).contains(
        "// REVIEW: rename of user.phone -> user.phone_number, score 0.71",
        "op.renameColumn(\"user\", \"phone\", \"phone_number\");",
        "op.renameColumn(\"user\", \"phone_number\", \"phone\");");
    project.succeed("upgrade", "head");

    assertThat(catalog.query("SELECT phone_number FROM \"user\"")).containsExactly("555-0100");
    assertThat(project.succeed("check").outLines()).containsExactly("No new upgrade operations detected.");
    project.succeed("downgrade", "-1");
    assertThat(catalog.query("SELECT phone FROM \"user\"")).containsExactly("555-0100");
  }

  private static void compileUser(CliProject project, String phoneColumn) {
    EntityCompiler.compile(project.directory().resolve("src"), project.entityClasses(), Map.of(
        "com/example/model/User.java", """
        package com.example.model;

        import jakarta.persistence.Column;
        import jakarta.persistence.Entity;
        import jakarta.persistence.Id;
        import jakarta.persistence.Table;

        @Entity
        @Table(name = "user")
        public class User {

          @Id
          Long id;

          @Column(name = "%s")
          String phone;
        }
        """.formatted(phoneColumn)));
  }
}
