package dev.autogen.render;

import static dev.autogen.render.JavaStringLiteral.literal;

import com.palantir.javapoet.CodeBlock;
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
import dev.autogen.schema.TableModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes one op as the {@code op.xxx(...)} statement that builds it again at run time. Drops are written by name
 * only: the file reads as what it does, and the full old definition lives in the reverse op anyway.
 */
final class OpRenderer implements OpVisitor<CodeBlock> {

  private final TableElementRenderer elements = new TableElementRenderer();

  @Override
  public CodeBlock visitCreateTable(CreateTableOp op) {
    TableModel table = op.table();
    List<CodeBlock> arguments = new ArrayList<>();
    table.columns().forEach(column -> arguments.add(elements.column(column)));
    if (table.primaryKey() != null) {
      arguments.add(elements.primaryKey(table.primaryKey()));
    }
    table.uniqueConstraints().forEach(unique -> arguments.add(elements.unique(unique)));
    table.indexes().forEach(index -> arguments.add(elements.index(index)));
    table.foreignKeys().forEach(foreignKey -> arguments.add(elements.foreignKey(foreignKey)));
    table.checks().forEach(check -> arguments.add(elements.check(check)));
    // One element per line, indented twice as a continuation: a table reads like its DDL.
    if (table.comment() != null) {
      arguments.add(0, elements.tableComment(table.comment()));
    }
    CodeBlock.Builder code = CodeBlock.builder().add("op.createTable($L", elements.table(table.name()));
    for (CodeBlock argument : arguments) {
      code.add(",\n$>$>$L$<$<", argument);
    }
    return code.add(");\n").build();
  }

  @Override
  public CodeBlock visitDropTable(DropTableOp op) {
    return statement("op.dropTable($L)", elements.table(op.table()));
  }

  @Override
  public CodeBlock visitAddColumn(AddColumnOp op) {
    return statement("op.addColumn($L,$W$L)", elements.table(op.table()), elements.column(op.column()));
  }

  @Override
  public CodeBlock visitDropColumn(DropColumnOp op) {
    return statement("op.dropColumn($L, $L)", elements.table(op.table()), literal(op.column()));
  }

  @Override
  public CodeBlock visitAlterColumn(AlterColumnOp op) {
    return statement("op.alterColumn($L,$W$L,$W$L)", elements.table(op.table()), elements.column(op.from()),
        elements.column(op.to()));
  }

  @Override
  public CodeBlock visitAddForeignKey(AddForeignKeyOp op) {
    return statement(op.notValid() ? "op.addForeignKeyNotValid($L,$W$L)" : "op.addForeignKey($L,$W$L)",
        elements.table(op.table()), elements.foreignKey(op.foreignKey()));
  }

  @Override
  public CodeBlock visitDropForeignKey(DropForeignKeyOp op) {
    return statement("op.dropForeignKey($L, $L)", elements.table(op.table()), literal(op.name()));
  }

  @Override
  public CodeBlock visitAddUniqueConstraint(AddUniqueConstraintOp op) {
    return statement(op.concurrently() ? "op.addUniqueConstraintConcurrently($L,$W$L)"
        : "op.addUniqueConstraint($L,$W$L)", elements.table(op.table()), elements.unique(op.constraint()));
  }

  @Override
  public CodeBlock visitDropUniqueConstraint(DropUniqueConstraintOp op) {
    return statement("op.dropUniqueConstraint($L, $L)", elements.table(op.table()), literal(op.name()));
  }

  @Override
  public CodeBlock visitCreateIndex(CreateIndexOp op) {
    return statement(op.concurrently() ? "op.createIndexConcurrently($L,$W$L)" : "op.createIndex($L,$W$L)",
        elements.table(op.table()), elements.index(op.index()));
  }

  @Override
  public CodeBlock visitDropIndex(DropIndexOp op) {
    return statement(op.concurrently() ? "op.dropIndexConcurrently($L, $L)" : "op.dropIndex($L, $L)",
        elements.table(op.table()), literal(op.name()));
  }

  @Override
  public CodeBlock visitCreateSequence(CreateSequenceOp op) {
    return statement("op.createSequence($L)", elements.sequence(op.sequence()));
  }

  @Override
  public CodeBlock visitDropSequence(DropSequenceOp op) {
    return statement("op.dropSequence($L)", elements.name(op.name()));
  }

  @Override
  public CodeBlock visitAlterSequence(AlterSequenceOp op) {
    return statement("op.alterSequence($L,$W$L)", elements.sequence(op.from()), elements.sequence(op.to()));
  }

  @Override
  public CodeBlock visitExecute(ExecuteOp op) {
    return statement("op.execute($L)", literal(op.sql()));
  }

  @Override
  public CodeBlock visitRenameTable(RenameTableOp op) {
    return CodeBlock.builder()
        .add(review(op.from() + " -> " + op.to(), op.confidence()))
        .add(statement("op.renameTable($L, $L)", elements.table(op.from()), literal(op.to().name())))
        .build();
  }

  @Override
  public CodeBlock visitRenameColumn(RenameColumnOp op) {
    return CodeBlock.builder()
        .add(review(op.table() + "." + op.from() + " -> " + op.table() + "." + op.to(), op.confidence()))
        .add(statement("op.renameColumn($L, $L, $L)", elements.table(op.table()), literal(op.from()),
            literal(op.to())))
        .build();
  }

