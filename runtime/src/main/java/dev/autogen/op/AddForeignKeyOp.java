package dev.autogen.op;

import dev.autogen.schema.ForeignKeyModel;
import dev.autogen.schema.QualifiedName;
import java.util.Objects;

/**
 * {@code ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY}; {@code notValid}: {@code NOT VALID}, checked for new rows
 * only, without reading the table, until a {@link ValidateConstraintOp} checks the rows already there.
 */
public record AddForeignKeyOp(QualifiedName table, ForeignKeyModel foreignKey, boolean notValid)
    implements MigrationOp {

  public AddForeignKeyOp {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(foreignKey, "foreignKey");
  }

  public AddForeignKeyOp(QualifiedName table, ForeignKeyModel foreignKey) {
    this(table, foreignKey, false);
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitAddForeignKey(this);
  }

  @Override
  public MigrationOp reverse() {
    return new DropForeignKeyOp(table, foreignKey.name(), foreignKey);
  }

  @Override
  public String description() {
    return "added foreign key " + foreignKey.columns() + " on '" + table + "' -> '" + foreignKey.referencedTable() + "'";
  }
}
