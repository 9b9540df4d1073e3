package dev.autogen.corpus;

import dev.autogen.introspect.IntrospectionNote;
import dev.autogen.introspect.IntrospectionResult;
import dev.autogen.schema.EnumTypeModel;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.SequenceModel;
import dev.autogen.schema.TableModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.HashSet;
import java.util.function.Function;

/**
 * The differences between the catalog autogen's migration built and the one Hibernate's own export built, one line
 * each, naming the object: short enough to be listed as a model's known difference, and deterministic.
 */
final class CatalogComparison {

  private final List<String> differences = new ArrayList<>();

  private CatalogComparison() {
  }

  static List<String> differences(IntrospectionResult ours, IntrospectionResult hibernates) {
    CatalogComparison comparison = new CatalogComparison();
    comparison.compareTables(ours.schema().tables(), hibernates.schema().tables());
    comparison.compareByName("sequence", ours.schema().sequences(), hibernates.schema().sequences(),
        SequenceModel::name);
    comparison.compareByName("enum type", ours.schema().enumTypes(), hibernates.schema().enumTypes(),
        EnumTypeModel::name);
    comparison.compareByName("note", ours.notes(), hibernates.notes(), IntrospectionNote::toString);
    return List.copyOf(comparison.differences);
  }

  private void compareTables(List<TableModel> ours, List<TableModel> hibernates) {
    Map<QualifiedName, TableModel> theirs = byName(hibernates, TableModel::name);
    for (Map.Entry<QualifiedName, TableModel> entry : byName(ours, TableModel::name).entrySet()) {
      TableModel hibernate = theirs.remove(entry.getKey());
      if (hibernate == null) {
        differences.add("table " + entry.getKey() + " only in ours");
      } else {
        compareTable(entry.getValue(), hibernate);
      }
    }
    theirs.keySet().forEach(name -> differences.add("table " + name + " only in Hibernate's"));
  }

  private void compareTable(TableModel ours, TableModel hibernate) {
    String table = "table " + ours.name() + " ";
    compareByName(table + "column", ours.columns(), hibernate.columns(), column -> column.name());
    if (ours.columns().size() == hibernate.columns().size()
        && new HashSet<>(ours.columns()).equals(new HashSet<>(hibernate.columns()))
        && !ours.columns().equals(hibernate.columns())) {
      differences.add(table + "column order: ours " + columnNames(ours) + ", Hibernate's " + columnNames(hibernate));
    }
    if (!Objects.equals(ours.primaryKey(), hibernate.primaryKey())) {
      differences.add(table + "primary key: ours " + ours.primaryKey() + ", Hibernate's " + hibernate.primaryKey());
    }
    compareByName(table + "unique constraint", ours.uniqueConstraints(), hibernate.uniqueConstraints(),
        unique -> unique.name());
    compareByName(table + "index", ours.indexes(), hibernate.indexes(), index -> index.name());
    compareByName(table + "foreign key", ours.foreignKeys(), hibernate.foreignKeys(), key -> key.name());
    compareByName(table + "check", ours.checks(), hibernate.checks(), check -> check.name());
    if (!Objects.equals(ours.comment(), hibernate.comment())) {
      differences.add(table + "comment: ours " + ours.comment() + ", Hibernate's " + hibernate.comment());
    }
  }

  private static List<String> columnNames(TableModel table) {
    return table.columns().stream().map(column -> column.name()).toList();
  }

  private <T, K extends Comparable<K>> void compareByName(String kind, List<T> ours, List<T> hibernates,
      Function<T, K> name) {
    Map<K, T> theirs = byName(hibernates, name);
    for (Map.Entry<K, T> entry : byName(ours, name).entrySet()) {
      T hibernate = theirs.remove(entry.getKey());
      if (hibernate == null) {
        differences.add(kind + " " + entry.getKey() + " only in ours: " + entry.getValue());
      } else if (!hibernate.equals(entry.getValue())) {
        differences.add(kind + " " + entry.getKey() + ": ours " + entry.getValue() + ", Hibernate's " + hibernate);
      }
    }
    theirs.forEach((key, value) -> differences.add(kind + " " + key + " only in Hibernate's: " + value));
  }

  private static <T, K extends Comparable<K>> Map<K, T> byName(List<T> elements, Function<T, K> name) {
    Map<K, T> byName = new TreeMap<>();
    elements.forEach(element -> byName.put(name.apply(element), element));
    return byName;
  }
}
