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
    return compare(current, target, DiffOptions.DEFAULTS);
  }

  /**
   * Renames are found first and the current schema read under the new names, so the comparators that follow see
   * a renamed table or column as the same one.
   */
  public static DiffResult compare(SchemaModel current, SchemaModel target, DiffOptions options) {
    PlanBuilder plan = new PlanBuilder();
    SchemaModel renamed = options.renames()
        ? RenameDetector.detect(current, target, options.renameThreshold(), plan)
        : current;
    SchemaModel released = PrimaryKeyChanges.releaseReferencingForeignKeys(renamed, target, plan);
    Map<QualifiedName, TableModel> currentTables = byName(released);
    Map<QualifiedName, TableModel> targetTables = byName(target);
    SortedSet<QualifiedName> names = new TreeSet<>(currentTables.keySet());
    names.addAll(targetTables.keySet());
    for (QualifiedName name : names) {
      TableComparator.compare(currentTables.get(name), targetTables.get(name), plan);
    }
    SequenceComparator.compare(released, target, plan);
    EnumTypeComparator.compare(released, target, plan);
    CompositeTypeComparator.compare(released, target, plan);
    // schemas are untouched by renames: compared as read
    NamedSchemaComparator.compare(current, target, plan);
    return plan.build();
  }

  private static Map<QualifiedName, TableModel> byName(SchemaModel schema) {
    Map<QualifiedName, TableModel> byName = new HashMap<>();
    schema.tables().forEach(table -> byName.put(table.name(), table));
    return byName;
  }
}
