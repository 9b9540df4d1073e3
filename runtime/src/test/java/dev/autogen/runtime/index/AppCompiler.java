package dev.autogen.runtime.index;

import dev.autogen.runtime.Migration;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles sources as an application's build does: javac with the runtime on the class path and no processor named,
 * so the revision index processor is found through its service file.
 */
final class AppCompiler {

  private AppCompiler() {
  }

  /** What javac said; {@code success} tells whether it compiled. */
  record Result(boolean success, String diagnostics) {
  }

  static Result compile(Path sources, Path classes) {
    return compile(sources, classes, runtimeClasses().toString());
  }

  /** An incremental compile: what {@code classes} already holds is on the class path, as an IDE puts it. */
  static Result compileMore(Path sources, Path classes) {
    return compile(sources, classes, runtimeClasses() + java.io.File.pathSeparator + classes);
  }

  private static Result compile(Path sources, Path classes, String classpath) {
    try (Stream<Path> files = Files.walk(sources)) {
      List<String> arguments = new ArrayList<>(List.of("--release", "17", "-classpath", classpath,
          "-d", classes.toString()));
      files.filter(file -> file.toString().endsWith(".java")).sorted().forEach(file -> arguments.add(file.toString()));
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
      int exit = javac.run(null, diagnostics, diagnostics, arguments.toArray(String[]::new));
      return new Result(exit == 0, diagnostics.toString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The runtime's classes directory (or jar): what an application compiles its migrations against. */
  static Path runtimeClasses() {
    try {
      return Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
