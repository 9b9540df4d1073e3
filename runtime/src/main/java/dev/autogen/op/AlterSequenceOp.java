package dev.autogen.op;

import dev.autogen.schema.SequenceModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Changes a sequence's increment or recorded start value. Carries the old and the new definition, so it reverses
 * without a database and the dialect emits only what differs.
 */
public record AlterSequenceOp(SequenceModel from, SequenceModel to) implements MigrationOp {

  public AlterSequenceOp {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.name().equals(to.name())) {
      throw new IllegalArgumentException("alterSequence names two sequences: " + from.name() + " and " + to.name());
    }
  }

  public boolean startChanged() {
    return from.start() != to.start();
  }

  public boolean incrementChanged() {
    return from.increment() != to.increment();
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitAlterSequence(this);
  }

  @Override
  public MigrationOp reverse() {
    return new AlterSequenceOp(to, from);
  }

  @Override
  public String description() {
    List<String> what = new ArrayList<>();
    if (startChanged()) {
      what.add("start " + from.start() + " -> " + to.start());
    }
    if (incrementChanged()) {
      what.add("increment " + from.increment() + " -> " + to.increment());
    }
    return "altered sequence '" + to.name() + "' (" + String.join(", ", what) + ")";
  }
}
