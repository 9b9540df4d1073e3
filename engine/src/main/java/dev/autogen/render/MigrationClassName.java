package dev.autogen.render;

import java.util.Locale;

/**
 * Names a migration class {@code R<id>_<CamelCaseMessage>}: the id keeps names unique and valid identifiers, the
 * message makes a directory listing readable. The name is decoration; {@code @Revision} stays the source of truth.
 */
final class MigrationClassName {

  static final int MAX_MESSAGE_LENGTH = 40;

  private MigrationClassName() {
  }

  static String of(String id, String message) {
    String words = camelCase(message);
    return words.isEmpty() ? "R" + id : "R" + id + "_" + words;
  }

  /** Whole words while they fit; a single over-long first word is cut. */
  private static String camelCase(String message) {
    StringBuilder name = new StringBuilder();
    for (String word : message.split("[^A-Za-z0-9]+")) {
      if (word.isEmpty()) {
        continue;
      }
      String capitalised = word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
      if (name.length() + capitalised.length() > MAX_MESSAGE_LENGTH) {
        if (name.length() == 0) {
          name.append(capitalised, 0, MAX_MESSAGE_LENGTH);
        }
        break;
      }
      name.append(capitalised);
    }
    return name.toString();
  }
}
