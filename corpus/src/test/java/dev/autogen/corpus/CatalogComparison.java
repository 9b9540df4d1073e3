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
  private final String theirs;

  private CatalogComparison(String theirs) {
    this.theirs = theirs;
  }

  /** The differences of {@code ours} from Hibernate's catalog. */
  static List<String> differences(IntrospectionResult ours, IntrospectionResult hibernates) {
    return differences(ours, hibernates, "Hibernate's");
  }

  /** The differences of {@code ours} from another catalog, which the lines call {@code theirs}. */
  static List<String> differences(IntrospectionResult ours, IntrospectionResult hibernates, String theirs) {
    CatalogComparison comparison = new CatalogComparison(theirs);
    comparison.compareTables(ours.schema().tables(), hibernates.schema().tables());
    comparison.compareByName("sequence", ours.schema().sequences(), hibernates.schema().sequences(),
        SequenceModel::name);
    comparison.compareByName("enum type", ours.schema().enumTypes(), hibernates.schema().enumTypes(),
        EnumTypeModel::name);
    comparison.compareByName("note", ours.notes(), hibernates.notes(), IntrospectionNote::toString);
    return List.copyOf(comparison.differences);
  }

  private void compareTables(List<TableModel> ours, List<TableModel> hibernates) {
    Map<QualifiedName, TableModel> remaining = byName(hibernates, TableModel::name);
    for (Map.Entry<QualifiedName, TableModel> entry : byName(ours, TableModel::name).entrySet()) {
      TableModel hibernate = remaining.remove(entry.getKey());
      if (hibernate == null) {
        differences.add("table " + entry.getKey() + " only in ours");
      } else {
        compareTable(entry.getValue(), hibernate);
      }
    }
    remaining.keySet().forEach(name -> differences.add("table " + name + " only in " + theirs));
  }

  private void compareTable(TableModel ours, TableModel hibernate) {
    String table = "table " + ours.name() + " ";
    compareByName(table + "column", ours.columns(), hibernate.columns(), column -> column.name());
    if (ours.columns().size() == hibernate.columns().size()
        && new HashSet<>(ours.columns()).equals(new HashSet<>(hibernate.columns()))
        && !ours.columns().equals(hibernate.columns())) {
      differences.add(table + "column order: ours " + columnNames(ours) + ", " + theirs + " "
          + columnNames(hibernate));
    }
    if (!Objects.equals(ours.primaryKey(), hibernate.primaryKey())) {
      differences.add(table + "primary key: ours " + ours.primaryKey() + ", " + theirs + " "
          + hibernate.primaryKey());
    }
    compareByName(table + "unique constraint", ours.uniqueConstraints(), hibernate.uniqueConstraints(),
        unique -> unique.name());
    compareByName(table + "index", ours.indexes(), hibernate.indexes(), index -> index.name());
    compareByName(table + "foreign key", ours.foreignKeys(), hibernate.foreignKeys(), key -> key.name());
    compareByName(table + "check", ours.checks(), hibernate.checks(), check -> check.name());
    if (!Objects.equals(ours.comment(), hibernate.comment())) {
      differences.add(table + "comment: ours " + ours.comment() + ", " + theirs + " " + hibernate.comment());
    }
  }

  private static List<String> columnNames(TableModel table) {
    return table.columns().stream().map(column -> column.name()).toList();
  }

  private <T, K extends Comparable<K>> void compareByName(String kind, List<T> ours, List<T> hibernates,
      Function<T, K> name) {
    Map<K, T> remaining = byName(hibernates, name);
    for (Map.Entry<K, T> entry : byName(ours, name).entrySet()) {
      T hibernate = remaining.remove(entry.getKey());
      if (hibernate == null) {
        differences.add(kind + " " + entry.getKey() + " only in ours: " + entry.getValue());
      } else if (!hibernate.equals(entry.getValue())) {
        differences.add(kind + " " + entry.getKey() + ": ours " + entry.getValue() + ", " + theirs + " " + hibernate);
      }
    }
    remaining.forEach((key, value) -> differences.add(kind + " " + key + " only in " + theirs + ": " + value));
  }

  private static <T, K extends Comparable<K>> Map<K, T> byName(List<T> elements, Function<T, K> name) {
    Map<K, T> byName = new TreeMap<>();
    elements.forEach(element -> byName.put(name.apply(element), element));
    return byName;
  }
}
