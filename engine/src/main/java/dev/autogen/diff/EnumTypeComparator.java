package dev.autogen.diff;

import dev.autogen.op.AddEnumValueOp;
import dev.autogen.op.CreateEnumTypeOp;
import dev.autogen.op.DropEnumTypeOp;
import dev.autogen.op.EnumColumn;
import dev.autogen.op.EnumValuePosition;
import dev.autogen.op.RecreateEnumTypeOp;
import dev.autogen.op.RenameEnumValueOp;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.EnumTypeModel;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Enum types, matched by name. Changed values become the gentlest change PostgreSQL allows: values renamed in place
 * ({@code RENAME VALUE}) when the list keeps its length and only some values are replaced where they stand (or
 * exactly one is replaced anywhere: renamed, then the type recreated in the new order); values added
 * ({@code ADD VALUE}, placed before or after a neighbour) when every old value stays in its order; otherwise the type
 * is recreated, converting its columns, since PostgreSQL cannot remove or reorder a value.
 */
final class EnumTypeComparator {

  /** A value replaced where it stands is a guess, as a column rename is: the reviewer confirms it. */
  private static final double RENAME_CONFIDENCE = 0.5;

  private EnumTypeComparator() {
  }

  /**
   * @param current the current schema with renames applied: a recreated type converts its columns as they are
   *                named when the op runs
   */
  static void compare(SchemaModel current, SchemaModel target, PlanBuilder plan) {
    Map<QualifiedName, EnumTypeModel> currentByName = byName(current.enumTypes());
    Map<QualifiedName, EnumTypeModel> targetByName = byName(target.enumTypes());
    SortedSet<QualifiedName> names = new TreeSet<>(currentByName.keySet());
    names.addAll(targetByName.keySet());
    for (QualifiedName name : names) {
      EnumTypeModel existing = currentByName.get(name);
      EnumTypeModel wanted = targetByName.get(name);
      if (existing == null) {
        plan.add(Phase.CREATE_ENUM_TYPES, new CreateEnumTypeOp(wanted));
      } else if (wanted == null) {
        plan.add(Phase.DROP_ENUM_TYPES, new DropEnumTypeOp(name, existing));
      } else if (!existing.labels().equals(wanted.labels())) {
        alter(existing, wanted, columnsOf(existing, current, target), plan);
      }
    }
  }

  private static void alter(EnumTypeModel existing, EnumTypeModel wanted, List<EnumColumn> columns,
      PlanBuilder plan) {
    List<String> from = existing.labels();
    List<String> to = wanted.labels();
    if (replacedInPlace(from, to)) {
      for (int i = 0; i < from.size(); i++) {
        if (!from.get(i).equals(to.get(i))) {
          plan.add(Phase.ALTER_ENUM_TYPES, new RenameEnumValueOp(existing.name(), from.get(i), to.get(i),
              RENAME_CONFIDENCE));
        }
      }
    } else if (oneReplaced(from, to)) {
      // Hibernate sorts a NAMED_ENUM's values by name, so a renamed constant usually moves: renamed in place first,
      // so rows keep it, then put in its place by a recreate that removes nothing
      String removed = from.stream().filter(label -> !to.contains(label)).findFirst().orElseThrow();
      String added = to.stream().filter(label -> !from.contains(label)).findFirst().orElseThrow();
      plan.add(Phase.ALTER_ENUM_TYPES, new RenameEnumValueOp(existing.name(), removed, added, RENAME_CONFIDENCE));
      EnumTypeModel renamed = existing.withLabels(from.stream().map(label -> label.equals(removed) ? added : label)
          .toList());
      plan.add(Phase.ALTER_ENUM_TYPES, new RecreateEnumTypeOp(renamed, wanted, columns));
    } else if (isSubsequence(from, to)) {
      EnumTypeModel step = existing;
      for (int i = 0; i < to.size(); i++) {
        String label = to.get(i);
        if (step.labels().contains(label)) {
          continue;
        }
        // appended when last; else after the value before it, which exists by now; at the front, before the first
        EnumValuePosition position;
        if (i == to.size() - 1) {
          position = null;
        } else if (i > 0) {
          position = EnumValuePosition.after(to.get(i - 1));
        } else {
          position = step.labels().isEmpty() ? null : EnumValuePosition.before(step.labels().get(0));
        }
        AddEnumValueOp add = new AddEnumValueOp(existing.name(), label, position, step, columns);
        plan.add(Phase.ALTER_ENUM_TYPES, add);
        step = add.added(step);
      }
    } else {
      plan.add(Phase.ALTER_ENUM_TYPES, new RecreateEnumTypeOp(existing, wanted, columns));
    }
  }

  /** Same length, and each position keeps its value or swaps it for one that is new to the list. */
  private static boolean replacedInPlace(List<String> from, List<String> to) {
    if (from.size() != to.size()) {
      return false;
    }
    Set<String> old = new HashSet<>(from);
    Set<String> added = new HashSet<>(to);
    for (int i = 0; i < from.size(); i++) {
      if (!from.get(i).equals(to.get(i)) && (added.contains(from.get(i)) || old.contains(to.get(i)))) {
        return false;
      }
    }
    return true;
  }

  /** Same length, exactly one value gone and one new: a rename, wherever the new one stands. */
  private static boolean oneReplaced(List<String> from, List<String> to) {
    return from.size() == to.size() && from.stream().filter(label -> !to.contains(label)).count() == 1;
  }

  private static boolean isSubsequence(List<String> from, List<String> to) {
    int next = 0;
    for (String label : to) {
      if (next < from.size() && from.get(next).equals(label)) {
        next++;
      }
    }
    return next == from.size();
  }

  /**
   * The columns of the type when {@code ALTER_ENUM_TYPES} runs: those of the current tables, less the tables the
   * target no longer has (dropped before).
   */
  private static List<EnumColumn> columnsOf(EnumTypeModel type, SchemaModel current, SchemaModel target) {
    Set<QualifiedName> kept = new HashSet<>();
    target.tables().forEach(table -> kept.add(table.name()));
    List<EnumColumn> columns = new ArrayList<>();
    for (TableModel table : current.tables()) {
      if (!kept.contains(table.name())) {
        continue;
      }
      for (ColumnModel column : table.columns()) {
        if (type.isTypeOf(column.type())) {
          EnumColumn used = EnumColumn.of(table.name(), column.name()).defaultValue(column.defaultExpression());
          columns.add(column.type().sql().endsWith("[]") ? used.asArray() : used);
        }
      }
    }
    return columns;
  }

  private static Map<QualifiedName, EnumTypeModel> byName(List<EnumTypeModel> types) {
    Map<QualifiedName, EnumTypeModel> byName = new HashMap<>();
    types.forEach(type -> byName.put(type.name(), type));
    return byName;
  }
}
