package dev.autogen.cli;

import dev.autogen.command.CheckResult;
import dev.autogen.command.DriftResult;
import dev.autogen.command.RevisionResult;
import dev.autogen.command.StatusReport;
import dev.autogen.runtime.RevisionInfo;
import dev.autogen.dialect.TableEffect;
import dev.autogen.safety.Finding;
import dev.autogen.safety.LintReport;
import dev.autogen.safety.MeasuredStatement;
import dev.autogen.safety.RevisionReport;
import dev.autogen.safety.StepReport;
import dev.autogen.verify.RevisionVerification;
import dev.autogen.verify.VerifyReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The documented {@code --json} shapes (README, "Machine-readable output"), one method per command. Field names are
 * snake_case; a field is never left out, it is {@code null} when unknown.
 */
final class JsonReports {

  /** Collects the engine's {@code WARNING: } lines and drops its progress lines, which JSON output leaves out. */
  static final class Warnings implements Consumer<String> {

    private static final String PREFIX = "WARNING: ";
    private final List<String> warnings = new ArrayList<>();

    @Override
    public void accept(String line) {
      if (line.startsWith(PREFIX)) {
        warnings.add(line.substring(PREFIX.length()));
      }
    }

    List<String> list() {
      return List.copyOf(warnings);
    }
  }

  private JsonReports() {
  }

  static String revision(RevisionResult result, Warnings warnings) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", result.id());
    json.put("file", result.file());
    json.put("operations", result.operations());
    json.put("warnings", warnings.list());
    return Json.write(json);
  }

  static String verify(VerifyReport report) {
    List<Object> revisions = new ArrayList<>();
    for (RevisionVerification revision : report.revisions()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("id", revision.id());
      json.put("message", revision.message());
      json.put("file", revision.file());
      json.put("ok", revision.ok());
      json.put("rows", revision.rows());
      json.put("millis", revision.millis());
      Map<String, Object> failure = null;
      if (revision.failure() != null) {
        failure = new LinkedHashMap<>();
        failure.put("step", revision.failure().step());
        failure.put("message", revision.failure().message());
      }
      json.put("failure", failure);
      json.put("notes", revision.notes());
      revisions.add(json);
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("ok", report.ok());
    json.put("revisions", revisions);
    return Json.write(json);
  }

  static String lint(LintReport report) {
    List<Object> revisions = new ArrayList<>();
    for (RevisionReport revision : report.revisions()) {
      List<Object> steps = new ArrayList<>();
      for (StepReport step : revision.steps()) {
        List<Object> statements = new ArrayList<>();
        for (MeasuredStatement statement : step.statements()) {
          Map<String, Object> json = new LinkedHashMap<>();
          json.put("sql", statement.sql());
          json.put("tables", tableEffects(statement.tables()));
          json.put("in_transaction", statement.runsInTransaction());
          statements.add(json);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("step", step.number());
        json.put("operation", step.description());
        json.put("tables", tableEffects(step.facts().tables()));
        json.put("in_transaction", step.facts().runsInTransaction());
        json.put("statements", statements);
        steps.add(json);
      }
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("id", revision.revision());
      json.put("message", revision.message());
      json.put("file", revision.file());
      json.put("steps", steps);
      revisions.add(json);
    }
    List<Object> findings = new ArrayList<>();
    for (Finding finding : report.findings()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("revision", finding.revision());
      json.put("step", finding.step());
      json.put("table", finding.table() == null ? null : finding.table().toString());
      json.put("rule", finding.rule().ruleName());
      json.put("severity", finding.severity().label());
      json.put("message", finding.detail());
      json.put("reason", finding.rule().reason());
      json.put("instead", finding.rule().safeAlternative());
      findings.add(json);
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("measured", report.measured());
    json.put("errors", report.hasErrors());
    json.put("revisions", revisions);
    json.put("findings", findings);
    return Json.write(json);
  }

  private static List<Object> tableEffects(List<TableEffect> effects) {
    List<Object> tables = new ArrayList<>();
    for (TableEffect effect : effects) {
      Map<String, Object> table = new LinkedHashMap<>();
      table.put("table", effect.table().toString());
      table.put("lock", effect.lock().catalogName());
      table.put("rewrites", effect.rewrites());
      table.put("scans", effect.scans());
      tables.add(table);
    }
    return tables;
  }

  static String check(CheckResult result, Warnings warnings) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("in_sync", result.differences().isEmpty());
    json.put("operations", result.differences());
    json.put("warnings", warnings.list());
    return Json.write(json);
  }

  static String drift(DriftResult result, Warnings warnings) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("drifted", result.drifted());
    json.put("heads", result.heads());
    json.put("expected_from", result.expectedFrom());
    json.put("operations", result.differences());
    json.put("warnings", warnings.list());
    return Json.write(json);
  }

  static String current(List<StatusReport.CurrentRevision> revisions) {
    List<Object> list = new ArrayList<>();
    for (StatusReport.CurrentRevision revision : revisions) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("id", revision.id());
      json.put("head", revision.head());
      json.put("message", revision.info().map(RevisionInfo::message));
      json.put("file", revision.info().map(RevisionInfo::source));
      list.add(json);
    }
    return Json.write(Map.of("revisions", list));
  }

  /** @param readDatabase whether {@code current} is known; {@code null} in every entry otherwise */
  static String history(List<StatusReport.RevisionStatus> revisions, boolean readDatabase) {
    List<Object> list = new ArrayList<>();
    for (StatusReport.RevisionStatus revision : revisions) {
      Map<String, Object> json = revisionFields(revision.info());
      json.put("head", revision.head());
      json.put("current", readDatabase ? revision.current() : null);
      list.add(json);
    }
    return Json.write(Map.of("revisions", list));
  }

  static String heads(List<RevisionInfo> heads) {
    return Json.write(Map.of("heads", heads.stream().map(JsonReports::revisionFields).toList()));
  }

  private static Map<String, Object> revisionFields(RevisionInfo info) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", info.id());
    json.put("parents", info.parents());
    json.put("message", info.message());
    json.put("created", info.created().isEmpty() ? null : info.created());
    json.put("file", info.source());
    json.put("branch_labels", info.branchLabels());
    json.put("depends_on", info.dependsOn());
    return json;
  }
}
