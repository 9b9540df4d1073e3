package dev.autogen.script;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The in-process javac, set up in one place for both of its uses: compiling migrations ({@link MigrationCompiler}) and
 * parsing their headers ({@link RevisionHeaderReader}). Root locale and UTF-8 for every file, the sources as units
 * whose diagnostics map back to the paths they were given as, and one error when the JRE has no compiler.
 */
final class InProcessJavac implements AutoCloseable {

  private final JavaCompiler compiler;
  private final DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
  private final StandardJavaFileManager files;

  /** @param need what the compiler is for, as the error names it when there is none: "reading migrations" */
  InProcessJavac(String need) {
    compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new ScriptException(need + " needs a JDK; " + System.getProperty("java.home") + " has no Java compiler");
    }
    files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
  }

  JavaCompiler compiler() {
    return compiler;
  }

  StandardJavaFileManager files() {
    return files;
  }

  DiagnosticCollector<JavaFileObject> diagnostics() {
    return diagnostics;
  }

  @Override
  public void close() throws IOException {
    files.close();
  }

  /** The compilation units of {@code sources}, in their order, each remembering the path it was given as. */
  Units units(List<Path> sources) {
    List<JavaFileObject> units = new ArrayList<>();
    files.getJavaFileObjectsFromPaths(sources).forEach(units::add);
    Map<URI, Path> pathsByUri = new HashMap<>();
    for (int i = 0; i < sources.size(); i++) {
      pathsByUri.put(units.get(i).toUri(), sources.get(i));
    }
    return new Units(units, pathsByUri);
  }

  /** Compilation units and the paths their diagnostics name. */
  record Units(List<JavaFileObject> units, Map<URI, Path> pathsByUri) {

    /** {@code migrations/versions/R1_X.java:12: } for a diagnostic in a source, nothing for one without. */
    String where(Diagnostic<? extends JavaFileObject> diagnostic) {
      return diagnostic.getSource() == null
          ? "" : pathsByUri.get(diagnostic.getSource().toUri()) + ":" + diagnostic.getLineNumber() + ": ";
    }

    Path pathOf(URI uri) {
      return pathsByUri.get(uri);
    }
  }
}
