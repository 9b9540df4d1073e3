package dev.autogen.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Writes a model's entity sources under {@code <dir>/src} and compiles them into {@code <dir>/classes}. */
final class ModelCompiler {

  /** Returns the classes directory. */
  Path compile(ModelSpec model, Path dir) throws IOException {
    Path sources = dir.resolve("src").resolve(ModelSpec.PACKAGE.replace('.', '/'));
    Path classes = dir.resolve("classes");
    Files.createDirectories(sources);
    Files.createDirectories(classes);
    EntitySourceWriter writer = new EntitySourceWriter();
    List<Path> files = new ArrayList<>();
    files.add(Files.writeString(sources.resolve("Status.java"), EntitySourceWriter.STATUS_ENUM));
    for (TableSpec table : model.tables()) {
      files.add(Files.writeString(sources.resolve(table.className() + ".java"), writer.write(table)));
    }
    compileSources(files, classes, sources);
    return classes;
  }

  /** Compiles {@code files} against the harness's class path (JPA's annotations) into {@code classes}. */
  static void compileSources(List<Path> files, Path classes, Path sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, null)) {
      Iterable<? extends JavaFileObject> units = fileManager.getJavaFileObjectsFromPaths(files);
      List<String> options = List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
          "--release", "17", "-proc:none", "-nowarn");
      if (!javac.getTask(null, fileManager, null, options, null, units).call()) {
        throw new IllegalStateException("the generated entities in " + sources + " do not compile");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
