package dev.autogen.safety;

import dev.autogen.schema.QualifiedName;
import java.util.Objects;

/**
 * One rule a step breaks.
 *
 * @param step the op's number in the revision's upgrade, from 1
 * @param table the table it concerns, or {@code null} (an enum type, a whole revision)
 * @param detail what the step does that breaks the rule
 */
public record Finding(String revision, int step, QualifiedName table, LintRule rule, Severity severity,
    String detail) {

  public Finding {
    Objects.requireNonNull(revision, "revision");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(detail, "detail");
  }

  /** {@code revision 3f2a9c41b7de, step 2, table 'user': [set-not-null] ...; instead: ...} */
  public String describe() {
    return "revision " + revision + ", step " + step + (table == null ? "" : ", table '" + table + "'") + ": ["
        + rule.ruleName() + "] " + detail + ": " + rule.reason() + "; instead: " + rule.safeAlternative();
  }
}
