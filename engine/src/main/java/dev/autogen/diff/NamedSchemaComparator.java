package dev.autogen.diff;

import dev.autogen.op.CreateSchemaOp;
import dev.autogen.op.DropSchemaOp;
import dev.autogen.schema.SchemaModel;
import java.util.Set;

/**
 * Named schemas ({@code @Table(schema = "app")}): created before anything is put in them, dropped after everything
 * in them is. The current model holds only the schemas autogen was told to read, so no other schema is dropped.
 */
final class NamedSchemaComparator {

  private NamedSchemaComparator() {
  }

  static void compare(SchemaModel current, SchemaModel target, PlanBuilder plan) {
    Set<String> existing = Set.copyOf(current.schemas());
    Set<String> wanted = Set.copyOf(target.schemas());
    target.schemas().stream()
        .filter(name -> !existing.contains(name))
        .forEach(name -> plan.add(Phase.CREATE_SCHEMAS, new CreateSchemaOp(name)));
    current.schemas().stream()
        .filter(name -> !wanted.contains(name))
        .forEach(name -> plan.add(Phase.DROP_SCHEMAS, new DropSchemaOp(name)));
  }
}
