package dev.autogen.op;

import java.util.Objects;

/**
 * Where {@code ALTER TYPE ... ADD VALUE} puts a new value: {@code BEFORE} or {@code AFTER} an existing one.
 * Without one the value is appended at the end.
 *
 * @param before   {@code true} for {@code BEFORE}, {@code false} for {@code AFTER}
 * @param neighbour the existing value it is placed next to
 */
public record EnumValuePosition(boolean before, String neighbour) {

  public EnumValuePosition {
    Objects.requireNonNull(neighbour, "neighbour");
  }

  public static EnumValuePosition before(String neighbour) {
    return new EnumValuePosition(true, neighbour);
  }

  public static EnumValuePosition after(String neighbour) {
    return new EnumValuePosition(false, neighbour);
  }

  @Override
  public String toString() {
    return (before ? "before '" : "after '") + neighbour + "'";
  }
}
