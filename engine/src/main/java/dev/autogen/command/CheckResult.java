package dev.autogen.command;

import java.util.List;

/** What {@code autogen check} found: the changes a new revision would hold (empty when in sync). */
public record CheckResult(List<String> differences) {

  public CheckResult {
    differences = List.copyOf(differences);
  }
}
