package dev.autogen.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a column type that names a type of the database's own (an enum or composite type) as {@code format_type()}
 * prints it: {@code mood}, {@code "Mood"}, {@code app.mood}, {@code mood[]}. A type of the default schema is printed
 * without a schema, one of any other schema with it. One reading for every kind of such type.
 */
final class UserTypeName {

  private UserTypeName() {
  }

  /** Whether {@code type} is the type {@code name}, or an array of it. */
  static boolean names(ColumnType type, QualifiedName name) {
    String sql = type.sql().trim();
    while (sql.endsWith("[]")) {
      sql = sql.substring(0, sql.length() - 2).trim();
    }
    List<String> parts = identifiers(sql);
    if (parts == null) {
      return false;
    }
    if (parts.size() == 1) {
      return name.schema() == null && parts.get(0).equals(name.name());
    }
    return parts.size() == 2 && parts.get(0).equals(name.schema()) && parts.get(1).equals(name.name());
  }

  /** Whether {@code type} is an array ({@code mood[]}). */
  static boolean isArray(ColumnType type) {
    return type.sql().trim().endsWith("[]");
  }

  /** The dot-separated identifiers of {@code sql}, unquoted; {@code null} if it is not such a name. */
  private static List<String> identifiers(String sql) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < sql.length()) {
      StringBuilder part = new StringBuilder();
      if (sql.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= sql.length()) {
            return null;
          }
          char c = sql.charAt(i++);
          if (c == '"') {
            if (i < sql.length() && sql.charAt(i) == '"') {
              part.append('"');
              i++;
            } else {
              break;
            }
          } else {
            part.append(c);
          }
        }
      } else {
        while (i < sql.length() && sql.charAt(i) != '.') {
          char c = sql.charAt(i++);
          if (!(Character.isLetterOrDigit(c) || c == '_' || c == '$')) {
            return null;
          }
          part.append(c);
        }
      }
      parts.add(part.toString());
      if (i < sql.length()) {
        if (sql.charAt(i) != '.') {
          return null;
        }
        i++;
      }
    }
    return parts.isEmpty() ? null : parts;
  }
}
