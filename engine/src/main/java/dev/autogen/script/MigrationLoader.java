package dev.autogen.script;

import dev.autogen.runtime.LoadedRevision;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Revision;
import dev.autogen.runtime.RevisionInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns the version sources into runnable migrations: compiles them in memory, then checks that each file declares
 * exactly one {@code @Revision} class implementing {@link Migration}, with a well-formed id no other file uses.
 *
 * <p>Applications that compile their migrations themselves skip this and use {@link LoadedRevision#fromClasses}.
 */
public final class MigrationLoader {

  private final MigrationCompiler compiler;

  public MigrationLoader() {
    this(List.of());
  }

  /** @param extraClasspath entries the migrations may use besides the engine, such as the application's classes */
  public MigrationLoader(List<Path> extraClasspath) {
    this(extraClasspath, null);
  }

  /**
   * @param extraClasspath entries the migrations may use besides the engine
   * @param cacheDirectory where compiled classes are kept between runs (keyed by content), or {@code null}
   */
  public MigrationLoader(List<Path> extraClasspath, Path cacheDirectory) {
    this.compiler = new MigrationCompiler(extraClasspath, cacheDirectory);
  }

  /** The revisions the sources declare, in the order of the sources. */
  public List<LoadedRevision> load(List<Path> sources) {
    if (sources.isEmpty()) {
      return List.of();
    }
    MigrationCompiler.Compiled compiled = compiler.compile(sources);
    List<LoadedRevision> revisions = new ArrayList<>();
    RevisionChecks checks = new RevisionChecks();
    compiled.classesBySource().forEach((source, classNames) -> {
      LoadedRevision revision = revisionOf(source, topLevelClasses(compiled.loader(), classNames));
      checks.unique(source, revision.info().id());
      revisions.add(revision);
    });
    return revisions;
  }

  private static LoadedRevision revisionOf(Path source, List<Class<?>> classes) {
    List<Class<?>> annotated = classes.stream()
        .filter(type -> type.isAnnotationPresent(Revision.class))
        .collect(Collectors.toList());
    if (annotated.isEmpty()) {
      throw new ScriptException(source + ": no class annotated @Revision"
          + (classes.isEmpty() ? "" : " (found " + names(classes) + ")"));
    }
    if (annotated.size() > 1) {
      throw new ScriptException(source + ": several classes annotated @Revision (" + names(annotated)
          + "); declare one revision per file");
    }
    Class<?> type = annotated.get(0);
    if (!Migration.class.isAssignableFrom(type)) {
      throw new ScriptException(
          source + ": class " + type.getName() + " does not implement " + Migration.class.getName());
    }
    Revision revision = type.getAnnotation(Revision.class);
    RevisionChecks.wellFormed(source, revision.id(), List.of(revision.revises()), List.of(revision.dependsOn()),
        List.of(revision.replaces()));
    return new LoadedRevision(RevisionInfo.of(revision, source), type.asSubclass(Migration.class));
  }

  private static List<Class<?>> topLevelClasses(ClassLoader loader, List<String> classNames) {
    List<Class<?>> classes = new ArrayList<>();
    for (String name : classNames) {
      try {
        Class<?> type = Class.forName(name, false, loader);
        if (type.getEnclosingClass() == null) {
          classes.add(type);
        }
      } catch (ClassNotFoundException | LinkageError e) {
        throw new ScriptException("cannot load compiled migration class " + name + ": " + e, e);
      }
    }
    return classes;
  }

  private static String names(List<Class<?>> classes) {
    return classes.stream().map(Class::getName).collect(Collectors.joining(", "));
  }
}
