package dev.autogen.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A project's migration scripts: {@code <location>/versions/*.java}. Paths keep the form the location was given in
 * (usually relative), so messages read {@code migrations/versions/R3f2a9c41b7de_AddPhone.java}.
 */
public final class ScriptDirectory {

  private final Path location;

  public ScriptDirectory(Path location) {
    this.location = location;
  }

  public Path location() {
    return location;
  }

  public Path versionsDirectory() {
    return location.resolve("versions");
  }

  /** The version sources, sorted by file name so that every run sees them in the same order. */
  public List<Path> sources() {
    Path versions = requireVersionsDirectory();
    try (Stream<Path> files = Files.list(versions)) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(".java") && Files.isRegularFile(file))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + versions, e);
    }
  }

  /** Writes a new version source; an existing file is never overwritten, since it may hold reviewed edits. */
  public Path write(String fileName, String source) {
    if (!fileName.endsWith(".java") || fileName.contains("/") || fileName.contains("\\")) {
      throw new IllegalArgumentException("not a plain .java file name: " + fileName);
    }
    Path file = requireVersionsDirectory().resolve(fileName);
    try {
      Files.writeString(file, source, StandardOpenOption.CREATE_NEW);
      return file;
    } catch (FileAlreadyExistsException e) {
      throw new ScriptException("'" + file + "' already exists; refusing to overwrite it");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private Path requireVersionsDirectory() {
    Path versions = versionsDirectory();
    if (!Files.isDirectory(versions)) {
      throw new ScriptException(
          "script directory '" + versions + "' not found; run 'autogen init " + location + "' first");
    }
    return versions;
  }
}
