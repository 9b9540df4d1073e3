package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * What {@code mvn -q compile} does for a project's entities: compiles Java sources into its classes directory
 * (emptied first, so a removed class is gone), against the test JVM's class path, which holds jakarta.persistence.
 */
final class EntityCompiler {

  private EntityCompiler() {
  }

  /** @param sources file name relative to the source root (e.g. {@code com/example/model/User.java}) to source */
  static void compile(Path sourceRoot, Path classes, Map<String, String> sources) {
    deleteRecursively(classes);
    List<String> arguments = new ArrayList<>(List.of(
        "-proc:none", "-nowarn", "--release", "17",
        "-classpath", System.getProperty("java.class.path"),
        "-d", classes.toString()));
    sources.forEach((name, source) -> {
      Path file = sourceRoot.resolve(name);
      CliProject.write(file, source);
      arguments.add(file.toString());
    });
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status = compiler.run(null, diagnostics, diagnostics, arguments.toArray(String[]::new));
    assertThat(status).as("javac: %s", diagnostics.toString(StandardCharsets.UTF_8)).isZero();
  }

  private static void deleteRecursively(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
