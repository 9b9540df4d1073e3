package dev.autogen.op;

/** One method per op kind, so a consumer that misses one does not compile. */
public interface OpVisitor<R> {

  R visitCreateTable(CreateTableOp op);

  R visitDropTable(DropTableOp op);

  R visitAddColumn(AddColumnOp op);

  R visitDropColumn(DropColumnOp op);

  R visitAlterColumn(AlterColumnOp op);

  R visitAddForeignKey(AddForeignKeyOp op);

  R visitDropForeignKey(DropForeignKeyOp op);

  R visitAddUniqueConstraint(AddUniqueConstraintOp op);

  R visitDropUniqueConstraint(DropUniqueConstraintOp op);

  R visitCreateIndex(CreateIndexOp op);

  R visitDropIndex(DropIndexOp op);

  R visitCreateSequence(CreateSequenceOp op);

  R visitDropSequence(DropSequenceOp op);

  R visitAlterSequence(AlterSequenceOp op);

  R visitExecute(ExecuteOp op);

  R visitRenameTable(RenameTableOp op);

  R visitRenameColumn(RenameColumnOp op);

  R visitAddPrimaryKey(AddPrimaryKeyOp op);

  R visitDropPrimaryKey(DropPrimaryKeyOp op);

  R visitAddCheckConstraint(AddCheckConstraintOp op);

  R visitDropCheckConstraint(DropCheckConstraintOp op);

  R visitCreateSchema(CreateSchemaOp op);

  R visitDropSchema(DropSchemaOp op);

  R visitSetTableComment(SetTableCommentOp op);

  R visitCreateEnumType(CreateEnumTypeOp op);

  R visitDropEnumType(DropEnumTypeOp op);

  R visitAddEnumValue(AddEnumValueOp op);

  R visitRenameEnumValue(RenameEnumValueOp op);

  R visitRecreateEnumType(RecreateEnumTypeOp op);

  R visitCreateCompositeType(CreateCompositeTypeOp op);

  R visitDropCompositeType(DropCompositeTypeOp op);

  R visitAlterCompositeType(AlterCompositeTypeOp op);

  R visitValidateConstraint(ValidateConstraintOp op);

  R visitBackfill(BackfillOp op);
}
