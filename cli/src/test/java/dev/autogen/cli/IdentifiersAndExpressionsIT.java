package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names and expressions as entities write them, through the command line: text from an annotation is never run as
 * anything but the expression it must be, and names are compared as PostgreSQL stores them (folded, truncated).
 */
@ExtendWith(PostgresDatabaseExtension.class)
class IdentifiersAndExpressionsIT {

  @TempDir
  Path directory;

  private CliProject project(TestDatabase database, String... extraConfig) {
    CliProject project = new CliProject(directory).environment("AUTOGEN_PASSWORD", database.password());
    project.init();
    String[] lines = new String[4 + extraConfig.length];
    lines[0] = "url = " + database.jdbcUrl();
    lines[1] = "user = " + database.user();
    lines[2] = "entities.packages = com.example.model";
    lines[3] = "entities.classpath = target/classes";
    System.arraycopy(extraConfig, 0, lines, 4, extraConfig.length);
    project.config(lines);
    return project;
  }

  private static void compile(CliProject project, String className, String body) {
    EntityCompiler.compile(project.directory().resolve("src"), project.entityClasses(), Map.of(
        "com/example/model/" + className + ".java", """
        package com.example.model;

        import jakarta.persistence.*;
        import org.hibernate.annotations.*;

        %s
        """.formatted(body)));
  }

  /** Bug: the scratch statements ran as one string, so this default committed and dropped table victim. */
  @Test
  void anAnnotationCannotRunSqlDuringCheckOrRevision(TestDatabase database) throws Exception {
    CliProject project = project(database);
    Catalog catalog = new Catalog(database);
    catalog.execute("CREATE TABLE victim (id integer)");
    compile(project, "Note", """
        @Entity
        public class Note {
          @Id Long id;
          @ColumnDefault("'x'); COMMIT; DROP TABLE victim; --")
          String body;
        }
        """);

    String expected = "ERROR: table 'note', column 'body': the default ''x'); COMMIT; DROP TABLE victim; --' is not"
        + " one SQL expression: closes a ')' it did not open: that would end the statement around it";
    assertThat(project.failWithOneLine("check")).isEqualTo(expected);
    assertThat(project.failWithOneLine("revision", "-m", "note")).isEqualTo(expected);

    assertThat(catalog.tables()).contains("victim");
    assertThat(project.versions()).isEmptyDirectory();
  }

  @Test
  void anExpressionPostgresqlRejectsIsNamedWithItsTableAndColumn(TestDatabase database) throws Exception {
    CliProject project = project(database);
    compile(project, "Note", """
        @Entity
        public class Note {
          @Id Long id;
          @ColumnDefault("no_such_function()")
          String body;
        }
        """);

    assertThat(project.failWithOneLine("check")).isEqualTo("ERROR: table 'note', column 'body': PostgreSQL rejects"
        + " the default 'no_such_function()': ERROR: function no_such_function() does not exist");
  }

  /** Bug: Hibernate writes the enum check as {@code STAT in (...)}; the column was matched case-sensitively. */
  @Test
  void anUpperCaseColumnNameInAnEnumCheck(TestDatabase database) throws Exception {
    CliProject project = project(database);
    compile(project, "Ticket", """
        @Entity
        public class Ticket {
          public enum Status { OPEN, CLOSED }
          @Id Long id;
          @Column(name = "STAT") @Enumerated(EnumType.STRING)
          Status status;
        }
        """);

    project.succeed("revision", "-m", "ticket");
    project.succeed("upgrade", "head");

    assertThat(new Catalog(database).columns("ticket")).containsExactly("id", "stat");
    assertThat(project.succeed("check").outLines()).containsExactly("No new upgrade operations detected.");
  }
}
