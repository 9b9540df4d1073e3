package dev.autogen.script;

import dev.autogen.runtime.Migration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Class files of compiled migrations on disk, keyed by a hash of the source's bytes, the engine build and the extra
 * class path: a second run over unchanged sources pays no compilation, and editing a file (or upgrading autogen)
 * recompiles just what changed. Entries are written to a temporary directory and renamed into place, so concurrent
 * runs never see half an entry.
 */
final class CompiledClassCache {

  private static final String FORMAT = "autogen-compiled-migration-v1";

  private final Path directory;
  private final String stamp;

  CompiledClassCache(Path directory, List<Path> extraClasspath) {
    this.directory = directory;
    this.stamp = FORMAT + "\n" + engineStamp() + "\n" + extraClasspath;
  }

  String key(Path source) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(stamp.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(Files.readAllBytes(source));
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The class files (binary name to bytes) cached for {@code key}, if any. */
  Optional<Map<String, byte[]>> get(String key) {
    Path entry = directory.resolve(key);
    if (!Files.isDirectory(entry)) {
      return Optional.empty();
    }
    Map<String, byte[]> classes = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(entry)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        classes.put(name.substring(0, name.length() - ".class".length()), Files.readAllBytes(file));
      }
    } catch (IOException e) {
      return Optional.empty(); // an unreadable entry is recompiled, never trusted
    }
    return classes.isEmpty() ? Optional.empty() : Optional.of(classes);
  }

  void put(String key, Map<String, byte[]> classes) {
    try {
      Files.createDirectories(directory);
      Path staging = Files.createTempDirectory(directory, key + ".tmp");
      for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
        Files.write(staging.resolve(entry.getKey() + ".class"), entry.getValue());
      }
      try {
        Files.move(staging, directory.resolve(key), StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
        deleteTree(staging); // another run cached the same source first
      } catch (IOException e) {
        deleteTree(staging);
        if (!Files.isDirectory(directory.resolve(key))) {
          throw e;
        }
      }
    } catch (IOException e) {
      // the cache only saves time: a failure to write it must not fail the command
    }
  }

  /** Identifies the engine build, so classes compiled against another one are not reused. */
  private static String engineStamp() {
    try {
      Path engine = Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path marker = Files.isDirectory(engine)
          ? engine.resolve(Migration.class.getName().replace('.', '/') + ".class")
          : engine;
      return engine + ":" + Files.size(marker) + ":" + Files.getLastModifiedTime(marker).toMillis();
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return "unknown-engine";
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // a stray temporary directory is harmless
    }
  }
}
