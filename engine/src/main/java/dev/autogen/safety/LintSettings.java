package dev.autogen.safety;

import java.util.EnumMap;
import java.util.Map;

/** The severity of each rule: its default unless {@code lint.rule.<name>} says otherwise. */
public final class LintSettings {

  private final Map<LintRule, Severity> severities;

  public LintSettings(Map<LintRule, Severity> overrides) {
    this.severities = new EnumMap<>(LintRule.class);
    for (LintRule rule : LintRule.values()) {
      severities.put(rule, overrides.getOrDefault(rule, rule.defaultSeverity()));
    }
  }

  public static LintSettings defaults() {
    return new LintSettings(Map.of());
  }

  public Severity severity(LintRule rule) {
    return severities.get(rule);
  }
}
