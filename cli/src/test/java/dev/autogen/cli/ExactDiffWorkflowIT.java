package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the user sees where the diff has to be exact: composite key column order, index column ordering, a check
 * restored by a downgrade, and a table made plural, each through {@code revision}, {@code upgrade}, {@code check}
 * and {@code downgrade}.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class ExactDiffWorkflowIT {

  private static final String CATALOG = """
      SELECT c.conname || ' ' || pg_get_constraintdef(c.oid) FROM pg_constraint c
       WHERE c.conrelid = 'public.%s'::regclass ORDER BY 1""";

  @TempDir
  Path directory;

  private CliProject project;
  private Catalog catalog;

  @BeforeEach
  void createProject(TestDatabase database) {
    project = new CliProject(directory).environment("AUTOGEN_PASSWORD", database.password());
    project.init();
    project.config(
        "url = " + database.jdbcUrl(),
        "user = " + database.user(),
        "entities.packages = com.example.model",
        "entities.classpath = target/classes");
    catalog = new Catalog(database);
  }

  @Test
  void compositeKeyIsCreatedInHibernatesColumnOrder() throws Exception {
    compile("CrawledPage.java", """
        package com.example.model;

        import jakarta.persistence.*;
        import java.io.Serializable;

        @Entity
        @Table(name = "crawled_page")
        @IdClass(CrawledPage.Key.class)
        public class CrawledPage {
          public static class Key implements Serializable {
            String address;
            long partitionId;
            @Override public boolean equals(Object o) {
              return o instanceof Key k && k.address.equals(address) && k.partitionId == partitionId;
            }
            @Override public int hashCode() { return address.hashCode(); }
          }
          // in attribute order the key is (url, partition_id); Hibernate's export sorts it by size
          @Id @Column(name = "url") String address;
          @Id @Column(name = "partition_id") long partitionId;
        }
        """);

    CliResult revision = project.succeed("revision", "-m", "crawled pages");
    assertThat(CliProject.generated(revision).source()).contains("primaryKey(\"partition_id\", \"url\")");
    project.succeed("upgrade", "head");

    assertThat(catalog.query(CATALOG.formatted("crawled_page")))
        .containsExactly("crawled_page_pkey PRIMARY KEY (partition_id, url)");
    assertThat(project.succeed("check").outLines()).containsExactly("No new upgrade operations detected.");
  }

  @Test
  void indexColumnOrderingIsCreatedAndItsChangeDetected() throws Exception {
    compilePerson("last_name, city DESC");
    CliResult revision = project.succeed("revision", "-m", "people");
    assertThat(CliProject.generated(revision).source())
        .contains("index(\"ix_person_name_city\", \"last_name\", \"city\").desc(\"city\")");
    project.succeed("upgrade", "head");
    assertThat(catalog.query("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_person_name_city'"))
        .containsExactly("CREATE INDEX ix_person_name_city ON public.person USING btree (last_name, city DESC)");
    assertThat(project.succeed("check").outLines()).containsExactly("No new upgrade operations detected.");

    compilePerson("last_name, city");
    CliResult check = project.command("check");
    assertThat(check.exitCode()).as("%s", check).isEqualTo(1);
    assertThat(check.out()).contains("index 'ix_person_name_city'");
    project.succeed("revision", "-m", "ascending");
    project.succeed("upgrade", "head");
    assertThat(catalog.query("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_person_name_city'"))
        .containsExactly("CREATE INDEX ix_person_name_city ON public.person USING btree (last_name, city)");
    assertThat(project.succeed("check").outLines()).containsExactly("No new upgrade operations detected.");
    project.succeed("downgrade", "-1");
    assertThat(catalog.query("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_person_name_city'"))
        .containsExactly("CREATE INDEX ix_person_name_city ON public.person USING btree (last_name, city DESC)");
  }

  @Test
  void downgradeAfterAnAddedEnumConstantRestoresTheCheckExactly() throws Exception {
    compileAccount("FREE, PRO");
    project.succeed("revision", "-m", "accounts");
    project.succeed("upgrade", "head");
    var before = catalog.query(CATALOG.formatted("account"));
    assertThat(before).anyMatch(constraint -> constraint.startsWith("account_tier_check CHECK"));

    compileAccount("FREE, PRO, TEAM");
    project.succeed("revision", "-m", "team tier");
    project.succeed("upgrade", "head");
    project.succeed("downgrade", "-1");

    assertThat(catalog.query(CATALOG.formatted("account"))).isEqualTo(before);
  }

  @Test
  void tableMadePluralIsRenamedWithItsIndexKeyAndSelfReference() throws Exception {
    compileItem("item");
    project.succeed("revision", "-m", "items");
    project.succeed("upgrade", "head");
    catalog.execute("INSERT INTO item (id, code, name, parent_id) VALUES (1, 'R', 'root', NULL), (2, 'L', 'leaf', 1)");

    compileItem("items");
    CliResult revision = project.succeed("revision", "-m", "plural");
    assertThat(revision.outLines()).contains("Detected renamed table 'item' to 'items'");
    assertThat(CliProject.generated(revision).source())
        .contains("op.renameTable(\"item\", \"items\");")
        .doesNotContain("op.dropTable", "op.createTable");
    project.succeed("upgrade", "head");

    assertThat(catalog.query("SELECT name FROM items WHERE parent_id = 1")).containsExactly("leaf");
    assertThat(project.succeed("check").outLines()).containsExactly("No new upgrade operations detected.");
  }

  private void compilePerson(String columnList) {
    compile("Person.java", """
        package com.example.model;

        import jakarta.persistence.*;

        @Entity
        @Table(name = "person", indexes = @Index(name = "ix_person_name_city", columnList = "%s"))
        public class Person {
          @Id Long id;
          @Column(name = "last_name") String lastName;
          @Column(name = "city") String city;
        }
        """.formatted(columnList));
  }

  private void compileAccount(String tiers) {
    compile("Account.java", """
        package com.example.model;

        import jakarta.persistence.*;

        @Entity
        @Table(name = "account")
        public class Account {
          public enum Tier { %s }
          @Id Long id;
          @Enumerated(EnumType.STRING) @Column(name = "tier") Tier tier;
        }
        """.formatted(tiers));
  }

  private void compileItem(String table) {
    compile("Item.java", """
        package com.example.model;

        import jakarta.persistence.*;

        @Entity
        @Table(name = "%1$s", indexes = @Index(name = "%1$s_name_idx", columnList = "name"))
        public class Item {
          @Id Long id;
          @Column(name = "code", unique = true) String code;
          @Column(name = "name") String name;
          @ManyToOne @JoinColumn(name = "parent_id") Item parent;
        }
        """.formatted(table));
  }

  private void compile(String file, String source) {
    EntityCompiler.compile(project.directory().resolve("src"), project.entityClasses(),
        Map.of("com/example/model/" + file, source));
  }
}
