package dev.autogen.op;

import java.util.List;
import java.util.stream.Collectors;

/** Enum values as descriptions quote them: {@code 'sad', 'ok'}. */
final class EnumLabels {

  private EnumLabels() {
  }

  static String list(List<String> labels) {
    return labels.stream().map(label -> "'" + label + "'").collect(Collectors.joining(", "));
  }
}
