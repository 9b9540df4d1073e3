package dev.autogen.diff;

import dev.autogen.schema.CheckConstraintModel;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.ForeignKeyModel;
import dev.autogen.schema.IndexModel;
import dev.autogen.schema.PrimaryKeyModel;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import dev.autogen.schema.UniqueConstraintModel;
import java.util.Comparator;
import java.util.List;

/**
 * Brings a model to the form the diff compares, so a test can check "applying the plan gives the target" with
 * {@code equals()}. Two things the diff deliberately ignores would otherwise differ:
 * <ul>
 *   <li>column order: an added column goes last (PostgreSQL cannot insert one in the middle);</li>
 *   <li>constraint, index and primary key names: objects are matched by definition, so a surviving one keeps the
 *       current name even when the target spells it differently.</li>
 * </ul>
 */
final class SchemaNormaliser {

  private static final String ANY_NAME = "";

  private SchemaNormaliser() {
  }

  static SchemaModel normalise(SchemaModel schema) {
    return new SchemaModel(schema.tables().stream().map(SchemaNormaliser::normalise).toList(), schema.sequences(),
        schema.schemas(), schema.enumTypes(), schema.compositeTypes());
  }

  private static TableModel normalise(TableModel table) {
    PrimaryKeyModel primaryKey = table.primaryKey() == null
        ? null
        : new PrimaryKeyModel(null, table.primaryKey().columns());
    return new TableModel(
        table.name(),
        table.columns().stream().sorted(Comparator.comparing(ColumnModel::name)).toList(),
        primaryKey,
        sorted(table.uniqueConstraints().stream()
            .map(unique -> new UniqueConstraintModel(ANY_NAME, unique.columns())).toList()),
        sorted(table.indexes().stream()
            .map(index -> new IndexModel(ANY_NAME, index.columns(), index.unique(), index.orderings()))
            .toList()),
        sorted(table.foreignKeys().stream()
            .map(foreignKey -> new ForeignKeyModel(ANY_NAME, foreignKey.columns(), foreignKey.referencedTable(),
                foreignKey.referencedColumns(), foreignKey.onDelete()))
            .toList()),
        sorted(table.checks().stream()
            .map(check -> new CheckConstraintModel(ANY_NAME, check.expression())).toList()),
        table.comment());
  }

  /** Records without names sort by their text, which is enough to make equal multisets equal lists. */
  private static <T> List<T> sorted(List<T> elements) {
    return elements.stream().sorted(Comparator.comparing(Object::toString)).toList();
  }
}
