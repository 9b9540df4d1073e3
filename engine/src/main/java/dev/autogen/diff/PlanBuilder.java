package dev.autogen.diff;

import dev.autogen.op.MigrationOp;
import dev.autogen.op.MigrationPlan;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Collects ops by {@link Phase} and notes. Within a phase ops keep the order they were added in: {@link SchemaDiff}
 * visits tables in name order and each comparator adds its ops in name order, which makes the plan deterministic.
 */
final class PlanBuilder {

  private final Map<Phase, List<MigrationOp>> opsByPhase = new EnumMap<>(Phase.class);
  private final List<String> notes = new ArrayList<>();

  void add(Phase phase, MigrationOp op) {
    opsByPhase.computeIfAbsent(phase, p -> new ArrayList<>()).add(op);
  }

  void note(String note) {
    notes.add(note);
  }

  DiffResult build() {
    List<MigrationOp> ops = new ArrayList<>();
    opsByPhase.values().forEach(ops::addAll);
    return new DiffResult(new MigrationPlan(ops), notes);
  }
}
