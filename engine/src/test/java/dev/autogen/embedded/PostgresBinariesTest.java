package dev.autogen.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The binaries are unpacked where only the user can write and checked before each use, so nobody else can plant
 * an executable that would run as the user (no database needed: nothing is started).
 */
class PostgresBinariesTest {

  private static BinaryArchive archive;
  /** Unpacked once for the class: each test works on a copy, and unpacks only when it tests unpacking again. */
  private static Path unpacked;

  @TempDir
  static Path shared;

  @TempDir
  Path cache;

  @BeforeAll
  static void unpackOnce() {
    archive = BinaryArchive.forThisMachine();
    unpacked = PostgresBinaries.prepare(shared.resolve("cache"), archive).home();
  }

  /** {@code cache} holding a copy of the unpacked binaries, owner, modes and links kept. */
  private PostgresBinaries copied() throws IOException {
    Path home = cache.resolve(unpacked.getFileName());
    try (Stream<Path> paths = Files.walk(unpacked)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        Files.copy(path, home.resolve(unpacked.relativize(path).toString()), StandardCopyOption.COPY_ATTRIBUTES,
            LinkOption.NOFOLLOW_LINKS);
      }
    }
    return PostgresBinaries.prepare(cache, archive);
  }

  @Test
  void unpacksIntoAnOwnerOnlyDirectoryNamedByTheArchiveAndReusesIt() throws IOException {
    assumeThat(OwnerOnly.supported()).isTrue();
    PostgresBinaries binaries = PostgresBinaries.prepare(shared.resolve("cache"), archive);

    assertThat(binaries.home()).isEqualTo(shared.resolve("cache").resolve(archive.sha256().substring(0, 16)));
    assertThat(binaries.executable("initdb")).isExecutable();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(binaries.home()))).isEqualTo("rwx------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(binaries.executable("postgres"))))
        .isEqualTo("rwx------");
    assertThat(PostgresBinaries.verify(binaries.home())).isNull();
    Path manifest = binaries.home().resolve(PostgresBinaries.MANIFEST);
    var unpackedAt = Files.getLastModifiedTime(manifest);

    assertThat(PostgresBinaries.prepare(shared.resolve("cache"), archive).home()).isEqualTo(binaries.home());
    assertThat(Files.getLastModifiedTime(manifest)).as("not unpacked again").isEqualTo(unpackedAt);
  }

  @Test
  void aReplacedExecutableIsNeverUsedTheArchiveIsUnpackedAgain() throws IOException {
    PostgresBinaries binaries = copied();
    byte[] original = Files.readAllBytes(binaries.executable("initdb"));
    Files.writeString(binaries.executable("initdb"), "#!/bin/sh\necho planted\n");

    assertThat(PostgresBinaries.verify(binaries.home())).isEqualTo("bin/initdb differs from the archive");
    PostgresBinaries again = PostgresBinaries.prepare(cache, archive);
    assertThat(Files.readAllBytes(again.executable("initdb"))).isEqualTo(original);
    assertThat(PostgresBinaries.verify(again.home())).isNull();
  }

  @Test
  void aPlantedFileOrAMissingOneIsFoundAndRepaired() throws IOException {
    PostgresBinaries binaries = copied();
    Files.writeString(binaries.home().resolve("lib").resolve("planted.so"), "not from the archive");
    assertThat(PostgresBinaries.verify(binaries.home())).isEqualTo("lib/planted.so is not part of the archive");
    Files.delete(binaries.executable("pg_ctl"));
    assertThat(PostgresBinaries.verify(binaries.home())).isEqualTo("bin/pg_ctl is missing");

    PostgresBinaries.prepare(cache, archive);
    assertThat(binaries.home().resolve("lib").resolve("planted.so")).doesNotExist();
    assertThat(binaries.executable("pg_ctl")).isExecutable();
    assertThat(PostgresBinaries.verify(binaries.home())).isNull();
  }

  @Test
  void aCacheOthersCanWriteIsRefusedNamingIt() throws IOException {
    assumeThat(OwnerOnly.supported()).isTrue();
    Path shared = Files.createDirectory(cache.resolve("shared"));
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));

    assertThatThrownBy(() -> PostgresBinaries.prepare(shared, archive))
        .isInstanceOf(EmbeddedServerException.class)
        .hasMessage(shared + " is writable by its group or by others; remove it or make it yours alone (chown,"
            + " chmod go-w) and run the command again");
    assertThatThrownBy(() -> PostgresBinaries.prepare(shared.resolve("postgres"), archive))
        .isInstanceOf(EmbeddedServerException.class)
        .hasMessageStartingWith(shared.resolve("postgres") + " lies in " + shared + ", which another user can change");
  }

  @Test
  void binariesAnotherUserOwnsAreRefusedNamingThem() throws IOException {
    assumeThat(OwnerOnly.runningAsRoot()).as("only root can give a directory away").isTrue();
    PostgresBinaries binaries = copied();
    UserPrincipal nobody = cache.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
    Files.setOwner(binaries.home(), nobody);
    Files.setOwner(binaries.home().resolve(PostgresBinaries.MANIFEST), nobody);

    assertThatThrownBy(() -> PostgresBinaries.prepare(cache, archive))
        .isInstanceOf(EmbeddedServerException.class)
        .hasMessageStartingWith(binaries.home() + " belongs to another user (uid ");
  }
}
