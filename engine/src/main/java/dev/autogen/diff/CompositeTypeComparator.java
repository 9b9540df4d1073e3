package dev.autogen.diff;

import dev.autogen.op.AlterCompositeTypeOp;
import dev.autogen.op.CompositeColumn;
import dev.autogen.op.CreateCompositeTypeOp;
import dev.autogen.op.DropCompositeTypeOp;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.CompositeTypeModel;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Composite types, matched by name and compared by their attributes in order (a value is read by position). A
 * changed type is one {@link AlterCompositeTypeOp}: the dialect drops and appends attributes in place where that is
 * all, else recreates the type and converts its columns. New types are created so that a type another one uses
 * comes first (Hibernate nests an embeddable {@code @Struct} in another), and dropped the other way round.
 */
final class CompositeTypeComparator {

  private CompositeTypeComparator() {
  }

  /**
   * @param current the current schema with renames applied: a recreated type converts its columns as they are
   *                named when the op runs
   */
  static void compare(SchemaModel current, SchemaModel target, PlanBuilder plan) {
    Map<QualifiedName, CompositeTypeModel> currentByName = byName(current.compositeTypes());
    Map<QualifiedName, CompositeTypeModel> targetByName = byName(target.compositeTypes());
    for (CompositeTypeModel wanted : CompositeTypeModel.dependenciesFirst(target.compositeTypes())) {
      CompositeTypeModel existing = currentByName.get(wanted.name());
      if (existing == null) {
        plan.add(Phase.CREATE_COMPOSITE_TYPES, new CreateCompositeTypeOp(wanted));
      } else if (!existing.attributes().equals(wanted.attributes())) {
        AlterCompositeTypeOp alter = new AlterCompositeTypeOp(existing, wanted, columnsOf(existing, current, target));
        plan.add(Phase.ALTER_COMPOSITE_TYPES, alter);
        if (!alter.inPlace()) {
          noteNestedRecreate(existing, current, plan);
        }
      }
    }
    List<CompositeTypeModel> dropped = new ArrayList<>(CompositeTypeModel.dependenciesFirst(current.compositeTypes()).stream()
        .filter(type -> !targetByName.containsKey(type.name()))
        .toList());
    for (int i = dropped.size() - 1; i >= 0; i--) {
      plan.add(Phase.DROP_COMPOSITE_TYPES, new DropCompositeTypeOp(dropped.get(i).name(), dropped.get(i)));
    }
  }

  /**
   * A recreated type that another composite type uses cannot be dropped under it (PostgreSQL's {@code ALTER TYPE}
   * cannot convert an attribute): the migration fails there, whole, and says which type depends on it.
   */
  private static void noteNestedRecreate(CompositeTypeModel type, SchemaModel current, PlanBuilder plan) {
    for (CompositeTypeModel other : current.compositeTypes()) {
      if (other.uses(type)) {
        plan.note("composite type '" + type.name() + "' is recreated, but composite type '" + other.name()
            + "' uses it: PostgreSQL cannot convert that attribute; recreate '" + other.name() + "' by hand first");
      }
    }
  }

  /**
   * The columns of the type when {@code ALTER_COMPOSITE_TYPES} runs: those of the current tables, less the tables the
   * target no longer has (dropped before).
   */
  private static List<CompositeColumn> columnsOf(CompositeTypeModel type, SchemaModel current, SchemaModel target) {
    Set<QualifiedName> kept = new HashSet<>();
    target.tables().forEach(table -> kept.add(table.name()));
    List<CompositeColumn> columns = new ArrayList<>();
    for (TableModel table : current.tables()) {
      if (!kept.contains(table.name())) {
        continue;
      }
      for (ColumnModel column : table.columns()) {
        if (type.isTypeOf(column.type())) {
          CompositeColumn used = CompositeColumn.of(table.name(), column.name())
              .defaultValue(column.defaultExpression());
          columns.add(CompositeTypeModel.isArray(column.type()) ? used.asArray() : used);
        }
      }
    }
    return columns;
  }

  private static Map<QualifiedName, CompositeTypeModel> byName(List<CompositeTypeModel> types) {
    Map<QualifiedName, CompositeTypeModel> byName = new LinkedHashMap<>();
    types.forEach(type -> byName.put(type.name(), type));
    return byName;
  }
}
