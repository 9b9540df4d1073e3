package dev.autogen.op;

import dev.autogen.schema.ColumnOrdering;
import dev.autogen.schema.IndexModel;
import dev.autogen.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code CREATE [UNIQUE] INDEX}; {@code concurrently}: {@code CREATE INDEX CONCURRENTLY}, which lets writes go on
 * during the build and cannot run inside a transaction block.
 */
public record CreateIndexOp(QualifiedName table, IndexModel index, boolean concurrently) implements MigrationOp {

  public CreateIndexOp {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(index, "index");
  }

  public CreateIndexOp(QualifiedName table, IndexModel index) {
    this(table, index, false);
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitCreateIndex(this);
  }

  @Override
  public MigrationOp reverse() {
    return new DropIndexOp(table, index.name(), index, concurrently);
  }

  @Override
  public String description() {
    return "added " + (index.unique() ? "unique " : "") + "index '" + index.name() + "' on '" + table + "' "
        + describedColumns();
  }

  /** {@code [last_name, city DESC]}: each column, with its ordering unless ascending. */
  private List<String> describedColumns() {
    List<String> described = new ArrayList<>();
    for (int i = 0; i < index.columns().size(); i++) {
      ColumnOrdering ordering = index.orderings().get(i);
      String nulls = ordering.defaultNulls() ? "" : ordering.nullsFirst() ? " NULLS FIRST" : " NULLS LAST";
      described.add(index.columns().get(i) + (ordering.descending() ? " DESC" : "") + nulls);
    }
    return described;
  }
}
