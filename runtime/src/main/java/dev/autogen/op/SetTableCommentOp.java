package dev.autogen.op;

import dev.autogen.schema.QualifiedName;
import java.util.Objects;

/**
 * {@code COMMENT ON TABLE}: sets, changes or removes ({@code to == null}) a table's comment. Carries the old comment
 * too, so it reverses without a database.
 */
public record SetTableCommentOp(QualifiedName table, String from, String to) implements MigrationOp {

  public SetTableCommentOp {
    Objects.requireNonNull(table, "table");
    from = from == null || from.isEmpty() ? null : from;
    to = to == null || to.isEmpty() ? null : to;
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitSetTableComment(this);
  }

  @Override
  public MigrationOp reverse() {
    return new SetTableCommentOp(table, to, from);
  }

  @Override
  public String description() {
    if (to == null) {
      return "removed comment on table '" + table + "'";
    }
    return (from == null ? "added" : "changed") + " comment on table '" + table + "'";
  }
}
