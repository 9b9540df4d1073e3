package dev.autogen.diff;

import dev.autogen.op.MigrationPlan;
import java.util.List;
import java.util.Objects;

/**
 * What comparing two schemas found.
 *
 * @param plan  the ops that turn the current schema into the target
 * @param notes differences noticed but not turned into ops (a drop and an add that may have been a rename), so none is silently dropped
 */
public record DiffResult(MigrationPlan plan, List<String> notes) {

  public DiffResult {
    Objects.requireNonNull(plan, "plan");
    notes = List.copyOf(notes);
  }
}
