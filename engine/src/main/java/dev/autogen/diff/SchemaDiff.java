package dev.autogen.diff;

import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Compares two normalised schemas and plans the ops that turn the current one into the target.
 *
 * <p>Both models come normalised (canonical types, folded names), so most comparisons are {@code equals()}.
 * Tables and sequences are looked up by name in hash maps, so the cost grows with the size of the schemas, not with
 * its square.
 */
public final class SchemaDiff {

  private SchemaDiff() {
  }

  /**
   * @param current the schema as it is (usually introspected from the database)
   * @param target  the schema as it should be (usually read from the entities)
   */
  public static DiffResult compare(SchemaModel current, SchemaModel target) {
    Map<QualifiedName, TableModel> currentTables = byName(current);
    Map<QualifiedName, TableModel> targetTables = byName(target);
    SortedSet<QualifiedName> names = new TreeSet<>(currentTables.keySet());
    names.addAll(targetTables.keySet());
    PlanBuilder plan = new PlanBuilder();
    for (QualifiedName name : names) {
      TableComparator.compare(currentTables.get(name), targetTables.get(name), plan);
    }
    SequenceComparator.compare(current, target, plan);
    NamedSchemaComparator.compare(current, target, plan);
    return plan.build();
  }

  private static Map<QualifiedName, TableModel> byName(SchemaModel schema) {
    Map<QualifiedName, TableModel> byName = new HashMap<>();
    schema.tables().forEach(table -> byName.put(table.name(), table));
    return byName;
  }
}
