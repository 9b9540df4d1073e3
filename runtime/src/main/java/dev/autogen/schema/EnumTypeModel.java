package dev.autogen.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A PostgreSQL enum type ({@code CREATE TYPE mood AS ENUM ('sad', 'ok')}), such as Hibernate creates for an enum
 * mapped with {@code @JdbcTypeCode(SqlTypes.NAMED_ENUM)}.
 *
 * @param name   qualified name, as stored
 * @param labels the values in their sort order, as stored (case-sensitive); distinct
 */
public record EnumTypeModel(QualifiedName name, List<String> labels) {

  public EnumTypeModel {
    Objects.requireNonNull(name, "name");
    labels = List.copyOf(labels);
    if (new HashSet<>(labels).size() != labels.size()) {
      throw new IllegalArgumentException("enum type " + name + " lists a value twice: " + labels);
    }
  }

  public static EnumTypeModel of(QualifiedName name, String... labels) {
    return new EnumTypeModel(name, List.of(labels));
  }

  public EnumTypeModel withLabels(List<String> newLabels) {
    return new EnumTypeModel(name, newLabels);
  }

  /** These labels with {@code label} inserted at {@code index}. */
  public EnumTypeModel withLabelAt(int index, String label) {
    List<String> copy = new ArrayList<>(labels);
    copy.add(index, label);
    return withLabels(copy);
  }

  /** Whether a column of {@code type} holds this enum, or an array of it. */
  public boolean isTypeOf(ColumnType type) {
    return TypeNames.names(type, name);
  }

  /**
   * Reads a type name as {@code format_type()} prints it: {@code mood}, {@code "Mood"}, {@code app.mood},
   * {@code mood[]}. A type of the default schema is printed without a schema, one of any other schema with it.
   */
  private static final class TypeNames {

    private TypeNames() {
    }

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
}
