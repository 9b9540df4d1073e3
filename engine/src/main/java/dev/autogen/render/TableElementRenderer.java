package dev.autogen.render;

import static dev.autogen.render.JavaStringLiteral.literal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.autogen.op.CompositeColumn;
import dev.autogen.op.EnumColumn;
import dev.autogen.schema.CheckConstraintModel;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.CompositeAttribute;
import dev.autogen.schema.CompositeTypeModel;
import dev.autogen.schema.EnumTypeModel;
import dev.autogen.schema.ForeignKeyModel;
import dev.autogen.schema.IdentityGeneration;
import dev.autogen.schema.ColumnOrdering;
import dev.autogen.schema.IndexModel;
import dev.autogen.schema.PrimaryKeyModel;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.SequenceModel;
import dev.autogen.schema.UniqueConstraintModel;
import java.util.List;

/** Writes table names, columns, keys, indexes and sequences as the {@code Dsl} expressions that build them. */
final class TableElementRenderer {

  private static final ClassName LIST = ClassName.get(List.class);

  private final ColumnTypeRenderer types = new ColumnTypeRenderer();

  /** {@code "user"} in the default schema, {@code table("app", "user")} elsewhere. */
  CodeBlock table(QualifiedName name) {
    return name.schema() == null
        ? literal(name.name())
        : CodeBlock.of("table($L, $L)", literal(name.schema()), literal(name.name()));
  }

  /** {@code "user_seq"} in the default schema, {@code qualified("app", "user_seq")} elsewhere. */
  CodeBlock name(QualifiedName name) {
    return name.schema() == null
        ? literal(name.name())
        : CodeBlock.of("qualified($L, $L)", literal(name.schema()), literal(name.name()));
  }

  /** Only a departure from PostgreSQL's defaults (start with 1, increment by 1) is written. */
  CodeBlock sequence(SequenceModel sequence) {
    QualifiedName name = sequence.name();
    CodeBlock.Builder code = name.schema() == null
        ? CodeBlock.builder().add("sequence($L)", literal(name.name()))
        : CodeBlock.builder().add("sequence($L, $L)", literal(name.schema()), literal(name.name()));
    if (sequence.start() != 1) {
      code.add(".startWith($L)", longLiteral(sequence.start()));
    }
    if (sequence.increment() != 1) {
      code.add(".incrementBy($L)", longLiteral(sequence.increment()));
    }
    return code.build();
  }

  /** The arguments of {@code op.createEnumType}: the name, then the values. */
  CodeBlock enumType(EnumTypeModel type) {
    return type.labels().isEmpty() ? name(type.name()) : CodeBlock.of("$L, $L", name(type.name()), strings(type.labels()));
  }

  /** {@code enumType("mood", "sad", "ok")}: a type as a value. */
  CodeBlock enumTypeValue(EnumTypeModel type) {
    return CodeBlock.of("enumType($L)", enumType(type));
  }

  /** {@code enumColumn("person", "mood")}, with {@code .asArray()} and {@code .defaultValue(...)} where they apply. */
  CodeBlock enumColumn(EnumColumn column) {
    CodeBlock.Builder code = CodeBlock.builder()
        .add("enumColumn($L, $L)", table(column.table()), literal(column.column()));
    if (column.array()) {
      code.add(".asArray()");
    }
    if (column.defaultExpression() != null) {
      code.add(".defaultValue($L)", literal(column.defaultExpression()));
    }
    return code.build();
  }

  /** The arguments of {@code op.createCompositeType}: the name, then one {@code attribute(...)} a line. */
  CodeBlock compositeType(CompositeTypeModel type) {
    CodeBlock.Builder code = CodeBlock.builder().add("$L", name(type.name()));
    if (!type.attributes().isEmpty()) {
      code.add("$>$>");
      type.attributes().forEach(attribute -> code.add(",\n$L", attribute(attribute)));
      code.add("$<$<");
    }
    return code.build();
  }

  /** {@code compositeType("postal_address", attribute(...), ...)}: a type as a value. */
  CodeBlock compositeTypeValue(CompositeTypeModel type) {
    return CodeBlock.of("compositeType($L)", compositeType(type));
  }

  private CodeBlock attribute(CompositeAttribute attribute) {
    return CodeBlock.of("attribute($L, $L)", literal(attribute.name()), types.render(attribute.type()));
  }

  /** {@code compositeColumn("shop", "address")}, with {@code .asArray()} and {@code .defaultValue(...)}. */
  CodeBlock compositeColumn(CompositeColumn column) {
    CodeBlock.Builder code = CodeBlock.builder()
        .add("compositeColumn($L, $L)", table(column.table()), literal(column.column()));
    if (column.array()) {
      code.add(".asArray()");
    }
    if (column.defaultExpression() != null) {
      code.add(".defaultValue($L)", literal(column.defaultExpression()));
    }
    return code.build();
  }

