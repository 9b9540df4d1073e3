package dev.autogen.op;

import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.SequenceModel;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code DROP SEQUENCE}.
 *
 * @param name     the sequence to drop
 * @param existing its definition, so the drop can be reversed; {@code null} when built from a name only
 */
public record DropSequenceOp(QualifiedName name, SequenceModel existing) implements MigrationOp {

  public DropSequenceOp {
    Objects.requireNonNull(name, "name");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitDropSequence(this);
  }

  /** Recreates the sequence at its start value: where it had counted to is not part of its definition. */
  @Override
  public MigrationOp reverse() {
    if (existing == null) {
      throw new IrreversibleOpException("drop of sequence '" + name + "' does not carry its definition");
    }
    return new CreateSequenceOp(existing);
  }

  @Override
  public String description() {
    return "removed sequence '" + name + "'";
  }

  @Override
  public Optional<String> dataLoss() {
    return Optional.of("drops sequence " + name + "; its current value is lost");
  }
}
