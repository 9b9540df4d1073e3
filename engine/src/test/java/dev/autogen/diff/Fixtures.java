package dev.autogen.diff;

import dev.autogen.schema.CheckConstraintModel;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.ForeignKeyModel;
import dev.autogen.schema.IndexModel;
import dev.autogen.schema.PrimaryKeyModel;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableElement;
import dev.autogen.schema.TableModel;
import dev.autogen.schema.UniqueConstraintModel;
import java.util.List;

/** Short spellings for hand-written schemas. */
final class Fixtures {

  static final ColumnType BIGINT = new ColumnType("bigint");
  static final ColumnType INTEGER = new ColumnType("integer");
  static final ColumnType TEXT = new ColumnType("text");
  static final ColumnType VARCHAR = new ColumnType("character varying(255)");
  static final ColumnType BOOLEAN = new ColumnType("boolean");

  static final ColumnModel ID = ColumnModel.of("id", BIGINT).notNull();
  static final PrimaryKeyModel PK_ID = new PrimaryKeyModel(null, List.of("id"));

  private Fixtures() {
  }

  static SchemaModel schema(TableModel... tables) {
    return new SchemaModel(List.of(tables));
  }

  static TableModel table(String name, TableElement... elements) {
    return TableModel.of(QualifiedName.of(name), List.of(elements));
  }

  static ColumnModel column(String name, ColumnType type) {
    return ColumnModel.of(name, type);
  }

  static UniqueConstraintModel unique(String name, String... columns) {
    return new UniqueConstraintModel(name, List.of(columns));
  }

  static CheckConstraintModel check(String name, String expression) {
    return new CheckConstraintModel(name, expression);
  }

  static IndexModel index(String name, String... columns) {
    return new IndexModel(name, List.of(columns), false);
  }

  static IndexModel uniqueIndex(String name, String... columns) {
    return new IndexModel(name, List.of(columns), true);
  }

  /** A single-column key to the referenced table's {@code id}. */
  static ForeignKeyModel foreignKey(String name, String column, String referencedTable) {
    return new ForeignKeyModel(
        name, List.of(column), QualifiedName.of(referencedTable), List.of("id"), ReferentialAction.NO_ACTION);
  }

  static QualifiedName name(String table) {
    return QualifiedName.of(table);
  }
}
