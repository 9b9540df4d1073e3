package dev.autogen.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.safety.LintRule;
import dev.autogen.safety.Severity;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code lint.rule.<name>}: a known rule and severity, any case; anything else an error naming the file. */
class ConfigLoaderLintTest {

  private static final Path FILE = Path.of("autogen.properties");

  private static AutogenConfig load(Map<String, String> settings) {
    return new ConfigLoader(Map.of()).load(FILE, settings, new ConfigLoader.Overrides(null, null));
  }

  @Test
  void aRuleSeverityOverridesItsDefault() {
    AutogenConfig config = load(Map.of("url", "embedded", "lint.rule.rename-or-drop", "ERROR",
        "lint.rule.no-lock-timeout", "off"));
    assertThat(config.lintSettings().severity(LintRule.RENAME_OR_DROP)).isEqualTo(Severity.ERROR);
    assertThat(config.lintSettings().severity(LintRule.NO_LOCK_TIMEOUT)).isEqualTo(Severity.OFF);
    assertThat(config.lintSettings().severity(LintRule.SET_NOT_NULL)).isEqualTo(Severity.ERROR);
    assertThat(config.withEntityClasspath(java.util.List.of()).lintSettings().severity(LintRule.RENAME_OR_DROP))
        .isEqualTo(Severity.ERROR);
  }

  @Test
  void anUnknownRuleOrSeverityIsAnError() {
    assertThatThrownBy(() -> load(Map.of("url", "embedded", "lint.rule.drop-everything", "off")))
        .isInstanceOf(AutogenException.class)
        .hasMessageStartingWith("autogen.properties: unknown lint rule 'drop-everything'")
        .hasMessageContaining("set-not-null");
    assertThatThrownBy(() -> load(Map.of("url", "embedded", "lint.rule.set-not-null", "fatal")))
        .isInstanceOf(AutogenException.class)
        .hasMessage("autogen.properties: lint.rule.set-not-null: 'fatal' is not a severity; use error, warning or off");
  }
}
