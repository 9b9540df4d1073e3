package dev.autogen.script;

import dev.autogen.runtime.Migration;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Compiles migration sources in memory, all in one pass, against the engine and an optional extra class path. */
final class MigrationCompiler {

  /** What came out: the loader defining the classes, and their binary names per source file. */
  record Compiled(ClassLoader loader, Map<Path, List<String>> classesBySource) {
  }

  private final List<Path> extraClasspath;
  private final CompiledClassCache cache;

  /** @param cacheDirectory where compiled classes are kept between runs, or {@code null} for none */
  MigrationCompiler(List<Path> extraClasspath, Path cacheDirectory) {
    this.extraClasspath = List.copyOf(extraClasspath);
    this.cache = cacheDirectory == null ? null : new CompiledClassCache(cacheDirectory, this.extraClasspath);
  }

  /** Compiles what the cache does not hold, all in one javac pass, and loads every source's classes. */
  Compiled compile(List<Path> sources) {
    Map<Path, Map<String, byte[]>> classesBySource = new LinkedHashMap<>();
    Map<Path, String> keys = new HashMap<>();
    List<Path> misses = new ArrayList<>();
    for (Path source : sources) {
      classesBySource.put(source, null);
      if (cache == null) {
        misses.add(source);
        continue;
      }
      String key = cache.key(source);
      keys.put(source, key);
      cache.get(key).ifPresentOrElse(classes -> classesBySource.put(source, classes), () -> misses.add(source));
    }
    if (!misses.isEmpty()) {
      compileFresh(misses).forEach((source, classes) -> {
        classesBySource.put(source, classes);
        if (cache != null) {
          cache.put(keys.get(source), classes);
        }
      });
    }
    Map<String, byte[]> allClasses = new HashMap<>();
    Map<Path, List<String>> namesBySource = new LinkedHashMap<>();
    classesBySource.forEach((source, classes) -> {
      allClasses.putAll(classes);
      namesBySource.put(source, new ArrayList<>(classes.keySet()));
    });
    ClassLoader loader = new InMemoryClassLoader(allClasses, urls(extraClasspath), Migration.class.getClassLoader());
    return new Compiled(loader, namesBySource);
  }

  private Map<Path, Map<String, byte[]>> compileFresh(List<Path> sources) {
    try (InProcessJavac javac = new InProcessJavac("Migrations are compiled when they run, which");
        InMemoryClassOutput output = new InMemoryClassOutput(javac.files())) {
      InProcessJavac.Units units = javac.units(sources);
      List<String> options = List.of("-proc:none", "--release", "17", "-classpath", classpath());
      if (!javac.compiler().getTask(null, output, javac.diagnostics(), options, null, units.units()).call()) {
        throw compileError(javac.diagnostics().getDiagnostics(), units);
      }
      Map<Path, Map<String, byte[]>> classesBySource = new LinkedHashMap<>();
      sources.forEach(source -> classesBySource.put(source, new LinkedHashMap<>()));
      output.classes().forEach((className, bytes) ->
          classesBySource.get(units.pathOf(output.sourceOf(className))).put(className, bytes));
      return classesBySource;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot compile migrations", e);
    }
  }

  /** The engine's own location (its classes directory, or the jar it was shaded into) and the extra entries. */
  private String classpath() {
    try {
      Path engine = Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Stream.concat(Stream.of(engine), extraClasspath.stream())
          .map(Path::toString)
          .collect(Collectors.joining(File.pathSeparator));
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the engine's classes", e);
    }
  }

  private static URL[] urls(List<Path> paths) {
    URL[] urls = new URL[paths.size()];
    for (int i = 0; i < urls.length; i++) {
      try {
        urls[i] = paths.get(i).toUri().toURL();
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException("not a class path entry: " + paths.get(i), e);
      }
    }
    return urls;
  }

  /** {@code migrations/versions/R1_X.java:12: cannot find symbol; symbol: ...}, the first error on one line. */
  private static MigrationCompileException compileError(
      List<Diagnostic<? extends JavaFileObject>> diagnostics, InProcessJavac.Units units) {
    List<Diagnostic<? extends JavaFileObject>> errors = diagnostics.stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .collect(Collectors.toList());
    Diagnostic<? extends JavaFileObject> first = errors.get(0);
    String where = units.where(first);
    String what = first.getMessage(Locale.ROOT).lines().map(String::strip).collect(Collectors.joining("; "));
    int more = errors.size() - 1;
    String rest = more == 0 ? "" : " (and " + more + " more error" + (more == 1 ? "" : "s") + ")";
    return new MigrationCompileException(where + what + rest);
  }
}
