package dev.autogen.safety;

import java.util.EnumMap;
import java.util.Map;

/**
 * The severity of each rule (its default unless {@code lint.rule.<name>} says otherwise), and whether the runtime
 * sets a {@code lock_timeout} on every statement ({@code migration.lock_timeout}), which is what
 * {@link LintRule#NO_LOCK_TIMEOUT} asks for.
 */
public final class LintSettings {

  private final Map<LintRule, Severity> severities;
  private final boolean statementLockTimeout;

  public LintSettings(Map<LintRule, Severity> overrides) {
    this(overrides, false);
  }

  public LintSettings(Map<LintRule, Severity> overrides, boolean statementLockTimeout) {
    this.severities = new EnumMap<>(LintRule.class);
    for (LintRule rule : LintRule.values()) {
      severities.put(rule, overrides.getOrDefault(rule, rule.defaultSeverity()));
    }
    this.statementLockTimeout = statementLockTimeout;
  }

  /** The runtime runs every statement with a {@code lock_timeout}: no revision needs to set its own. */
  public boolean statementLockTimeout() {
    return statementLockTimeout;
  }

  public static LintSettings defaults() {
    return new LintSettings(Map.of());
  }

  public Severity severity(LintRule rule) {
    return severities.get(rule);
  }
}
