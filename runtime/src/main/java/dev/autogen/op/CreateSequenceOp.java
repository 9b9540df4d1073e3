package dev.autogen.op;

import dev.autogen.schema.SequenceModel;
import java.util.Objects;

/** {@code CREATE SEQUENCE} with its start and increment. */
public record CreateSequenceOp(SequenceModel sequence) implements MigrationOp {

  public CreateSequenceOp {
    Objects.requireNonNull(sequence, "sequence");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitCreateSequence(this);
  }

  @Override
  public MigrationOp reverse() {
    return new DropSequenceOp(sequence.name(), sequence);
  }

  @Override
  public String description() {
    return "added sequence '" + sequence.name() + "'";
  }
}
