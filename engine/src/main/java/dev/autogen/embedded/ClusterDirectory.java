package dev.autogen.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Makes the data directory a complete PostgreSQL cluster that asks for a password, without ever losing one that
 * holds data:
 * <ul>
 *   <li>a new cluster is made by {@code initdb} in a temporary sibling and renamed into place only when complete, so
 *   an interrupted first start leaves a leftover sibling (removed next time), never a half-made data directory;</li>
 *   <li>a half-made data directory from an older autogen (initdb's files only, and no server ever started on it:
 *   no {@code postmaster.opts}) holds no data and is made anew;</li>
 *   <li>a cluster an older autogen made with {@code trust} authentication gets a password (set in single-user mode,
 *   so it is never reachable without one);</li>
 *   <li>anything else that is not a cluster is left untouched, with a one-line error saying what to do.</li>
 * </ul>
 */
final class ClusterDirectory {

  static final String PASSWORD_FILE = "autogen.password";
  static final String SUPERUSER = "postgres";
  private static final String STAGING_INFIX = ".initdb-";
  /** Written by every postmaster start and never removed: its absence proves no server ever ran on the directory. */
  private static final String POSTMASTER_OPTS = "postmaster.opts";
  private static final Set<String> INITDB_FILES = Set.of("PG_VERSION", "postgresql.conf", "postgresql.auto.conf",
      "pg_hba.conf", "pg_ident.conf", "global", "base", "epg-lock");
  private static final String PG_HBA = "# Written by autogen: connections over 127.0.0.1 only, with the password kept in "
      + PASSWORD_FILE + ".\nhost all all 127.0.0.1/32 scram-sha-256\n";

  private final Path dataDirectory;
  private final PostgresCommands commands;
  private final boolean durable;

  ClusterDirectory(Path dataDirectory, PostgresCommands commands, boolean durable) {
    this.dataDirectory = dataDirectory;
    this.commands = commands;
    this.durable = durable;
  }

  /** Makes sure the data directory is a complete cluster with a password; returns the password. */
  String prepare(Consumer<String> notes) {
    try {
      removeStagingLeftovers();
      if (isEmptyOrMissing()) {
        Files.deleteIfExists(dataDirectory);
        return initialize();
      }
      if (Files.isRegularFile(dataDirectory.resolve(PASSWORD_FILE))) {
        return Files.readString(dataDirectory.resolve(PASSWORD_FILE), StandardCharsets.US_ASCII).strip();
      }
      if (Files.exists(dataDirectory.resolve(POSTMASTER_OPTS))) {
        notes.accept("Setting a password on " + dataDirectory + ": an older autogen made it open to every local user");
        return addPassword();
      }
      if (holdsOnlyInitdbFiles()) {
        notes.accept("Removing " + dataDirectory + ": an interrupted first start left it half-initialised"
            + " (no server ever ran on it, so it holds no data)");
        PostgresBinaries.deleteTree(dataDirectory);
        return initialize();
      }
      throw new EmbeddedServerException(dataDirectory + " is not a PostgreSQL data directory autogen made (no "
          + PASSWORD_FILE + ", no " + POSTMASTER_OPTS + "); it is left untouched: move it away and run the command"
          + " again");
    } catch (IOException e) {
      throw new EmbeddedServerException("cannot prepare the data directory " + dataDirectory + ": " + e.getMessage(), e);
    }
  }

  // --- a new cluster, made aside and renamed into place

  private String initialize() throws IOException {
    String password = newPassword();
    Path staging = dataDirectory.resolveSibling(dataDirectory.getFileName() + STAGING_INFIX + UUID.randomUUID());
    Path passwordInput = staging.resolveSibling(staging.getFileName() + ".pw");
    try {
      OwnerOnly.createDirectories(staging);
      writePrivate(passwordInput, password);
      List<String> arguments = new ArrayList<>(List.of("-D", staging.toString(), "-U", SUPERUSER, "-E", "UTF-8",
          "--auth-host=scram-sha-256", "--auth-local=scram-sha-256", "--pwfile=" + passwordInput));
      if (!durable) {
        arguments.add("--no-sync");
      }
      commands.run("initdb of " + dataDirectory, "initdb", arguments, null, 600);
      Files.writeString(staging.resolve("pg_hba.conf"), PG_HBA, StandardCharsets.US_ASCII);
      writePrivate(staging.resolve(PASSWORD_FILE), password);
      Files.move(staging, dataDirectory, StandardCopyOption.ATOMIC_MOVE);
      syncDirectory(dataDirectory.getParent());
      return password;
    } finally {
      Files.deleteIfExists(passwordInput);
      PostgresBinaries.deleteTree(staging);
    }
  }

  /** Staging directories (and password inputs) of initdb runs that were interrupted; no server ever ran on them. */
  private void removeStagingLeftovers() throws IOException {
    Path parent = dataDirectory.getParent();
    if (!Files.isDirectory(parent)) {
      return;
    }
    String prefix = dataDirectory.getFileName() + STAGING_INFIX;
    List<Path> leftovers = new ArrayList<>();
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, entry -> entry.getFileName().toString().startsWith(prefix))) {
      siblings.forEach(leftovers::add);
    }
    for (Path leftover : leftovers) {
      if (!Files.exists(leftover.resolve(POSTMASTER_OPTS))) {
        try {
          PostgresBinaries.deleteTree(leftover);
        } catch (IOException e) {
          // an initdb orphaned by a killed process may still be writing there: removed next time
        }
      }
    }
  }

  private boolean isEmptyOrMissing() throws IOException {
    if (!Files.exists(dataDirectory)) {
      return true;
    }
    try (Stream<Path> entries = Files.list(dataDirectory)) {
      return entries.findAny().isEmpty();
    }
  }

  private boolean holdsOnlyInitdbFiles() throws IOException {
    try (Stream<Path> entries = Files.list(dataDirectory)) {
      return entries.map(entry -> entry.getFileName().toString())
          .allMatch(name -> INITDB_FILES.contains(name) || name.startsWith("pg_"));
    }
  }

  // --- a cluster an older autogen made with trust authentication

  private String addPassword() throws IOException {
    String password = newPassword();
    // single-user mode takes no connections: the cluster is never open to anyone while it changes
    commands.run("setting a password on " + dataDirectory, "postgres",
        List.of("--single", "-D", dataDirectory.toString(), "-c", "listen_addresses=", SUPERUSER),
        "ALTER ROLE " + SUPERUSER + " PASSWORD '" + password + "';\n", 300);
    Files.writeString(dataDirectory.resolve("pg_hba.conf"), PG_HBA, StandardCharsets.US_ASCII);
    writePrivate(dataDirectory.resolve(PASSWORD_FILE), password);
    return password;
  }

  // --- files

  /** 24 random bytes, URL-safe base64: nothing that needs quoting in SQL or a file. */
  private static String newPassword() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static void writePrivate(Path file, String content) throws IOException {
    if (OwnerOnly.supported()) {
      Files.deleteIfExists(file);
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
    Files.writeString(file, content + "\n", StandardCharsets.US_ASCII);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
  }

  /** Makes a rename in {@code directory} durable (where the platform can open a directory). */
  private static void syncDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Windows cannot open a directory; its file system journals renames anyway
    }
  }
}
