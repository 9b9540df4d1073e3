package dev.autogen.op;

import dev.autogen.schema.CompositeAttribute;
import dev.autogen.schema.CompositeTypeModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Gives a composite type new attributes. Where the new attributes are the old ones, less some, in the same order
 * and of the same types, followed by new ones, it is one {@code ALTER TYPE ... DROP ATTRIBUTE ..., ADD ATTRIBUTE
 * ...}, which PostgreSQL allows while columns use the type (values keep their other attributes; the added ones are
 * null). Anything else (an attribute retyped, moved, or added before an old one) PostgreSQL refuses or cannot
 * express: the type is recreated, as an enum type is. The old type is renamed aside ({@code <name>_old}), the new
 * one created under the name, and each column converted attribute by attribute, matched by name (cast to its new
 * type; a new one null), its default dropped and set again; then the old type is dropped. Attributes are matched by
 * name: a renamed attribute is one dropped and one added, its values lost.
 *
 * @param from    the type as it is
 * @param to      the type as it should be, under the same name
 * @param columns every column of the type when the op runs; only a recreate converts them
 */
public record AlterCompositeTypeOp(CompositeTypeModel from, CompositeTypeModel to, List<CompositeColumn> columns)
    implements MigrationOp {

  public AlterCompositeTypeOp {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    columns = List.copyOf(columns);
    if (!from.name().equals(to.name())) {
      throw new IllegalArgumentException("alterCompositeType names two types: " + from.name() + " and " + to.name());
    }
  }

  /**
   * Whether {@code ALTER TYPE} can do it: the kept attributes stay in order with their types, and the new ones come
   * after them (PostgreSQL appends an added attribute).
   */
  public boolean inPlace() {
    List<CompositeAttribute> kept = from.attributes().stream()
        .filter(attribute -> to.attribute(attribute.name()).isPresent())
        .toList();
    List<CompositeAttribute> wanted = to.attributes();
    if (!wanted.subList(0, Math.min(kept.size(), wanted.size())).equals(kept)) {
      return false;
    }
    return wanted.subList(kept.size(), wanted.size()).stream()
        .allMatch(attribute -> from.attribute(attribute.name()).isEmpty());
  }

  /** The attributes {@code to} no longer has. */
  public List<CompositeAttribute> droppedAttributes() {
    return from.attributes().stream().filter(attribute -> to.attribute(attribute.name()).isEmpty()).toList();
  }

  /** The attributes {@code from} does not have. */
  public List<CompositeAttribute> addedAttributes() {
    return to.attributes().stream().filter(attribute -> from.attribute(attribute.name()).isEmpty()).toList();
  }

  /** The attributes of both whose type changes, as they are in {@code to}. */
  public List<CompositeAttribute> retypedAttributes() {
    return to.attributes().stream()
        .filter(attribute -> from.attribute(attribute.name())
            .map(old -> !old.type().equals(attribute.type()))
            .orElse(false))
        .toList();
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitAlterCompositeType(this);
  }

  @Override
  public MigrationOp reverse() {
    return new AlterCompositeTypeOp(to, from, columns);
  }

  @Override
  public String description() {
    return (inPlace() ? "altered" : "recreated") + " composite type '" + to.name() + "' ("
        + CompositeAttributes.list(to.attributes()) + "), was (" + CompositeAttributes.list(from.attributes()) + ")";
  }

  @Override
  public Optional<String> dataLoss() {
    List<String> losses = new ArrayList<>();
    List<CompositeAttribute> dropped = droppedAttributes();
    if (!dropped.isEmpty()) {
      losses.add("drops attribute" + (dropped.size() == 1 ? " " : "s ")
          + String.join(", ", dropped.stream().map(CompositeAttribute::name).toList())
          + " of composite type " + to.name() + ": the values stored in " + (dropped.size() == 1 ? "it" : "them")
          + " are lost");
    }
    for (CompositeAttribute retyped : retypedAttributes()) {
      losses.add("converts attribute " + retyped.name() + " of composite type " + to.name() + " to "
          + retyped.type() + ": values that do not fit fail the conversion or are cut");
    }
    return losses.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", losses));
  }
}
