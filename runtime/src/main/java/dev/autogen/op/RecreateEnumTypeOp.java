package dev.autogen.op;

import dev.autogen.schema.EnumTypeModel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Replaces an enum type's values where {@code ALTER TYPE} cannot: PostgreSQL can add and rename a value, never
 * remove or reorder one. The old type is renamed aside ({@code <name>_old}), the new one created under the name,
 * each column converted through its text ({@code USING col::text::<type>}, its default dropped and set again), and
 * the old type dropped. A row holding a removed value makes the conversion fail: update those rows first.
 *
 * @param from    the type as it is
 * @param to      the type as it should be, under the same name
 * @param columns every column of the type when the op runs
 */
public record RecreateEnumTypeOp(EnumTypeModel from, EnumTypeModel to, List<EnumColumn> columns)
    implements MigrationOp {

  public RecreateEnumTypeOp {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    columns = List.copyOf(columns);
    if (!from.name().equals(to.name())) {
      throw new IllegalArgumentException("recreateEnumType names two types: " + from.name() + " and " + to.name());
    }
  }

  /** The values that are removed. */
  public List<String> removedValues() {
    return from.labels().stream().filter(label -> !to.labels().contains(label)).toList();
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitRecreateEnumType(this);
  }

  @Override
  public MigrationOp reverse() {
    return new RecreateEnumTypeOp(to, from, columns);
  }

  @Override
  public String description() {
    return "recreated enum type '" + to.name() + "' with values (" + EnumLabels.list(to.labels()) + "), was ("
        + EnumLabels.list(from.labels()) + ")";
  }

  @Override
  public Optional<String> dataLoss() {
    List<String> removed = removedValues();
    if (removed.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("removes " + EnumLabels.list(removed) + " from enum type " + to.name()
        + "; the conversion fails on rows still holding " + (removed.size() == 1 ? "it" : "them")
        + ": update them first");
  }
}