  CodeBlock column(ColumnModel column) {
    CodeBlock.Builder code = CodeBlock.builder()
        .add("column($L, $L)", literal(column.name()), types.render(column.type()));
    if (column.collation() != null) {
      code.add(".collate($L)", literal(column.collation()));
    }
    IdentityGeneration identity = column.identityGeneration();
    if (identity == IdentityGeneration.BY_DEFAULT) {
      code.add(".identity()");
    } else if (identity == IdentityGeneration.ALWAYS) {
      code.add(".identityAlways()");
    }
    // identity() already sets NOT NULL: only a departure from what the chain implies is written.
    boolean impliedNullable = identity == IdentityGeneration.NONE;
    if (column.isNullable() != impliedNullable) {
      code.add(column.isNullable() ? ".nullable()" : ".notNull()");
    }
    if (column.ownsSequence()) {
      code.add(".serial($L)", literal(column.serialSequence()));
    } else if (column.defaultExpression() != null) {
      code.add(".defaultValue($L)", literal(column.defaultExpression()));
    }
    if (column.generationExpression() != null) {
      code.add(".generatedAs($L)", literal(column.generationExpression()));
    }
    if (column.comment() != null) {
      code.add(".comment($L)", literal(column.comment()));
    }
    return code.build();
  }

  CodeBlock tableComment(String comment) {
    return CodeBlock.of("tableComment($L)", literal(comment));
  }

  CodeBlock primaryKey(PrimaryKeyModel primaryKey) {
    return primaryKey.name() == null
        ? CodeBlock.of("primaryKey($L)", strings(primaryKey.columns()))
        : CodeBlock.of("namedPrimaryKey($L, $L)", literal(primaryKey.name()), strings(primaryKey.columns()));
  }

  CodeBlock unique(UniqueConstraintModel unique) {
    return CodeBlock.of("unique($L, $L)", literal(unique.name()), strings(unique.columns()));
  }

  CodeBlock check(CheckConstraintModel check) {
    return CodeBlock.of("check($L,$W$L)", literal(check.name()), literal(check.expression()));
  }

  /** {@code index("ix", "last_name", "city")}, then {@code .desc("city")} and the like per column not ascending. */
  CodeBlock index(IndexModel index) {
    CodeBlock.Builder code = CodeBlock.builder()
        .add("$L($L, $L)", index.unique() ? "uniqueIndex" : "index", literal(index.name()), strings(index.columns()));
    for (int i = 0; i < index.columns().size(); i++) {
      String column = index.columns().get(i);
      ColumnOrdering ordering = index.orderings().get(i);
      if (ordering.descending()) {
        code.add(".desc($L)", literal(column));
      }
      if (!ordering.defaultNulls()) {
        code.add(ordering.nullsFirst() ? ".nullsFirst($L)" : ".nullsLast($L)", literal(column));
      }
    }
    return code.build();
  }

  /** The short overload for the common one-column key to the default schema, the list overload otherwise. */
  CodeBlock foreignKey(ForeignKeyModel foreignKey) {
    QualifiedName referenced = foreignKey.referencedTable();
    boolean shortForm = foreignKey.columns().size() == 1 && foreignKey.referencedColumns().size() == 1
        && referenced.schema() == null;
    CodeBlock.Builder code = CodeBlock.builder();
    if (shortForm) {
      code.add("foreignKey($L, $L, $L, $L)", literal(foreignKey.name()), literal(foreignKey.columns().get(0)),
          literal(referenced.name()), literal(foreignKey.referencedColumns().get(0)));
    } else {
      code.add("foreignKey($L,$W$L,$W$L,$W$L)", literal(foreignKey.name()), list(foreignKey.columns()),
          table(referenced), list(foreignKey.referencedColumns()));
    }
    if (foreignKey.onDelete() != ReferentialAction.NO_ACTION) {
      code.add(".onDelete($L)", foreignKey.onDelete().name());
    }
    return code.build();
  }

  /** A value beyond {@code int} needs its {@code L}, or the file does not compile. */
  private static String longLiteral(long value) {
    return value == (int) value ? Long.toString(value) : value + "L";
  }

  /** {@code "a", "b"}: the arguments of a varargs call. */
  private static CodeBlock strings(List<String> values) {
    return values.stream().map(JavaStringLiteral::literal).collect(CodeBlock.joining(", "));
  }

  private static CodeBlock list(List<String> values) {
    return CodeBlock.of("$T.of($L)", LIST, strings(values));
  }
}