  @Override
  public CodeBlock visitAddPrimaryKey(AddPrimaryKeyOp op) {
    return statement(op.concurrently() ? "op.addPrimaryKeyConcurrently($L,$W$L)" : "op.addPrimaryKey($L,$W$L)",
        elements.table(op.table()), elements.primaryKey(op.primaryKey()));
  }

  @Override
  public CodeBlock visitDropPrimaryKey(DropPrimaryKeyOp op) {
    return statement("op.dropPrimaryKey($L, $L)", elements.table(op.table()), literal(op.name()));
  }

  /** A rename is the diff's guess from matching definitions: the reviewer confirms it was meant. */
  private static CodeBlock review(String rename, double confidence) {
    String text = String.format(Locale.ROOT, "rename of %s, score %.2f", rename, confidence);
    return CodeBlock.of("// REVIEW: $L\n", CommentText.lineComment(text));
  }

  @Override
  public CodeBlock visitAddCheckConstraint(AddCheckConstraintOp op) {
    return statement(op.notValid() ? "op.addCheckConstraintNotValid($L,$W$L)" : "op.addCheckConstraint($L,$W$L)",
        elements.table(op.table()), elements.check(op.constraint()));
  }

  @Override
  public CodeBlock visitDropCheckConstraint(DropCheckConstraintOp op) {
    return statement("op.dropCheckConstraint($L, $L)", elements.table(op.table()), literal(op.name()));
  }

  @Override
  public CodeBlock visitCreateSchema(CreateSchemaOp op) {
    return statement("op.createSchema($L)", literal(op.name()));
  }

  @Override
  public CodeBlock visitDropSchema(DropSchemaOp op) {
    return statement("op.dropSchema($L)", literal(op.name()));
  }

  @Override
  public CodeBlock visitSetTableComment(SetTableCommentOp op) {
    return statement("op.setTableComment($L,$W$L,$W$L)", elements.table(op.table()), literal(op.from()),
        literal(op.to()));
  }

  @Override
  public CodeBlock visitCreateEnumType(CreateEnumTypeOp op) {
    return statement("op.createEnumType($L)", elements.enumType(op.type()));
  }

  @Override
  public CodeBlock visitDropEnumType(DropEnumTypeOp op) {
    return statement("op.dropEnumType($L)", elements.name(op.name()));
  }

  @Override
  public CodeBlock visitAddEnumValue(AddEnumValueOp op) {
    if (op.position() == null) {
      return statement("op.addEnumValue($L, $L)", elements.name(op.type()), literal(op.value()));
    }
    return statement("op.addEnumValue($L, $L, $L($L))", elements.name(op.type()), literal(op.value()),
        op.position().before() ? "before" : "after", literal(op.position().neighbour()));
  }

  @Override
  public CodeBlock visitRenameEnumValue(RenameEnumValueOp op) {
    return CodeBlock.builder()
        .add(review("value '" + op.from() + "' -> '" + op.to() + "' of enum type " + op.type(), op.confidence()))
        .add(statement("op.renameEnumValue($L, $L, $L)", elements.name(op.type()), literal(op.from()),
            literal(op.to())))
        .build();
  }

  /** The old and new values as {@code enumType(...)}, then one converted column a line. */
  @Override
  public CodeBlock visitRecreateEnumType(RecreateEnumTypeOp op) {
    CodeBlock.Builder code = CodeBlock.builder()
        .add("op.recreateEnumType($L,\n$>$>$L", elements.enumTypeValue(op.from()), elements.enumTypeValue(op.to()));
    op.columns().forEach(column -> code.add(",\n$L", elements.enumColumn(column)));
    return code.add("$<$<);\n").build();
  }

  /** The name, then one attribute a line. */
  @Override
  public CodeBlock visitCreateCompositeType(CreateCompositeTypeOp op) {
    return CodeBlock.builder().add("op.createCompositeType($L)", elements.compositeType(op.type())).add(";\n")
        .build();
  }

  @Override
  public CodeBlock visitDropCompositeType(DropCompositeTypeOp op) {
    return statement("op.dropCompositeType($L)", elements.name(op.name()));
  }

  /** The old and new attributes as {@code compositeType(...)}, then, for a recreate, one converted column a line. */
  @Override
  public CodeBlock visitAlterCompositeType(AlterCompositeTypeOp op) {
    CodeBlock.Builder code = CodeBlock.builder()
        .add("op.alterCompositeType($L,\n$>$>$L", elements.compositeTypeValue(op.from()),
            elements.compositeTypeValue(op.to()));
    op.columns().forEach(column -> code.add(",\n$L", elements.compositeColumn(column)));
    return code.add("$<$<);\n").build();
  }

  @Override
  public CodeBlock visitValidateConstraint(ValidateConstraintOp op) {
    return statement("op.validateConstraint($L, $L)", elements.table(op.table()), literal(op.name()));
  }

  /** The placeholder, with what to do about it: it stops the upgrade until then. */
  @Override
  public CodeBlock visitBackfill(BackfillOp op) {
    String column = op.table() + "." + op.column();
    return CodeBlock.builder()
        .add("// TODO backfill: write the data steps marked 'TODO backfill $L' below, then delete this line,\n",
            CommentText.lineComment(column))
        .add("// which stops the upgrade until then\n")
        .add(statement("op.backfill($L, $L)", elements.table(op.table()), literal(op.column())))
        .build();
  }

  private static CodeBlock statement(String format, Object... arguments) {
    return CodeBlock.builder().addStatement(format, arguments).build();
  }
}
