package dev.autogen.command;

import dev.autogen.dialect.LockFacts;
import dev.autogen.dialect.PostgresLockFacts;
import dev.autogen.op.MigrationOp;
import dev.autogen.runtime.Autogen;
import dev.autogen.runtime.LoadedRevision;
import dev.autogen.runtime.MigrationDatabaseException;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.runtime.RevisionInfo;
import dev.autogen.runtime.Step;
import dev.autogen.safety.Finding;
import dev.autogen.safety.LintReport;
import dev.autogen.safety.MeasuredStatement;
import dev.autogen.safety.MeasuredStep;
import dev.autogen.safety.PlannedStep;
import dev.autogen.safety.RevisionLinter;
import dev.autogen.safety.RevisionReport;
import dev.autogen.safety.RevisionSteps;
import dev.autogen.safety.StepMeasurer;
import dev.autogen.safety.StepReport;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code lint}: the rules of safe migrations applied to revisions, each step's locks, rewrites and scans measured on
 * a scratch database migrated to just before it, or taken from the dialect's static table. {@code revision} lints
 * what it just wrote with the static table.
 */
final class Lint {

  /** The version the static table answers for when no server is asked: the embedded PostgreSQL's. */
  static final int STATIC_MAJOR_VERSION = 17;

  private final Project project;

  Lint(Project project) {
    this.project = project;
  }

  LintReport lint(LintRequest request) {
    RevisionGraph graph = project.graph();
    List<RevisionInfo> selected = select(graph, request.target());
    Map<String, LoadedRevision> loaded = new HashMap<>();
    project.revisions().forEach(revision -> loaded.put(revision.info().id(), revision));
    RevisionLinter linter = new RevisionLinter(project.config().lintSettings());
    List<RevisionReport> reports = new ArrayList<>();
    Database scratchServer = request.measure() ? project.scratchServer(request.scratchUrl()) : null;
    try {
      for (RevisionInfo info : selected) {
        List<PlannedStep> steps = RevisionSteps.of(project.dialect(), loaded.get(info.id()));
        Map<Integer, LockFacts> facts = new HashMap<>();
        Map<Integer, List<MeasuredStatement>> statements = new HashMap<>();
        if (scratchServer != null) {
          for (MeasuredStep measured : measure(scratchServer, info, steps)) {
            facts.put(measured.step().number(), measured.facts());
            statements.put(measured.step().number(), measured.statements());
          }
        } else {
          List<LockFacts> table = new PostgresLockFacts(STATIC_MAJOR_VERSION)
              .of(steps.stream().map(PlannedStep::op).toList());
          steps.forEach(step -> facts.put(step.number(), table.get(steps.indexOf(step))));
        }
        List<Finding> findings = linter.lint(info.id(), steps, step -> facts.get(step.number()));
        List<StepReport> stepReports = steps.stream().map(step -> new StepReport(step.number(),
            step.op().description(), facts.get(step.number()), scratchServer != null,
            statements.getOrDefault(step.number(), List.of()))).toList();
        reports.add(new RevisionReport(info.id(), info.message(),
            info.source() == null ? null : info.source().toAbsolutePath().toString(), stepReports, findings));
      }
    } finally {
      if (scratchServer != null && request.scratchUrl() != null) {
        scratchServer.close();
      }
    }
    return new LintReport(reports, scratchServer != null);
  }

  /** Findings of ops just written as a revision, with the static table: {@code revision}'s warnings. */
  static List<Finding> ofPlan(Project project, String revision, List<MigrationOp> ops) {
    List<PlannedStep> steps = RevisionSteps.of(project.dialect(), ops);
    List<LockFacts> table = new PostgresLockFacts(STATIC_MAJOR_VERSION).of(steps.stream().map(PlannedStep::op).toList());
    return new RevisionLinter(project.config().lintSettings())
        .lint(revision, steps, step -> table.get(steps.indexOf(step)));
  }

  private List<RevisionInfo> select(RevisionGraph graph, String target) {
    if (target == null) {
      List<RevisionInfo> pending = upgradeRevisions(graph, project.databaseHeads(), "heads");
      return pending.isEmpty() ? graph.heads() : pending;
    }
    RevisionRange range = RevisionRange.parse(target);
    if (range.hasStart()) {
      return upgradeRevisions(graph, graph.resolve(range.from(), Set.of()), range.to());
    }
    return new TreeSet<>(graph.resolve(target, Set.of())).stream().map(graph::get).toList();
  }

  private static List<RevisionInfo> upgradeRevisions(RevisionGraph graph, Set<String> start, String to) {
    return graph.upgradeSteps(start, to).stream().map(Step::revision).toList();
  }

  /** A fresh scratch database upgraded to the revision's parents and dependencies, then its steps measured. */
  private List<MeasuredStep> measure(Database server, RevisionInfo info, List<PlannedStep> steps) {
    try (ScratchDatabase scratch = ScratchDatabase.create(server)) {
      Autogen autogen = Autogen.configure()
          .connections(scratch.database()::connect)
          .revisions(project::revisions)
          .versionTable(project.versionTable().table())
          .lockTimeout(project.config().lockTimeout())
          .reporter(line -> { })
          .load();
      Set<String> before = new LinkedHashSet<>(info.parents());
      before.addAll(info.dependsOn());
      for (String revision : before) {
        try {
          autogen.upgrade(revision);
        } catch (MigrationDatabaseException e) {
          throw new AutogenException("lint " + info.id() + ": cannot upgrade the scratch database to " + revision
              + ": " + e.getMessage(), e);
        }
      }
      try (Connection connection = scratch.database().connect()) {
        return new StepMeasurer().measure(connection, steps);
      } catch (SQLException e) {
        throw new AutogenException("lint " + info.id() + " (" + info.source() + "): a step failed on the scratch"
            + " database: " + e.getMessage(), e);
      }
    }
  }
}
