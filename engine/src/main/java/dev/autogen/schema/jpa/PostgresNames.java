package dev.autogen.schema.jpa;

import dev.autogen.dialect.Identifiers;
import java.util.List;
import java.util.Set;
import org.hibernate.boot.model.naming.Identifier;

/**
 * Names as PostgreSQL stores them: an unquoted identifier is folded to lower case, a quoted one is kept as written,
 * and either is cut to 63 bytes. Hibernate keeps the case and length of the mapping ({@code @Table(name =
 * "Product")}), PostgreSQL's catalog says {@code product}. The rules themselves are {@link Identifiers}'.
 */
final class PostgresNames {

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
    return Identifiers.stored(text, quoted);
  }

  /** Whether PostgreSQL stores the identifier shorter than the mapping spells it. */
  static boolean truncated(Identifier identifier) {
    return Identifiers.isTooLong(identifier.getText());
  }

  /**
   * The name PostgreSQL gives an unnamed {@code UNIQUE} constraint: {@code <table>_<col>_<col>_key}, shortened to
   * 63 bytes by trimming the longer of the two parts first, with {@code key1}, {@code key2}, ... when the name
   * is {@code taken}, as {@code ChooseRelationName} does.
   */
  static String implicitUniqueName(String table, List<String> columns, Set<String> taken) {
    String columnPart = String.join("_", columns);
    String name = Identifiers.objectName(table, columnPart, "key");
    for (int pass = 1; taken.contains(name); pass++) {
      name = Identifiers.objectName(table, columnPart, "key" + pass);
    }
    return name;
  }

  /**
   * The name PostgreSQL gives an unnamed {@code CHECK} constraint: {@code <table>_<column>_check} when the expression
   * reads exactly one column ({@code column}), {@code <table>_check} otherwise ({@code column} is {@code null}),
   * numbered when {@code taken}, as {@code ChooseConstraintName} does.
   */
  static String implicitCheckName(String table, String column, Set<String> taken) {
    String name = Identifiers.objectName(table, column, "check");
    for (int pass = 1; taken.contains(name); pass++) {
      name = Identifiers.objectName(table, column, "check" + pass);
    }
    return name;
  }
}
