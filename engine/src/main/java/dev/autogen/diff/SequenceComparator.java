package dev.autogen.diff;

import dev.autogen.op.AlterSequenceOp;
import dev.autogen.op.CreateSequenceOp;
import dev.autogen.op.DropSequenceOp;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.SequenceModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Sequences, matched by name: unlike a constraint's, a sequence's name is what the mapping refers to, so a
 * sequence under another name is another sequence.
 */
final class SequenceComparator {

  private SequenceComparator() {
  }

  static void compare(SchemaModel current, SchemaModel target, PlanBuilder plan) {
    Map<QualifiedName, SequenceModel> currentByName = byName(current.sequences());
    Map<QualifiedName, SequenceModel> targetByName = byName(target.sequences());
    SortedSet<QualifiedName> names = new TreeSet<>(currentByName.keySet());
    names.addAll(targetByName.keySet());
    for (QualifiedName name : names) {
      SequenceModel existing = currentByName.get(name);
      SequenceModel wanted = targetByName.get(name);
      if (existing == null) {
        plan.add(Phase.CREATE_SEQUENCES, new CreateSequenceOp(wanted));
      } else if (wanted == null) {
        plan.add(Phase.DROP_SEQUENCES, new DropSequenceOp(name, existing));
      } else if (!existing.equals(wanted)) {
        plan.add(Phase.ALTER_SEQUENCES, new AlterSequenceOp(existing, wanted));
      }
    }
  }

  private static Map<QualifiedName, SequenceModel> byName(List<SequenceModel> sequences) {
    Map<QualifiedName, SequenceModel> byName = new HashMap<>();
    sequences.forEach(sequence -> byName.put(sequence.name(), sequence));
    return byName;
  }
}
