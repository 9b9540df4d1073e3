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

  /**
   * Bug: PostgreSQL truncates names to 63 bytes, so a longer table was reported removed and added forever. Every kind
   * of name the mapping spells: table, column (also 96 bytes of CJK, cut on a character), index, constraint,
   * sequence.
   */
  @Test
  void namesLongerThan63BytesAreComparedAsPostgresqlStoresThem(TestDatabase database) throws Exception {
    CliProject project = project(database);
    String table = "order_line_items_with_a_name_much_longer_than_postgresql_keeps_abcdef"; // 70 characters
    String cjk = "表".repeat(32);
    compile(project, "LineItem", """
        @Entity
        @Table(name = "%1$s",
            indexes = @Index(name = "idx_%1$s", columnList = "quantity_of_items_ordered_in_this_line_which_is_a_very_long_column_name"),
            uniqueConstraints = @UniqueConstraint(name = "uk_%1$s", columnNames = "%2$s"))
        public class LineItem {
          @Id
          @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "items")
          @SequenceGenerator(name = "items", sequenceName = "seq_%1$s")
          Long id;
          @Column(name = "quantity_of_items_ordered_in_this_line_which_is_a_very_long_column_name")
          Integer quantity;
          @Column(name = "%2$s")
          String label;
          @Column(name = "%3$s")
          String localized;
        }
        """.formatted(table, "label_" + "x".repeat(60), cjk));

    CliResult revision = project.succeed("revision", "-m", "line items");
    assertThat(revision.outLines())
        .contains("WARNING: table name '" + table + "' is longer than PostgreSQL's 63 bytes: it is stored, compared"
            + " and migrated as '" + table.substring(0, 63) + "'")
        .anyMatch(line -> line.startsWith("WARNING: column name '" + cjk + "'"))
        .anyMatch(line -> line.startsWith("WARNING: index name 'idx_"))
        .anyMatch(line -> line.startsWith("WARNING: unique constraint name 'uk_"))
        .anyMatch(line -> line.startsWith("WARNING: sequence name 'seq_"));
    project.succeed("upgrade", "head");

    Catalog catalog = new Catalog(database);
    assertThat(catalog.tables()).contains(table.substring(0, 63));
    assertThat(catalog.columns(table.substring(0, 63))).contains("表".repeat(21),
        "quantity_of_items_ordered_in_this_line_which_is_a_very_long_col");
    CliResult check = project.succeed("check");
    assertThat(check.outLines()).last().isEqualTo("No new upgrade operations detected.");
    assertThat(check.outLines()).noneMatch(line -> line.startsWith("Detected"));
  }

  /**
   * Bug: a columnDefinition holding a default was taken as the type, so check reported a type and default change
   * forever and the written revision failed with a syntax error.
   */
  @Test
  void aColumnDefinitionWithADefaultNotNullUniqueAndCheckMigratesOnce(TestDatabase database) throws Exception {
    CliProject project = project(database);
    compile(project, "Flag", """
        @Entity
        public class Flag {
          @Id Long id;
          @Column(columnDefinition = "boolean default false")
          Boolean active;
          @Column(columnDefinition = "varchar(20) not null unique")
          String code;
          @Column(columnDefinition = "integer default 0 check (weight >= 0)")
          Integer weight;
        }
        """);

    project.succeed("revision", "-m", "flags");
    project.succeed("upgrade", "head");

    Catalog catalog = new Catalog(database);
    assertThat(catalog.query("SELECT column_name || ' ' || data_type || ' ' || is_nullable || ' '"
        + " || coalesce(column_default, '-') FROM information_schema.columns WHERE table_name = 'flag'"
        + " ORDER BY column_name")).containsExactly(
            "active boolean YES false", "code character varying NO -", "id bigint NO -", "weight integer YES 0");
    assertThat(catalog.query("SELECT conname FROM pg_constraint WHERE conrelid = 'flag'::regclass ORDER BY 1"))
        .containsExactly("flag_code_key", "flag_pkey", "flag_weight_check");
    assertThat(project.succeed("check").outLines()).containsExactly("No new upgrade operations detected.");
  }

  @Test
  void aColumnDefinitionTheModelCannotHoldIsAnErrorNamingTheEntity(TestDatabase database) throws Exception {
    CliProject project = project(database);
    compile(project, "Word", """
        @Entity
        public class Word {
          @Id Long id;
          @Column(columnDefinition = "text collate \\"C\\"")
          String spelling;
        }
        """);

    assertThat(project.failWithOneLine("revision", "-m", "words")).isEqualTo("ERROR: com.example.model.Word, table"
        + " 'word', column 'spelling': columnDefinition 'text collate \"C\"' holds 'collate', which autogen cannot"
        + " compare (it keeps a type, default, [not] null, unique and an unnamed check, each once)");
    assertThat(project.versions()).isEmptyDirectory();
  }
}
