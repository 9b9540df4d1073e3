package dev.autogen.runtime;

import dev.autogen.dialect.Dialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What a migration does, as a SHA-256 in hex: the hash of the statements its {@code upgrade()} produces through the
 * {@code op} API and the dialect, each with runs of whitespace outside quotes made one space. Reformatting the Java
 * file, renaming variables or rewording comments leaves it alone; changing an op, a column, a type or the SQL given
 * to {@code op.execute} changes it. The statements are collected without a database, as {@code --sql} does.
 *
 * <p>The upgrade is what runs when a revision is applied, so that is what an applied revision is checked against;
 * its downgrade may still be corrected without a trace. A migration that builds its SQL from the clock or the
 * environment gets a different checksum each time, and needs its change accepted.
 */
public final class MigrationChecksum {

  private static final String FORMAT = "autogen-migration-checksum-v1";

  private MigrationChecksum() {
  }

  /** The checksum of {@code revision}'s upgrade, computed by running it against a recorder. */
  public static String ofUpgrade(Dialect dialect, LoadedRevision revision) {
    List<String> statements = new ArrayList<>();
    revision.newInstance().upgrade(new Operations(dialect, statements::add));
    return of(statements);
  }

  /** The checksum of statements, in order. */
  public static String of(List<String> statements) {
    MessageDigest digest = sha256();
    digest.update(FORMAT.getBytes(StandardCharsets.UTF_8));
    for (String statement : statements) {
      digest.update((byte) 0);
      digest.update(normalise(statement).getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The SHA-256 of a file's bytes, or {@code null} without a file (a migration compiled by the application). */
  public static String ofFile(Path source) {
    if (source == null) {
      return null;
    }
    try {
      return HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(source)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  /**
   * The statement with runs of whitespace outside quoted text ({@code '...'}, {@code "..."}) made one space, without
   * leading or trailing whitespace or a final {@code ;}: how a hand-written {@code op.execute} is laid out (a text
   * block, a line broken differently) does not count, what it says does.
   */
  static String normalise(String statement) {
    StringBuilder out = new StringBuilder(statement.length());
    char quote = 0;
    boolean pendingSpace = false;
    for (int i = 0; i < statement.length(); i++) {
      char c = statement.charAt(i);
      if (quote == 0 && Character.isWhitespace(c)) {
        pendingSpace = true;
        continue;
      }
      if (pendingSpace && !out.isEmpty()) {
        out.append(' ');
      }
      pendingSpace = false;
      out.append(c);
      if (quote == 0 && (c == '\'' || c == '"')) {
        quote = c;
      } else if (c == quote) {
        quote = 0; // a doubled quote inside the text closes and reopens it: the same characters either way
      }
    }
    int end = out.length();
    while (end > 0 && (out.charAt(end - 1) == ';' || Character.isWhitespace(out.charAt(end - 1)))) {
      end--;
    }
    return out.substring(0, end);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
