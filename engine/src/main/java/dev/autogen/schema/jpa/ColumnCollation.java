package dev.autogen.schema.jpa;

import dev.autogen.dialect.SqlLexer;
import dev.autogen.dialect.SqlSyntaxException;
import dev.autogen.dialect.SqlToken;
import java.util.List;
import org.hibernate.mapping.Column;

/**
 * A column's collation as Hibernate's export gives it: {@code @Collate("C")} is written {@code collate "C"} (the
 * name quoted as given, so stored exactly so), and JPA 3.2's {@code @Column(options = "collate \"C\"")} appends the
 * same clause, which PostgreSQL reads as the column's collation. Options holding anything else are not a collation.
 */
final class ColumnCollation {

  private ColumnCollation() {
  }

  /** The collation as stored, or {@code null} for the type's default. */
  static String of(Column column) {
    if (column.getCollation() != null) {
      return column.getCollation();
    }
    return fromOptions(column.getOptions());
  }

  /** Whether {@code options} are a {@code collate} clause alone, which the model holds as the column's collation. */
  static boolean isCollation(String options) {
    return fromOptions(options) != null;
  }

  /** The name of {@code collate <name>}, as PostgreSQL stores it; {@code null} if the options are anything else. */
  private static String fromOptions(String options) {
    if (options == null || options.isBlank()) {
      return null;
    }
    List<SqlToken> tokens;
    try {
      tokens = SqlLexer.tokenize(options);
    } catch (SqlSyntaxException e) {
      return null;
    }
    if (tokens.size() != 2 || !tokens.get(0).isWord("collate")) {
      return null;
    }
    SqlToken name = tokens.get(1);
    boolean identifier = name.kind() == SqlToken.Kind.QUOTED_IDENTIFIER || name.kind() == SqlToken.Kind.WORD;
    return identifier ? name.value() : null;
  }
}
