package dev.autogen.script;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Revision ids: 12 lowercase hex characters, random so that two branches never pick the same one. */
public final class RevisionId {

  private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{12}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private RevisionId() {
  }

  public static String generate() {
    byte[] bytes = new byte[6];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  public static boolean isValid(String id) {
    return id != null && FORMAT.matcher(id).matches();
  }
}
