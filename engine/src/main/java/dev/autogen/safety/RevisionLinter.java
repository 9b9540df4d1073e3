package dev.autogen.safety;

import dev.autogen.dialect.LockFacts;
import dev.autogen.dialect.TableEffect;
import dev.autogen.op.AddCheckConstraintOp;
import dev.autogen.op.AddColumnOp;
import dev.autogen.op.AddEnumValueOp;
import dev.autogen.op.AddForeignKeyOp;
import dev.autogen.op.AddPrimaryKeyOp;
import dev.autogen.op.AddUniqueConstraintOp;
import dev.autogen.op.AlterColumnOp;
import dev.autogen.op.AlterSequenceOp;
import dev.autogen.op.AlterCompositeTypeOp;
import dev.autogen.op.CreateCompositeTypeOp;
import dev.autogen.op.BackfillOp;
import dev.autogen.op.CreateEnumTypeOp;
import dev.autogen.op.DropCompositeTypeOp;
import dev.autogen.op.CreateIndexOp;
import dev.autogen.op.CreateSchemaOp;
import dev.autogen.op.CreateSequenceOp;
import dev.autogen.op.CreateTableOp;
import dev.autogen.op.DropCheckConstraintOp;
import dev.autogen.op.DropColumnOp;
import dev.autogen.op.DropEnumTypeOp;
import dev.autogen.op.DropForeignKeyOp;
import dev.autogen.op.DropIndexOp;
import dev.autogen.op.DropPrimaryKeyOp;
import dev.autogen.op.DropSchemaOp;
import dev.autogen.op.DropSequenceOp;
import dev.autogen.op.DropTableOp;
import dev.autogen.op.DropUniqueConstraintOp;
import dev.autogen.op.ExecuteOp;
import dev.autogen.op.OpVisitor;
import dev.autogen.op.RecreateEnumTypeOp;
import dev.autogen.op.RenameColumnOp;
import dev.autogen.op.RenameEnumValueOp;
import dev.autogen.op.RenameTableOp;
import dev.autogen.op.SetTableCommentOp;
import dev.autogen.op.ValidateConstraintOp;
import dev.autogen.schema.QualifiedName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Applies the {@link LintRule}s to one revision's steps, given each step's {@link LockFacts} (measured on a scratch
 * database, or from the dialect's static table). Tables the revision itself creates are nobody's yet: only steps on
 * tables that existed before it count.
 */
public final class RevisionLinter {

  private final LintSettings settings;

  public RevisionLinter(LintSettings settings) {
    this.settings = settings;
  }

  public List<Finding> lint(String revision, List<PlannedStep> steps, Function<PlannedStep, LockFacts> facts) {
    Checks checks = new Checks(revision);
    for (PlannedStep step : steps) {
      checks.step = step;
      checks.facts = facts.apply(step);
      step.op().accept(checks);
      checks.lockTimeout(step);
    }
    return checks.findings;
  }

  private final class Checks implements OpVisitor<Void> {

    private final String revision;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<QualifiedName> created = new HashSet<>();
    private boolean lockTimeoutSet;
    private boolean lockTimeoutReported;
    private PlannedStep step;
    private LockFacts facts;

    Checks(String revision) {
      this.revision = revision;
      this.lockTimeoutSet = settings.statementLockTimeout();
    }

    private void report(LintRule rule, QualifiedName table, String detail) {
      Severity severity = settings.severity(rule);
      if (severity != Severity.OFF) {
        findings.add(new Finding(revision, step.number(), table, rule, severity, detail));
      }
    }

    private boolean existing(QualifiedName table) {
      return !created.contains(table);
    }

    private boolean scans(QualifiedName table) {
      return facts.tables().stream().anyMatch(effect -> effect.table().equals(table) && effect.scans());
    }

    private boolean rewrites(QualifiedName table) {
      return facts.tables().stream().anyMatch(effect -> effect.table().equals(table) && effect.rewrites());
    }

    /** After each step: the first one that blocks reads or writes of an existing table with no lock_timeout set. */
    void lockTimeout(PlannedStep current) {
      if (lockTimeoutSet || lockTimeoutReported) {
        return;
      }
      for (TableEffect effect : facts.tables()) {
        if (existing(effect.table()) && effect.lock().blocksWrites()) {
          lockTimeoutReported = true;
          report(LintRule.NO_LOCK_TIMEOUT, effect.table(), current.op().description() + " takes "
              + effect.lock().catalogName() + " with no lock_timeout set");
          return;
        }
      }
    }

    @Override
    public Void visitCreateTable(CreateTableOp op) {
      created.add(op.table().name());
      return null;
    }

    @Override
    public Void visitDropTable(DropTableOp op) {
      if (existing(op.table())) {
        report(LintRule.RENAME_OR_DROP, op.table(), "drops the table");
      }
      return null;
    }

    @Override
    public Void visitAddColumn(AddColumnOp op) {
      if (existing(op.table()) && rewrites(op.table())) {
        report(LintRule.VOLATILE_DEFAULT, op.table(), "adds column '" + op.column().name() + "', which rewrites the"
            + " table");
      }
      return null;
    }

    @Override
    public Void visitDropColumn(DropColumnOp op) {
      if (existing(op.table())) {
        report(LintRule.RENAME_OR_DROP, op.table(), "drops column '" + op.column() + "'");
      }
      return null;
    }

    @Override
    public Void visitAlterColumn(AlterColumnOp op) {
      if (!existing(op.table())) {
        return null;
      }
      // scanned: no validated CHECK (col IS NOT NULL) spares it the read (the facts know)
      if (op.nullabilityChanged() && !op.to().isNullable() && scans(op.table())) {
        report(LintRule.SET_NOT_NULL, op.table(), "sets column '" + op.column() + "' NOT NULL");
      }
      if ((op.typeChanged() || op.recreatesColumn()) && rewrites(op.table())) {
        report(LintRule.REWRITING_TYPE_CHANGE, op.table(), "changes column '" + op.column() + "' from "
            + op.from().type() + " to " + op.to().type() + ", which rewrites the table");
      }
      return null;
    }

    @Override
    public Void visitAddForeignKey(AddForeignKeyOp op) {
      if (existing(op.table()) && !op.notValid()) {
        report(LintRule.CONSTRAINT_NOT_VALID, op.table(), "adds foreign key '" + op.foreignKey().name() + "'");
      }
      return null;
    }

    @Override
    public Void visitDropForeignKey(DropForeignKeyOp op) {
      return null;
    }

    @Override
    public Void visitAddUniqueConstraint(AddUniqueConstraintOp op) {
      if (existing(op.table()) && !op.concurrently()) {
        report(LintRule.KEY_ON_EXISTING_TABLE, op.table(), "adds unique key '" + op.constraint().name() + "'");
      }
      return null;
    }

    @Override
    public Void visitDropUniqueConstraint(DropUniqueConstraintOp op) {
      return null;
    }

    @Override
    public Void visitCreateIndex(CreateIndexOp op) {
      if (existing(op.table()) && !op.concurrently()) {
        report(LintRule.INDEX_NOT_CONCURRENT, op.table(), "creates index '" + op.index().name() + "'");
      }
      return null;
    }

    @Override
    public Void visitDropIndex(DropIndexOp op) {
      if (existing(op.table()) && !op.concurrently()) {
        report(LintRule.INDEX_NOT_CONCURRENT, op.table(), "drops index '" + op.name() + "'");
      }
      return null;
    }

    @Override
    public Void visitCreateSequence(CreateSequenceOp op) {
      return null;
    }

    @Override
    public Void visitDropSequence(DropSequenceOp op) {
      return null;
    }

    @Override
    public Void visitAlterSequence(AlterSequenceOp op) {
      return null;
    }

    @Override
    public Void visitExecute(ExecuteOp op) {
      RawStatement statement = new RawStatement(op.sql());
      if (statement.setsLockTimeout()) {
        lockTimeoutSet = true;
      }
      if (statement.indexWithoutConcurrently()) {
        report(LintRule.INDEX_NOT_CONCURRENT, statement.table(), "runs '" + statement.head() + "'");
      }
      if (statement.constraintWithoutNotValid()) {
        report(LintRule.CONSTRAINT_NOT_VALID, statement.table(), "runs '" + statement.head() + "'");
      }
      if (statement.blocksTable() && facts.tables().isEmpty() && !lockTimeoutSet && !lockTimeoutReported) {
        // no measurement: the statement's form says it locks
        lockTimeoutReported = true;
        report(LintRule.NO_LOCK_TIMEOUT, statement.table(), "runs '" + statement.head() + "' with no lock_timeout set");
      }
      return null;
    }

    @Override
    public Void visitRenameTable(RenameTableOp op) {
      if (existing(op.from())) {
        report(LintRule.RENAME_OR_DROP, op.from(), "renames the table to '" + op.to() + "'");
      } else {
        created.add(op.to());
      }
      return null;
    }

    @Override
    public Void visitRenameColumn(RenameColumnOp op) {
      if (existing(op.table())) {
        report(LintRule.RENAME_OR_DROP, op.table(), "renames column '" + op.from() + "' to '" + op.to() + "'");
      }
      return null;
    }

    @Override
    public Void visitAddPrimaryKey(AddPrimaryKeyOp op) {
      if (existing(op.table()) && !op.concurrently()) {
        report(LintRule.KEY_ON_EXISTING_TABLE, op.table(), "adds primary key " + op.primaryKey().columns());
      }
      return null;
    }

    @Override
    public Void visitDropPrimaryKey(DropPrimaryKeyOp op) {
      return null;
    }

    @Override
    public Void visitAddCheckConstraint(AddCheckConstraintOp op) {
      if (existing(op.table()) && !op.notValid()) {
        report(LintRule.CONSTRAINT_NOT_VALID, op.table(), "adds check '" + op.constraint().name() + "'");
      }
      return null;
    }

    @Override
    public Void visitValidateConstraint(ValidateConstraintOp op) {
      return null;
    }

    @Override
    public Void visitBackfill(BackfillOp op) {
      return null;
    }

    @Override
    public Void visitDropCheckConstraint(DropCheckConstraintOp op) {
      return null;
    }

    @Override
    public Void visitCreateSchema(CreateSchemaOp op) {
      return null;
    }

    @Override
    public Void visitDropSchema(DropSchemaOp op) {
      return null;
    }

    @Override
    public Void visitSetTableComment(SetTableCommentOp op) {
      return null;
    }

    @Override
    public Void visitCreateEnumType(CreateEnumTypeOp op) {
      return null;
    }

    @Override
    public Void visitDropEnumType(DropEnumTypeOp op) {
      return null;
    }

    @Override
    public Void visitAddEnumValue(AddEnumValueOp op) {
      report(LintRule.ENUM_VALUE_ADDED, null, "adds value '" + op.value() + "' to enum type " + op.type());
      return null;
    }

    @Override
    public Void visitRenameEnumValue(RenameEnumValueOp op) {
      return null;
    }

    @Override
    public Void visitRecreateEnumType(RecreateEnumTypeOp op) {
      for (TableEffect effect : facts.tables()) {
        if (existing(effect.table()) && effect.rewrites()) {
          report(LintRule.REWRITING_TYPE_CHANGE, effect.table(), "converts its columns of enum type "
              + op.to().name() + ", which rewrites the table");
        }
      }
      return null;
    }

    @Override
    public Void visitCreateCompositeType(CreateCompositeTypeOp op) {
      return null;
    }

    @Override
    public Void visitDropCompositeType(DropCompositeTypeOp op) {
      return null;
    }

    @Override
    public Void visitAlterCompositeType(AlterCompositeTypeOp op) {
      for (TableEffect effect : facts.tables()) {
        if (existing(effect.table()) && effect.rewrites()) {
          report(LintRule.REWRITING_TYPE_CHANGE, effect.table(), "converts its columns of composite type "
              + op.to().name() + ", which rewrites the table");
        }
      }
      return null;
    }
  }
}
