package dev.autogen.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MigrationFileRendererTest {

  /** Where a mismatching render is written, so a reviewed change can be copied over the golden file. */
  private static final Path ACTUAL = Path.of("target", "golden-actual");

  private final MigrationFileRenderer renderer = new MigrationFileRenderer();

  static Stream<Arguments> goldenFiles() {
    return Stream.of(
        Arguments.of("add-column", RevisionFixtures.addColumn()),
        Arguments.of("create-tables", RevisionFixtures.createTables()),
        Arguments.of("drop-table", RevisionFixtures.dropTable()),
        Arguments.of("alter-column", RevisionFixtures.alterColumn()),
        Arguments.of("sequences", RevisionFixtures.sequences()),
        Arguments.of("renames", RevisionFixtures.renames()),
        Arguments.of("checks", RevisionFixtures.checks()),
        Arguments.of("schemas", RevisionFixtures.schemas()),
        Arguments.of("keys-and-indexes", RevisionFixtures.keysAndIndexes()),
        Arguments.of("comments", RevisionFixtures.comments()),
        Arguments.of("generated-columns", RevisionFixtures.generatedColumns()),
        Arguments.of("serial-to-identity", RevisionFixtures.serialToIdentity()),
        Arguments.of("enums", RevisionFixtures.enums()),
        Arguments.of("safe-forms", RevisionFixtures.safeForms()),
        Arguments.of("empty", RevisionFixtures.empty()),
        Arguments.of("merge", RevisionFixtures.merge()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void rendersTheGoldenFile(String name, RevisionSource source) throws IOException {
    RenderedMigration rendered = renderer.render(source);
    String golden = golden(name);
    if (!rendered.source().equals(golden)) {
      Files.createDirectories(ACTUAL);
      Files.writeString(ACTUAL.resolve(name + ".java"), rendered.source());
    }
    assertThat(rendered.source()).isEqualTo(golden);
    assertThat(rendered.fileName()).isEqualTo(golden.lines()
        .filter(line -> line.startsWith("public final class "))
        .map(line -> line.split(" ")[3] + ".java")
        .findFirst().orElseThrow());
  }

  @org.junit.jupiter.api.Test
  void aPackageIsDeclaredAboveTheSameFile() {
    RenderedMigration plain = renderer.render(RevisionFixtures.addColumn());

    RenderedMigration packaged = renderer.render(RevisionFixtures.addColumn(), "com.example.db.versions");

    assertThat(packaged.fileName()).isEqualTo(plain.fileName());
    assertThat(packaged.source()).isEqualTo("package com.example.db.versions;\n\n" + plain.source());
    assertThat(renderer.render(RevisionFixtures.addColumn(), "").source()).isEqualTo(plain.source());
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = MigrationFileRendererTest.class.getResourceAsStream("/golden/" + name + ".java")) {
      return in == null ? "(no golden file " + name + ".java)" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
