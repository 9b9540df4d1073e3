package dev.autogen.schema.jpa;

import dev.autogen.dialect.ColumnDefinition;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.SqlSyntaxException;
import dev.autogen.schema.CompositeAttribute;
import dev.autogen.schema.CompositeTypeModel;
import dev.autogen.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.UserDefinedObjectType;
import org.hibernate.mapping.UserDefinedType;

/**
 * The composite types Hibernate creates on PostgreSQL for embeddables annotated {@code @Struct}: its export writes
 * {@code create type <name> as (<column> <type>, ...)} from the same {@link UserDefinedObjectType}, its columns in the
 * order {@code MetadataImplementor.orderColumns} left them (its column ordering strategy: by size, then name), which
 * is the order Hibernate reads and writes a value's attributes in.
 */
final class HibernateCompositeTypes {

  private HibernateCompositeTypes() {
  }

  static List<CompositeTypeModel> read(Metadata metadata, Dialect dialect) {
    List<CompositeTypeModel> types = new ArrayList<>();
    for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
      for (UserDefinedType type : namespace.getUserDefinedTypes()) {
        // an array type is a type of its own on databases without arrays; PostgreSQL has arrays of every type
        if (type instanceof UserDefinedObjectType objectType) {
          types.add(read(namespace, objectType, metadata, dialect));
        }
      }
    }
    return types;
  }

  private static CompositeTypeModel read(Namespace namespace, UserDefinedObjectType type, Metadata metadata,
      Dialect dialect) {
    Identifier schema = namespace.getPhysicalName().schema();
    QualifiedName name = new QualifiedName(
        schema == null ? null : PostgresNames.stored(schema), PostgresNames.stored(type.getNameIdentifier()));
    List<CompositeAttribute> attributes = new ArrayList<>();
    for (Column column : type.getColumns()) {
      String attributeName = PostgresNames.stored(column.getName(), column.isQuoted());
      String sqlType = column.getSqlType(metadata);
      ColumnDefinition definition;
      try {
        definition = ColumnDefinition.parse(sqlType);
      } catch (SqlSyntaxException e) {
        throw new EntityScanException("composite type '" + name + "', attribute '" + attributeName
            + "': columnDefinition '" + sqlType + "' " + e.getMessage());
      }
      if (definition.hasConstraints()) {
        throw new EntityScanException("composite type '" + name + "', attribute '" + attributeName
            + "': columnDefinition '" + sqlType + "' holds a constraint or default, which an attribute of a composite"
            + " type cannot have");
      }
      attributes.add(new CompositeAttribute(attributeName, dialect.canonicalType(definition.type())));
    }
    return new CompositeTypeModel(name, attributes);
  }
}
