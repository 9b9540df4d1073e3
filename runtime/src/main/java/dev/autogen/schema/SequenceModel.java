package dev.autogen.schema;

import java.util.Objects;

/**
 * A standalone sequence, such as the {@code <entity>_seq} Hibernate draws ids from. Sequences that belong to an
 * identity or serial column are part of that column, not models of their own.
 *
 * @param name      qualified name, as stored
 * @param start     the {@code START WITH} value
 * @param increment the {@code INCREMENT BY} value (Hibernate's allocation size); never zero
 */
public record SequenceModel(QualifiedName name, long start, long increment) {

  public SequenceModel {
    Objects.requireNonNull(name, "name");
    if (increment == 0) {
      throw new IllegalArgumentException("sequence " + name + " cannot increment by 0");
    }
  }

  /** PostgreSQL's defaults for an ascending sequence: start with 1, increment by 1. */
  public static SequenceModel of(QualifiedName name) {
    return new SequenceModel(name, 1, 1);
  }

  public SequenceModel startWith(long value) {
    return new SequenceModel(name, value, increment);
  }

  public SequenceModel incrementBy(long value) {
    return new SequenceModel(name, start, value);
  }
}
