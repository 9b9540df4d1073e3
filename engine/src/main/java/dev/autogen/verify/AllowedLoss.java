package dev.autogen.verify;

import dev.autogen.op.AddCheckConstraintOp;
import dev.autogen.op.AddColumnOp;
import dev.autogen.op.AddEnumValueOp;
import dev.autogen.op.AddForeignKeyOp;
import dev.autogen.op.AddPrimaryKeyOp;
import dev.autogen.op.AddUniqueConstraintOp;
import dev.autogen.op.AlterColumnOp;
import dev.autogen.op.AlterCompositeTypeOp;
import dev.autogen.op.BackfillOp;
import dev.autogen.op.CreateCompositeTypeOp;
import dev.autogen.op.DropCompositeTypeOp;
import dev.autogen.op.ValidateConstraintOp;
import dev.autogen.op.AlterSequenceOp;
import dev.autogen.op.CreateEnumTypeOp;
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
import dev.autogen.op.MigrationOp;
import dev.autogen.op.OpVisitor;
import dev.autogen.op.RecreateEnumTypeOp;
import dev.autogen.op.RenameColumnOp;
import dev.autogen.op.RenameEnumValueOp;
import dev.autogen.op.RenameTableOp;
import dev.autogen.op.SetTableCommentOp;
import dev.autogen.schema.QualifiedName;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a revision may lose of the rows that were there before its upgrade, once downgraded: the rows of a table its
 * upgrade drops and the values of a column it drops (or drops and adds again, for a new generation expression).
 * A downgrade cannot bring those back, and the upgrade says so (a {@code // WARNING} comment on a drop). Everything
 * else must come back as it was: a type change that truncates, a downgrade that drops and re-adds a column, raw SQL
 * that rewrites values are losses nobody declared.
 */
public record AllowedLoss(Set<QualifiedName> tables, Map<QualifiedName, Set<String>> columns) {

  public static final AllowedLoss NONE = new AllowedLoss(Set.of(), Map.of());

  public AllowedLoss {
    tables = Set.copyOf(tables);
    Map<QualifiedName, Set<String>> copy = new HashMap<>();
    columns.forEach((table, names) -> copy.put(table, Set.copyOf(names)));
    columns = Map.copyOf(copy);
  }

  /** The losses the ops of a revision's upgrade declare. */
  public static AllowedLoss of(List<MigrationOp> upgrade) {
    Drops drops = new Drops();
    upgrade.forEach(op -> op.accept(drops));
    return new AllowedLoss(drops.tables, drops.columns);
  }

  public boolean losesTable(QualifiedName table) {
    return tables.contains(table);
  }

  /** The columns of {@code table} whose values may be lost, sorted. */
  public Set<String> columnsOf(QualifiedName table) {
    return new TreeSet<>(columns.getOrDefault(table, Set.of()));
  }

  /** Collects what an upgrade drops; every other op keeps the rows and values it finds. */
  private static final class Drops implements OpVisitor<Void> {

    private final Set<QualifiedName> tables = new HashSet<>();
    private final Map<QualifiedName, Set<String>> columns = new HashMap<>();

    @Override
    public Void visitCreateTable(CreateTableOp op) {
      return null;
    }

    @Override
    public Void visitDropTable(DropTableOp op) {
      tables.add(op.table());
      return null;
    }

    @Override
    public Void visitAddColumn(AddColumnOp op) {
      return null;
    }

    @Override
    public Void visitDropColumn(DropColumnOp op) {
      columns.computeIfAbsent(op.table(), table -> new HashSet<>()).add(op.column());
      return null;
    }

    @Override
    public Void visitAlterColumn(AlterColumnOp op) {
      if (op.recreatesColumn()) {
        columns.computeIfAbsent(op.table(), table -> new HashSet<>()).add(op.column());
      }
      return null;
    }

    @Override
    public Void visitAddForeignKey(AddForeignKeyOp op) {
      return null;
    }

    @Override
    public Void visitDropForeignKey(DropForeignKeyOp op) {
      return null;
    }

    @Override
    public Void visitAddUniqueConstraint(AddUniqueConstraintOp op) {
      return null;
    }

    @Override
    public Void visitDropUniqueConstraint(DropUniqueConstraintOp op) {
      return null;
    }

    @Override
    public Void visitCreateIndex(CreateIndexOp op) {
      return null;
    }

    @Override
    public Void visitDropIndex(DropIndexOp op) {
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
      return null;
    }

    @Override
    public Void visitRenameTable(RenameTableOp op) {
      return null;
    }

    @Override
    public Void visitRenameColumn(RenameColumnOp op) {
      return null;
    }

    @Override
    public Void visitAddPrimaryKey(AddPrimaryKeyOp op) {
      return null;
    }

    @Override
    public Void visitDropPrimaryKey(DropPrimaryKeyOp op) {
      return null;
    }

    @Override
    public Void visitAddCheckConstraint(AddCheckConstraintOp op) {
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
      return null;
    }

    @Override
    public Void visitRenameEnumValue(RenameEnumValueOp op) {
      return null;
    }

    @Override
    public Void visitRecreateEnumType(RecreateEnumTypeOp op) {
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

    /** A dropped or retyped attribute is lost from every column of the type, as the op's WARNING says. */
    @Override
    public Void visitAlterCompositeType(AlterCompositeTypeOp op) {
      if (!op.droppedAttributes().isEmpty() || !op.retypedAttributes().isEmpty()) {
        op.columns().forEach(column ->
            columns.computeIfAbsent(column.table(), table -> new HashSet<>()).add(column.column()));
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
  }
}
