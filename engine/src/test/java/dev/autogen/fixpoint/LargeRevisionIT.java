package dev.autogen.fixpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.command.AutogenConfig;
import dev.autogen.command.LintRequest;
import dev.autogen.command.Project;
import dev.autogen.command.RevisionRequest;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The initial revision of a model of 1000 entities is larger than one Java method may be: it is written in parts,
 * compiles, applies, and leaves nothing for {@code check} to find, online or replayed offline.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class LargeRevisionIT {

  private static final int ENTITIES = 1000;
  private static final String PACKAGE = "bigmodel";
  private static final String ID = "b16b16b16b16";
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

  @Test
  void aRevisionOf1000EntitiesAppliesAndCheckFindsNothing(TestDatabase db, @TempDir Path dir) throws Exception {
    Path migrations = Files.createDirectories(dir.resolve("migrations").resolve("versions")).getParent();
    AutogenConfig config = AutogenConfig.builder(dir.resolve("autogen.properties"), migrations)
        .url(db.jdbcUrl()).user(db.user()).password(db.password())
        .entityPackages(List.of(PACKAGE)).entityClasspath(List.of(compileEntities(dir)))
        .build();
    List<String> output = new ArrayList<>();

    try (Project project = new Project(config, output::add, CLOCK)) {
      project.revision(new RevisionRequest("initial schema", false, false, ID), output::add);
      Path file = onlyFile(migrations.resolve("versions"));
      String source = Files.readString(file);
      assertThat(source).contains("    upgradePart1(op);\n", "  private void upgradePart2(Operations op) {\n",
          "    downgradePart1(op);\n");
      assertThat(project.heads()).singleElement().satisfies(head -> assertThat(head).contains(ID));

      project.upgrade("head", output::add);
      assertThat(project.check(output::add).differences()).as("check after upgrade").isEmpty();
      // applied again: the checksum of the split upgrade still matches the one recorded
      project.upgrade("head", output::add);
      assertThat(project.lint(new LintRequest(ID, false, null)).revisions()).hasSize(1);
    }

    AutogenConfig offline = config.toBuilder().url(config.url().replaceFirst("//[^/]+/", "//127.0.0.1:1/"))
        .offlineAutogenerate(true).build();
    try (Project project = new Project(offline, output::add, CLOCK)) {
      assertThat(project.check(output::add).differences()).as("check replayed offline").isEmpty();
    }
  }

  private static Path onlyFile(Path versions) throws IOException {
    try (Stream<Path> files = Files.list(versions)) {
      return files.filter(file -> file.toString().endsWith(".java")).reduce((a, b) -> {
        throw new AssertionError("more than one revision: " + a + ", " + b);
      }).orElseThrow();
    }
  }

  /** Entities shaped like an application's: a key, nine columns, a unique constraint, two indexes, a parent. */
  private static Path compileEntities(Path dir) throws Exception {
    Path sources = Files.createDirectories(dir.resolve("src").resolve(PACKAGE));
    List<String> arguments = new ArrayList<>(List.of("-proc:none", "-d",
        Files.createDirectories(dir.resolve("classes")).toString(), "-classpath",
        Path.of(Entity.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString()));
    for (int i = 0; i < ENTITIES; i++) {
      Path source = sources.resolve("Entity" + i + ".java");
      Files.writeString(source, entity(i));
      arguments.add(source.toString());
    }
    assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, arguments.toArray(String[]::new)))
        .isZero();
    return dir.resolve("classes");
  }

  private static String entity(int i) {
    String table = "entity_" + i;
    return "package " + PACKAGE + ";\n\n"
        + "import jakarta.persistence.*;\n\n"
        + "@Entity\n"
        + "@Table(name = \"" + table + "\",\n"
        + "    uniqueConstraints = @UniqueConstraint(name = \"uk_" + table + "_code\","
        + " columnNames = {\"code\", \"valid_from\"}),\n"
        + "    indexes = {@Index(name = \"ix_" + table + "_name\", columnList = \"name\"),\n"
        + "        @Index(name = \"ix_" + table + "_created\", columnList = \"created_at, active\")})\n"
        + "public class Entity" + i + " {\n"
        + "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;\n"
        + "  @Column(nullable = false, length = " + (100 + i % 50) + ") private String name;\n"
        + "  @Column(nullable = false, length = 32) private String code;\n"
        + "  private Integer quantity;\n"
        + "  @Column(precision = 12, scale = 2) private java.math.BigDecimal price;\n"
        + "  @Column(nullable = false) private Boolean active;\n"
        + "  @Column(name = \"valid_from\") private java.time.LocalDate validFrom;\n"
        + "  @Column(name = \"created_at\") private java.time.Instant createdAt;\n"
        + "  @Column(name = \"external_id\") private java.util.UUID externalId;\n"
        + "  private byte[] payload;\n"
        + (i == 0 ? "" : "  @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = \"parent_id\") private Entity"
            + (i - 1) + " parent;\n")
        + "}\n";
  }
}
