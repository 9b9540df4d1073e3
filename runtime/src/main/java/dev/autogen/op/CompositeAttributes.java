package dev.autogen.op;

import dev.autogen.schema.CompositeAttribute;
import java.util.List;
import java.util.stream.Collectors;

/** Attributes as a description lists them: {@code city character varying(255), zip character varying(10)}. */
final class CompositeAttributes {

  private CompositeAttributes() {
  }

  static String list(List<CompositeAttribute> attributes) {
    return attributes.stream().map(attribute -> attribute.name() + " " + attribute.type())
        .collect(Collectors.joining(", "));
  }
}
