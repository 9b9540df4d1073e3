package dev.autogen.schema;

import java.util.Objects;

/** A table's comment, as an element of {@code op.createTable(name, tableComment("..."), columns...)}. */
public record TableComment(String text) implements TableElement {

  public TableComment {
    Objects.requireNonNull(text, "text");
  }
}
