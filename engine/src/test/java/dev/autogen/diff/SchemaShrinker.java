package dev.autogen.diff;

import dev.autogen.schema.CheckConstraintModel;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.CompositeTypeModel;
import dev.autogen.schema.EnumTypeModel;
import dev.autogen.schema.ForeignKeyModel;
import dev.autogen.schema.IndexModel;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.SequenceModel;
import dev.autogen.schema.TableModel;
import dev.autogen.schema.UniqueConstraintModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Greedy shrinking of a failing pair of {@link RandomSchemas} models: keeps taking away one table, sequence, column
 * enum type or constraint from either side while the pair still fails, so a failure is reported on a case small enough to
 * read. Every smaller candidate stays a valid schema (a removed table takes the foreign keys to it along, a removed
 * column the constraints over it, an enum type goes only when no column uses it); the {@code id} column and the primary key stay, as everything references them.
 */
final class SchemaShrinker {

  record Pair(SchemaModel current, SchemaModel target) {
  }

  private SchemaShrinker() {
  }

  static Pair shrink(Pair failing, Predicate<Pair> fails) {
    Pair smallest = failing;
    boolean shrunk = true;
    while (shrunk) {
      shrunk = false;
      for (Pair candidate : candidates(smallest)) {
        if (fails.test(candidate)) {
          smallest = candidate;
          shrunk = true;
          break;
        }
      }
    }
    return smallest;
  }

  private static List<Pair> candidates(Pair pair) {
    List<Pair> candidates = new ArrayList<>();
    smaller(pair.current()).forEach(current -> candidates.add(new Pair(current, pair.target())));
    smaller(pair.target()).forEach(target -> candidates.add(new Pair(pair.current(), target)));
    return candidates;
  }

  /** Each schema one step smaller than {@code schema}, biggest steps first. */
  private static List<SchemaModel> smaller(SchemaModel schema) {
    List<SchemaModel> smaller = new ArrayList<>();
    for (TableModel table : schema.tables()) {
      smaller.add(schema(schema.tables().stream()
          .filter(other -> other != table)
          .map(other -> other.withForeignKeys(other.foreignKeys().stream()
              .filter(foreignKey -> !foreignKey.referencedTable().equals(table.name())).toList()))
          .toList(), schema.sequences(), schema.enumTypes(),
          schema.compositeTypes()));
    }
    for (int i = 0; i < schema.sequences().size(); i++) {
      smaller.add(schema(schema.tables(), without(schema.sequences(), i), schema.enumTypes(),
          schema.compositeTypes()));
    }
    for (int i = 0; i < schema.enumTypes().size(); i++) {
      EnumTypeModel type = schema.enumTypes().get(i);
      boolean used = schema.tables().stream()
          .anyMatch(table -> table.columns().stream().anyMatch(column -> type.isTypeOf(column.type())));
      if (!used) {
        smaller.add(schema(schema.tables(), schema.sequences(), without(schema.enumTypes(), i),
            schema.compositeTypes()));
      }
    }
    for (int i = 0; i < schema.compositeTypes().size(); i++) {
      CompositeTypeModel type = schema.compositeTypes().get(i);
      boolean used = schema.tables().stream()
          .anyMatch(table -> table.columns().stream().anyMatch(column -> type.isTypeOf(column.type())));
      if (!used) {
        smaller.add(schema(schema.tables(), schema.sequences(), schema.enumTypes(),
            without(schema.compositeTypes(), i)));
      }
    }
    for (TableModel table : schema.tables()) {
      for (TableModel smallerTable : smaller(table)) {
        smaller.add(schema(schema.tables().stream()
            .map(other -> other == table ? smallerTable : other).toList(), schema.sequences(), schema.enumTypes(),
          schema.compositeTypes()));
      }
    }
    return smaller;
  }

  /** The schemas named are those the parts use, so a shrunk schema does not keep one its parts no longer need. */
  private static SchemaModel schema(List<TableModel> tables, List<SequenceModel> sequences,
      List<EnumTypeModel> enumTypes, List<CompositeTypeModel> compositeTypes) {
    return new SchemaModel(tables, sequences, List.of(), enumTypes, compositeTypes);
  }

  private static List<TableModel> smaller(TableModel table) {
    List<TableModel> smaller = new ArrayList<>();
    for (ColumnModel column : table.columns()) {
      if (!column.name().equals("id")) {
        smaller.add(withoutColumn(table, column.name()));
      }
    }
    for (int i = 0; i < table.uniqueConstraints().size(); i++) {
      smaller.add(table(table, table.columns(), without(table.uniqueConstraints(), i), table.indexes(),
          table.foreignKeys(), table.checks()));
    }
    for (int i = 0; i < table.indexes().size(); i++) {
      smaller.add(table(table, table.columns(), table.uniqueConstraints(), without(table.indexes(), i),
          table.foreignKeys(), table.checks()));
    }
    for (int i = 0; i < table.foreignKeys().size(); i++) {
      smaller.add(table.withForeignKeys(without(table.foreignKeys(), i)));
    }
    for (int i = 0; i < table.checks().size(); i++) {
      smaller.add(table(table, table.columns(), table.uniqueConstraints(), table.indexes(), table.foreignKeys(),
          without(table.checks(), i)));
    }
    return smaller;
  }

  private static TableModel withoutColumn(TableModel table, String column) {
    Pattern mention = Pattern.compile("\\b" + Pattern.quote(column) + "\\b");
    return table(table,
        table.columns().stream().filter(other -> !other.name().equals(column)).toList(),
        table.uniqueConstraints().stream().filter(unique -> !unique.columns().contains(column)).toList(),
        table.indexes().stream().filter(index -> !index.columns().contains(column)).toList(),
        table.foreignKeys().stream().filter(foreignKey -> !foreignKey.columns().contains(column)).toList(),
        table.checks().stream().filter(check -> !mention.matcher(check.expression()).find()).toList());
  }

  private static TableModel table(TableModel table, List<ColumnModel> columns,
      List<UniqueConstraintModel> uniques, List<IndexModel> indexes, List<ForeignKeyModel> foreignKeys,
      List<CheckConstraintModel> checks) {
    QualifiedName name = table.name();
    return new TableModel(name, columns, table.primaryKey(), uniques, indexes, foreignKeys, checks);
  }

  private static <T> List<T> without(List<T> elements, int index) {
    List<T> rest = new ArrayList<>(elements);
    rest.remove(index);
    return rest;
  }
}
