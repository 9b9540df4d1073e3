package dev.autogen.embedded;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL executables, unpacked into a directory only the current user can write
 * ({@code ~/.cache/autogen/postgres/<archive sha-256>}, or under {@code XDG_CACHE_HOME}) and checked before every
 * use: owned by the user, writable by nobody else, and holding exactly what the archive holds (a manifest of every
 * entry's SHA-256 is written when unpacking, into a temporary sibling that is renamed into place only when complete).
 * A directory that fails the check is put aside and unpacked anew; one another user owns is an error.
 */
public final class PostgresBinaries {

  static final String MANIFEST = "autogen-manifest.txt";

  private final Path home;

  private PostgresBinaries(Path home) {
    this.home = home;
  }

  /** Where the binaries are kept: {@code $XDG_CACHE_HOME/autogen/postgres}, by default {@code ~/.cache/...}. */
  public static Path defaultCache() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path cache = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg)
        : Path.of(System.getProperty("user.home"), ".cache");
    return cache.resolve("autogen").resolve("postgres");
  }

  /** The verified binaries of {@code archive} under {@code cache}, unpacked first when missing or not as shipped. */
  static PostgresBinaries prepare(Path cache, BinaryArchive archive) {
    try {
      Path root = OwnerOnly.createDirectories(cache);
      OwnerOnly.requirePrivate(root);
      Path home = root.resolve(archive.sha256().substring(0, 16));
      if (Files.isDirectory(home, LinkOption.NOFOLLOW_LINKS)) {
        String problem = verify(home);
        if (problem == null) {
          return new PostgresBinaries(home);
        }
        String ownership = OwnerOnly.problemWith(home);
        if (ownership != null) {
          throw new EmbeddedServerException(home + " " + ownership + "; remove it and run the command again");
        }
        putAside(home);
      }
      unpack(archive, root, home);
      String problem = verify(home);
      if (problem != null) {
        throw new EmbeddedServerException("the PostgreSQL binaries unpacked into " + home + " fail their check: " + problem);
      }
      return new PostgresBinaries(home);
    } catch (IOException e) {
      throw new EmbeddedServerException("cannot prepare the PostgreSQL binaries in " + cache + ": " + e, e);
    }
  }

  Path home() {
    return home;
  }

  /** {@code bin/NAME} ({@code .exe} on Windows). */
  Path executable(String name) {
    boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
    return home.resolve("bin").resolve(windows ? name + ".exe" : name);
  }

  // --- unpacking

  private static void unpack(BinaryArchive archive, Path root, Path home) throws IOException {
    Path staging = root.resolve(".unpack-" + UUID.randomUUID());
    try {
      OwnerOnly.createDirectories(staging);
      List<String> manifest = new ArrayList<>();
      try (InputStream xz = new XZInputStream(new ByteArrayInputStream(archive.bytes()));
          TarArchiveInputStream tar = new TarArchiveInputStream(xz)) {
        for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
          extract(tar, entry, staging);
        }
      }
      manifest.addAll(describe(staging).values());
      Files.write(staging.resolve(MANIFEST), manifest, StandardCharsets.UTF_8);
      restrict(staging.resolve(MANIFEST), false);
      try {
        Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
        // another process unpacked the same archive at the same time: its copy is checked like any other
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("cannot rename " + staging + " into place atomically", e);
      }
    } finally {
      deleteTree(staging);
    }
  }

  private static void extract(TarArchiveInputStream tar, TarArchiveEntry entry, Path staging) throws IOException {
    Path target = staging.resolve(entry.getName()).normalize();
    if (!target.startsWith(staging) || target.equals(staging)) {
      if (entry.isDirectory() && target.equals(staging)) {
        return;
      }
      throw new IOException("archive entry " + entry.getName() + " points outside the directory");
    }
    if (entry.isDirectory()) {
      OwnerOnly.createDirectories(target);
      return;
    }
    OwnerOnly.createDirectories(target.getParent());
    if (entry.isSymbolicLink()) {
      Path link = Path.of(entry.getLinkName());
      if (link.isAbsolute() || !target.getParent().resolve(link).normalize().startsWith(staging)) {
        throw new IOException("archive entry " + entry.getName() + " links outside the directory");
      }
      Files.createSymbolicLink(target, link);
    } else if (entry.isLink()) {
      Path original = staging.resolve(entry.getLinkName()).normalize();
      if (!original.startsWith(staging)) {
        throw new IOException("archive entry " + entry.getName() + " links outside the directory");
      }
      Files.copy(original, target);
    } else if (entry.isFile()) {
      Files.copy(tar, target);
      restrict(target, (entry.getMode() & 0100) != 0 || entry.getName().replaceFirst("^\\./", "").startsWith("bin/"));
    } else {
      throw new IOException("archive entry " + entry.getName() + " is neither a file, a directory nor a link");
    }
  }

  private static void restrict(Path file, boolean executable) throws IOException {
    if (OwnerOnly.supported()) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(executable ? "rwx------" : "rw-------"));
    }
  }

  // --- checking

  /** Why {@code home} is not exactly the unpacked archive, writable by its owner only; null when it is. */
  static String verify(Path home) throws IOException {
    String homeOwnership = OwnerOnly.problemWith(home);
    if (homeOwnership != null) {
      return "the directory " + homeOwnership;
    }
    Path manifestFile = home.resolve(MANIFEST);
    if (!Files.isRegularFile(manifestFile, LinkOption.NOFOLLOW_LINKS)) {
      return "no " + MANIFEST;
    }
    String ownership = OwnerOnly.problemWith(manifestFile);
    if (ownership != null) {
      return MANIFEST + " " + ownership;
    }
    List<String> expected = Files.readAllLines(manifestFile, StandardCharsets.UTF_8);
    TreeMap<String, String> actual = describe(home);
    for (String line : expected) {
      String path = line.substring(line.indexOf('\t') + 1, line.indexOf('\t', line.indexOf('\t') + 1));
      String found = actual.remove(path);
      if (!line.equals(found)) {
        return found == null ? path + " is missing" : path + " differs from the archive";
      }
      String problem = OwnerOnly.problemWith(home.resolve(path));
      if (problem != null) {
        return path + " " + problem;
      }
    }
    actual.remove(MANIFEST);
    return actual.isEmpty() ? null : actual.firstKey() + " is not part of the archive";
  }

  /** One line per entry under {@code root}, by relative path: kind, path, and content hash or link target. */
  private static TreeMap<String, String> describe(Path root) throws IOException {
    TreeMap<String, String> lines = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        if (path.equals(root)) {
          continue;
        }
        String relative = root.relativize(path).toString().replace('\\', '/');
        if (relative.equals(MANIFEST)) {
          lines.put(relative, "manifest\t" + relative + "\t");
        } else if (Files.isSymbolicLink(path)) {
          lines.put(relative, "link\t" + relative + "\t" + Files.readSymbolicLink(path));
        } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
          lines.put(relative, "dir\t" + relative + "\t");
        } else {
          lines.put(relative, "file\t" + relative + "\t" + BinaryArchive.sha256(Files.readAllBytes(path))
              + (Files.isExecutable(path) ? " x" : ""));
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return lines;
  }

  private static void putAside(Path home) throws IOException {
    Path aside = home.resolveSibling(".rejected-" + UUID.randomUUID());
    // renamed first, so a server still running from it keeps its files while a fresh copy takes its place
    Files.move(home, aside, StandardCopyOption.ATOMIC_MOVE);
    deleteTree(aside);
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(path);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
