package dev.autogen.schema.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.schema.jpa.fixtures.Fixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityScannerTest {

  private static final Path CLASSES = Fixture.classesDirectory();

  @Test
  void findsEntitiesEmbeddablesAndSubselectEntitiesSortedByName() {
    try (ScannedEntities scanned = EntityScanner.scan(List.of(CLASSES), List.of(Fixture.scenario("collection")))) {
      assertThat(names(scanned)).containsExactly(
          Fixture.scenario("collection") + ".Address",
          Fixture.scenario("collection") + ".Author",
          Fixture.scenario("collection") + ".AuthorSummary",
          Fixture.scenario("collection") + ".Tag");
    }
  }

  @Test
  void findsConverters() {
    try (ScannedEntities scanned = EntityScanner.scan(List.of(CLASSES), List.of(Fixture.scenario("types")))) {
      assertThat(names(scanned)).containsExactly(
          Fixture.scenario("types") + ".AllTypes", Fixture.scenario("types") + ".ColorConverter");
    }
  }

  @Test
  void findsPackagePrivateEntities() {
    try (ScannedEntities scanned = EntityScanner.scan(List.of(CLASSES), List.of(Fixture.scenario("hidden")))) {
      assertThat(names(scanned)).containsExactly(Fixture.scenario("hidden") + ".Secret");
    }
  }

  @Test
  void scansSubpackages() {
    String fixtures = Fixture.class.getPackageName();
    try (ScannedEntities scanned = EntityScanner.scan(List.of(CLASSES), List.of(fixtures))) {
      assertThat(names(scanned)).contains(
          Fixture.scenario("blog") + ".User", Fixture.scenario("hidden") + ".Secret",
          Fixture.scenario("inheritance") + ".Car");
    }
  }

  @Test
  void scansJars(@TempDir Path dir) throws IOException {
    Path jar = jarOf(Fixture.scenario("hidden"), dir.resolve("hidden.jar"));
    try (ScannedEntities scanned = EntityScanner.scan(List.of(jar), List.of())) {
      assertThat(names(scanned)).containsExactly(Fixture.scenario("hidden") + ".Secret");
    }
  }

  @Test
  void namesAMissingClasspathEntry(@TempDir Path dir) {
    Path missing = dir.resolve("target/classes");
    assertThatThrownBy(() -> EntityScanner.scan(List.of(CLASSES, missing), List.of()))
        .isInstanceOf(EntityScanException.class)
        .hasMessage("classpath entry does not exist: " + missing.toAbsolutePath());
  }

  @Test
  void saysWhereItFoundNoEntities() {
    String nowhere = Fixture.scenario("nowhere");
    assertThatThrownBy(() -> EntityScanner.scan(List.of(CLASSES), List.of(nowhere)))
        .isInstanceOf(EntityScanException.class)
        .hasMessage("no @Entity classes found in packages [" + nowhere + "] on classpath [" + CLASSES + "]");
  }

  private static List<String> names(ScannedEntities scanned) {
    return scanned.classes().stream().map(Class::getName).toList();
  }

  private static Path jarOf(String packageName, Path jar) throws IOException {
    Path packageDir = CLASSES.resolve(packageName.replace('.', '/'));
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.list(packageDir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        out.putNextEntry(new JarEntry(CLASSES.relativize(file).toString().replace('\\', '/')));
        Files.copy(file, out);
        out.closeEntry();
      }
    }
    return jar;
  }
}
