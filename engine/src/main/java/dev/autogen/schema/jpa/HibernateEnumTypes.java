package dev.autogen.schema.jpa;

import dev.autogen.schema.EnumTypeModel;
import dev.autogen.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.AuxiliaryDatabaseObject;
import org.hibernate.boot.model.relational.Database;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.boot.model.relational.internal.SqlStringGenerationContextImpl;

/**
 * The enum types Hibernate creates on PostgreSQL for enums mapped as {@code SqlTypes.NAMED_ENUM} (values sorted by
 * name) or {@code SqlTypes.NAMED_ORDINAL_ENUM} (values in ordinal order). Hibernate declares each as an auxiliary
 * database object whose first statement is {@code create type <SimpleName> as enum ('A','B')}, in the connection's
 * default schema: reading that statement gives exactly the type its own export creates.
 */
final class HibernateEnumTypes {

  private static final Pattern CREATE_ENUM =
      Pattern.compile("create type (\\S+) as enum \\((.*)\\)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern LABEL = Pattern.compile("'((?:[^']|'')*)'");

  private HibernateEnumTypes() {
  }

  static List<EnumTypeModel> read(Metadata metadata) {
    Database database = metadata.getDatabase();
    SqlStringGenerationContext context =
        SqlStringGenerationContextImpl.fromExplicit(database.getJdbcEnvironment(), database, null, null);
    List<EnumTypeModel> types = new ArrayList<>();
    for (AuxiliaryDatabaseObject object : database.getAuxiliaryDatabaseObjects()) {
      if (!object.appliesToDialect(database.getDialect())) {
        continue;
      }
      String[] create = object.sqlCreateStrings(context);
      Matcher matcher = create.length == 0 ? null : CREATE_ENUM.matcher(create[0].trim());
      if (matcher != null && matcher.matches()) {
        types.add(new EnumTypeModel(name(matcher.group(1)), labels(matcher.group(2))));
      }
    }
    return types;
  }

  /** The name as written, unquoted, so folded to lower case; in the default schema. */
  private static QualifiedName name(String written) {
    return new QualifiedName(null, PostgresNames.stored(written));
  }

  private static List<String> labels(String list) {
    List<String> labels = new ArrayList<>();
    Matcher label = LABEL.matcher(list);
    while (label.find()) {
      labels.add(label.group(1).replace("''", "'"));
    }
    return labels;
  }
}
