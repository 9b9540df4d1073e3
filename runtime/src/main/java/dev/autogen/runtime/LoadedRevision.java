package dev.autogen.runtime;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A migration class ready to run, with what its {@link Revision} annotation says about it.
 *
 * @param compiledSourceChecksum for a class the application compiled, the SHA-256 of its source file's bytes that
 *     the revision index recorded at compile time; {@code null} otherwise
 */
public record LoadedRevision(RevisionInfo info, Class<? extends Migration> type, String compiledSourceChecksum) {

  /** A migration compiled from {@code info.source()}, or one without a known source. */
  public LoadedRevision(RevisionInfo info, Class<? extends Migration> type) {
    this(info, type, null);
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
    return info.source() == null ? type.getName() : info.source().toString();
  }

  /** A fresh instance through the no-arg constructor, which may be package-private like the class. */
  public Migration newInstance() {
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
}
