package dev.autogen.command;

import dev.autogen.introspect.IntrospectionResult;
import dev.autogen.introspect.OutsideUse;
import dev.autogen.op.AlterCompositeTypeOp;
import dev.autogen.op.MigrationOp;
import dev.autogen.op.MigrationPlan;
import dev.autogen.op.RecreateEnumTypeOp;
import dev.autogen.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;

/**
 * Warnings for the types a plan recreates that something autogen does not manage also uses: the recreate converts
 * only the compared columns, so dropping the old type fails on the others, which the revision has to convert by
 * hand.
 */
final class RecreatedTypeUses {

  private RecreatedTypeUses() {
  }

  /** One warning for each type recreated by the upgrade, then for each the downgrade recreates. */
  static List<String> warnings(MigrationPlan plan, IntrospectionResult current) {
    List<String> warnings = new ArrayList<>();
    scan("upgrade", plan.upgradeOps(), current, warnings);
    scan("downgrade", plan.downgradeOps(), current, warnings);
    return warnings;
  }

  private static void scan(String direction, List<MigrationOp> ops, IntrospectionResult current,
      List<String> warnings) {
    for (MigrationOp op : ops) {
      if (op instanceof RecreateEnumTypeOp recreate) {
        warn(direction, "enum type", recreate.from().name(), current, warnings);
      } else if (op instanceof AlterCompositeTypeOp alter && !alter.inPlace()) {
        warn(direction, "composite type", alter.from().name(), current, warnings);
      }
    }
  }

  private static void warn(String direction, String kind, QualifiedName name, IntrospectionResult current,
      List<String> warnings) {
    current.outsideUses().stream()
        .filter(use -> use.kind().equals(kind) && use.name().equals(name))
        .map(OutsideUse::user)
        .findFirst()
        .ifPresent(user -> warnings.add("the " + direction + " recreates " + kind + " '" + name + "', but " + user
            + " uses it too, which autogen does not manage: convert it in the revision, or the old type cannot be"
            + " dropped"));
  }
}
