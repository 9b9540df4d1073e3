package dev.autogen.op;

import java.util.Objects;

/** Raw SQL a migration's author wrote (a data step): run as given, never reversed automatically. */
public record ExecuteOp(String sql) implements MigrationOp {

  public ExecuteOp {
    Objects.requireNonNull(sql, "sql");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitExecute(this);
  }

  @Override
  public MigrationOp reverse() {
    throw new IrreversibleOpException("raw SQL cannot be reversed automatically: " + sql);
  }

  @Override
  public String description() {
    return "executed SQL";
  }
}
