package dev.autogen.safety;

import dev.autogen.dialect.LockFacts;
import dev.autogen.dialect.TableEffect;
import dev.autogen.runtime.TerminalText;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A {@link LintReport} as lines for a terminal, or as Markdown for a pull-request comment. */
public final class LintReportText {

  private LintReportText() {
  }

  /** Per revision: each step with its costs, then the findings as {@code ERROR:}/{@code WARNING:}-like lines. */
  public static List<String> plain(LintReport report) {
    List<String> lines = new ArrayList<>();
    for (RevisionReport revision : report.revisions()) {
      lines.add("Revision " + revision.revision() + ", " + revision.message()
          + (report.measured() ? " (measured on a scratch database)" : " (static table, PostgreSQL 17)"));
      for (StepReport step : revision.steps()) {
        lines.add("  step " + step.number() + ": " + step.description() + ": " + costs(step.facts()));
        if (step.statements().size() > 1) {
          for (MeasuredStatement statement : step.statements()) {
            lines.add("    " + firstLine(statement.sql()) + ": "
                + costs(new LockFacts(statement.tables(), statement.runsInTransaction())));
          }
        }
      }
      for (Finding finding : revision.findings()) {
        lines.add("  " + finding.severity().label() + ": " + finding.describe());
      }
    }
    long errors = report.findings().stream().filter(finding -> finding.severity() == Severity.ERROR).count();
    long warnings = report.findings().size() - errors;
    lines.add(report.revisions().size() + " revision(s) linted: " + errors + " error(s), " + warnings
        + " warning(s)");
    // revision messages and raw SQL are user text: nothing in them may forge or erase a line on the terminal
    return lines.stream().map(TerminalText::line).toList();
  }

  /** One section per revision: a table of its steps, and its findings as a list. */
  public static List<String> markdown(LintReport report) {
    List<String> lines = new ArrayList<>();
    lines.add("## autogen lint");
    lines.add("");
    lines.add(report.measured() ? "Locks, rewrites and scans measured on a scratch PostgreSQL."
        : "Locks, rewrites and scans from autogen's static table (PostgreSQL 17).");
    for (RevisionReport revision : report.revisions()) {
      lines.add("");
      lines.add("### `" + revision.revision() + "` " + cell(revision.message()));
      lines.add("");
      lines.add("| step | operation | locks | rewrites | scans | in a transaction |");
      lines.add("|---|---|---|---|---|---|");
      for (StepReport step : revision.steps()) {
        LockFacts facts = step.facts();
        lines.add("| " + step.number() + " | " + cell(step.description()) + " | " + locks(facts) + " | "
            + tables(facts, true) + " | " + tables(facts, false) + " | " + (facts.runsInTransaction() ? "yes" : "no")
            + " |");
      }
      lines.add("");
      if (revision.findings().isEmpty()) {
        lines.add("No findings.");
      }
      for (Finding finding : revision.findings()) {
        lines.add("- **" + finding.severity().label() + "** `" + finding.rule().ruleName() + "` step "
            + finding.step() + (finding.table() == null ? "" : ", table `" + finding.table() + "`") + ": "
            + cell(finding.detail()) + ". " + cell(finding.rule().reason()) + ". Instead: "
            + cell(finding.rule().safeAlternative()) + ".");
      }
    }
    return lines;
  }

  private static String costs(LockFacts facts) {
    if (facts.tables().isEmpty()) {
      return "no lock on an existing table" + (facts.runsInTransaction() ? "" : ", outside a transaction");
    }
    return facts.tables().stream().map(effect -> effect.table() + " " + effect.lock().catalogName()
        + (effect.rewrites() ? ", rewritten" : "") + (effect.scans() ? ", scanned" : ""))
        .collect(Collectors.joining("; ")) + (facts.runsInTransaction() ? "" : "; outside a transaction");
  }

  private static String firstLine(String sql) {
    String line = sql.strip().lines().findFirst().orElse("");
    return line.length() > 100 ? line.substring(0, 97) + "..." : line;
  }

  private static String locks(LockFacts facts) {
    return facts.tables().isEmpty() ? "-" : facts.tables().stream()
        .map(effect -> "`" + effect.table() + "` " + effect.lock().catalogName()).collect(Collectors.joining(", "));
  }

  private static String tables(LockFacts facts, boolean rewrites) {
    String names = facts.tables().stream().filter(effect -> rewrites ? effect.rewrites() : effect.scans())
        .map(TableEffect::table).map(table -> "`" + table + "`").collect(Collectors.joining(", "));
    return names.isEmpty() ? "-" : names;
  }

  /** Text in a table cell or list item: a pipe or a line break would end it. */
  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
  }
}
