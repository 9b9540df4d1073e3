package dev.autogen.runtime;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A migration class ready to run, with what its {@link Revision} annotation says about it. The class itself may be
 * loaded only when a step runs it ({@link #deferred}): building the graph and finding nothing pending needs the
 * {@link #info()} alone.
 */
public final class LoadedRevision {

  private final RevisionInfo info;
  private final String className;
  private final Supplier<Class<? extends Migration>> loader;
  private final String compiledSourceChecksum;
  private Class<? extends Migration> type;

  /**
   * @param compiledSourceChecksum for a class the application compiled, the SHA-256 of its source file's bytes that
   *     the revision index recorded at compile time; {@code null} otherwise
   */
  public LoadedRevision(RevisionInfo info, Class<? extends Migration> type, String compiledSourceChecksum) {
    this(info, type.getName(), () -> type, compiledSourceChecksum);
    this.type = type;
  }

  /** A migration compiled from {@code info.source()}, or one without a known source. */
  public LoadedRevision(RevisionInfo info, Class<? extends Migration> type) {
    this(info, type, null);
  }

  private LoadedRevision(RevisionInfo info, String className, Supplier<Class<? extends Migration>> loader,
      String compiledSourceChecksum) {
    this.info = Objects.requireNonNull(info, "info");
    this.className = Objects.requireNonNull(className, "className");
    this.loader = loader;
    this.compiledSourceChecksum = compiledSourceChecksum;
  }

  /**
   * A revision whose class {@code loader} loads the first time it is needed (to run or to instantiate it), and at
   * most once.
   */
  public static LoadedRevision deferred(RevisionInfo info, String className,
      Supplier<Class<? extends Migration>> loader, String compiledSourceChecksum) {
    return new LoadedRevision(info, className, loader, compiledSourceChecksum);
  }

  /**
   * Migrations an application compiled with its own build, as Flyway and Liquibase users ship them: no sources, no
   * compiler at run time.
   */
  public static List<LoadedRevision> fromClasses(List<Class<? extends Migration>> types) {
    return types.stream().map(type -> of(type, null)).collect(Collectors.toList());
  }

  /** @param source the file the class was compiled from, or {@code null} */
  public static LoadedRevision of(Class<? extends Migration> type, Path source) {
    Revision revision = type.getAnnotation(Revision.class);
    if (revision == null) {
      throw new RevisionException("Migration " + type.getName() + " has no @Revision annotation");
    }
    return new LoadedRevision(RevisionInfo.of(revision, source), type);
  }

  public RevisionInfo info() {
    return info;
  }

  /** The binary name of the migration class, known without loading it. */
  public String className() {
    return className;
  }

  /** The migration class, loaded now if it was deferred. */
  public synchronized Class<? extends Migration> type() {
    if (type == null) {
      type = loader.get();
    }
    return type;
  }

  public String compiledSourceChecksum() {
    return compiledSourceChecksum;
  }

  /**
   * The SHA-256 of the bytes the migration was compiled from: its source file's now, or those the revision index
   * recorded when the application compiled it; {@code null} when neither is known. The command line and an
   * application that compiled the same file record the same value.
   */
  public String fileChecksum() {
    return info.source() != null ? MigrationChecksum.ofFile(info.source()) : compiledSourceChecksum;
  }

  /** Where the migration came from, for messages: its source file, else its class. */
  public String location() {
    return info.source() == null ? className : info.source().toString();
  }

  /** A fresh instance through the no-arg constructor, which may be package-private like the class. */
  public Migration newInstance() {
    Class<? extends Migration> type = type();
    try {
      Constructor<? extends Migration> constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      return constructor.newInstance();
    } catch (InvocationTargetException e) {
      throw new RevisionException("Constructor of " + type.getName() + " failed: " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new RevisionException("Cannot instantiate " + type.getName() + "; it needs a no-arg constructor", e);
    }
  }

  @Override
  public String toString() {
    return "LoadedRevision[" + info.id() + ", " + className + "]";
  }
}
