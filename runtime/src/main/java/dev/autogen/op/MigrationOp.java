package dev.autogen.op;

import java.util.Optional;

/**
 * One schema change: the shared language of autogen. The diff produces these, the renderer writes them as
 * {@code op.xxx(...)} calls, {@code Operations} builds them again at run time, the dialect turns them into SQL, and
 * {@link #reverse()} derives the downgrade without touching the database.
 */
public sealed interface MigrationOp
    permits CreateTableOp, DropTableOp, AddColumnOp, DropColumnOp, AlterColumnOp,
        AddForeignKeyOp, DropForeignKeyOp, AddUniqueConstraintOp, DropUniqueConstraintOp,
        CreateIndexOp, DropIndexOp, CreateSequenceOp, DropSequenceOp, AlterSequenceOp, ExecuteOp,
        RenameTableOp, RenameColumnOp, AddPrimaryKeyOp, DropPrimaryKeyOp,
        AddCheckConstraintOp, DropCheckConstraintOp, CreateSchemaOp, DropSchemaOp, SetTableCommentOp,
        CreateEnumTypeOp, DropEnumTypeOp, AddEnumValueOp, RenameEnumValueOp, RecreateEnumTypeOp,
        CreateCompositeTypeOp, DropCompositeTypeOp, AlterCompositeTypeOp, ValidateConstraintOp, BackfillOp {

  <R> R accept(OpVisitor<R> visitor);

  /**
   * The op that undoes this one.
   *
   * @throws IrreversibleOpException when this op does not carry what undoing it needs (a drop built from names
   *     only, raw SQL)
   */
  MigrationOp reverse();

  /** What this op changes, in Alembic's words: {@code added column 'user.phone_number'}. */
  String description();

  /**
   * Whether this op leaves the schema as it found it (a validation, a backfill), so a downgrade has nothing to undo
   * and leaves it out.
   */
  default boolean leavesNothingToUndo() {
    return false;
  }

  /** What data this op destroys, for a {@code // WARNING} comment; empty when it loses none. */
  default Optional<String> dataLoss() {
    return Optional.empty();
  }
}
