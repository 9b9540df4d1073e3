package dev.autogen.schema.jpa;

import java.util.List;
import java.util.Set;
import org.hibernate.boot.model.naming.Identifier;

/**
 * Names as PostgreSQL stores them: an unquoted identifier is folded to lower case, a quoted one is kept as written.
 * Hibernate keeps the case of the mapping ({@code @Table(name = "Product")}), PostgreSQL's catalog says
 * {@code product}.
 */
final class PostgresNames {

  /** PostgreSQL's {@code NAMEDATALEN - 1}: longer names are truncated. */
  private static final int MAX_IDENTIFIER_LENGTH = 63;

  private PostgresNames() {
  }

  /** The stored form of an identifier Hibernate has parsed. */
  static String stored(Identifier identifier) {
    return stored(identifier.getText(), identifier.isQuoted());
  }

  /** The stored form of a name as written in a mapping, quoted ({@code "UK_Label"}, {@code `x`}) or not. */
  static String stored(String name) {
    return stored(Identifier.toIdentifier(name));
  }

  static String stored(String text, boolean quoted) {
    return quoted ? text : foldAsciiToLowerCase(text);
  }

  /**
   * The name PostgreSQL gives an unnamed {@code UNIQUE} constraint: {@code <table>_<col>_<col>_key}, shortened to
   * 63 characters by trimming the longer of the two parts first, with {@code key1}, {@code key2}, ... when the name
   * is {@code taken}, as {@code ChooseRelationName} does. Names are assumed to be one byte per character.
   */
  static String implicitUniqueName(String table, List<String> columns, Set<String> taken) {
    String columnPart = String.join("_", columns);
    String name = objectName(table, columnPart, "key");
    for (int pass = 1; taken.contains(name); pass++) {
      name = objectName(table, columnPart, "key" + pass);
    }
    return name;
  }

  /**
   * The name PostgreSQL gives an unnamed {@code CHECK} constraint: {@code <table>_<column>_check} when the expression
   * reads exactly one column ({@code column}), {@code <table>_check} otherwise ({@code column} is {@code null}),
   * numbered when {@code taken}, as {@code ChooseConstraintName} does.
   */
  static String implicitCheckName(String table, String column, Set<String> taken) {
    String name = column == null ? objectName(table, "check") : objectName(table, column, "check");
    for (int pass = 1; taken.contains(name); pass++) {
      name = column == null ? objectName(table, "check" + pass) : objectName(table, column, "check" + pass);
    }
    return name;
  }

  private static String objectName(String first, String label) {
    int available = MAX_IDENTIFIER_LENGTH - label.length() - 1;
    return first.substring(0, Math.min(first.length(), available)) + "_" + label;
  }

  private static String objectName(String first, String second, String label) {
    int available = MAX_IDENTIFIER_LENGTH - label.length() - 2;
    int firstLength = first.length();
    int secondLength = second.length();
    while (firstLength + secondLength > available) {
      if (firstLength > secondLength) {
        firstLength--;
      } else {
        secondLength--;
      }
    }
    return first.substring(0, firstLength) + "_" + second.substring(0, secondLength) + "_" + label;
  }

  /** Only A-Z: PostgreSQL leaves other characters alone in UTF-8 databases. */
  private static String foldAsciiToLowerCase(String text) {
    StringBuilder folded = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
    }
    return folded.toString();
  }
}
