package dev.autogen.introspect;

import dev.autogen.schema.ColumnOrdering;
import dev.autogen.schema.IndexModel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** A row of {@code indexes.sql}: an index that backs no constraint. */
record IndexRow(
    long tableOid,
    String name,
    boolean unique,
    List<String> columns,
    String accessMethod,
    boolean hasExpressions,
    boolean isPartial,
    boolean hasIncludedColumns,
    List<ColumnOrdering> orderings) {

  /** {@code pg_index.indoption} bits of a key column. */
  private static final int DESC = 1;
  private static final int NULLS_FIRST = 2;

  static IndexRow read(ResultSet row) throws SQLException {
    return new IndexRow(
        row.getLong("table_oid"),
        row.getString("index_name"),
        row.getBoolean("is_unique"),
        CatalogReader.textArray(row, "column_names"),
        row.getString("access_method"),
        row.getBoolean("has_expressions"),
        row.getBoolean("is_partial"),
        row.getBoolean("has_included_columns"),
        CatalogReader.textArray(row, "column_options").stream().map(IndexRow::ordering).toList());
  }

  private static ColumnOrdering ordering(String option) {
    int bits = Integer.parseInt(option);
    return ColumnOrdering.of((bits & DESC) != 0, (bits & NULLS_FIRST) != 0);
  }

  /**
   * Why {@link IndexModel} cannot represent this index, if it cannot. Such an index is left out rather than shown
   * as a plain one: a migration recreating it from the model would build a different index.
   */
  Optional<String> unsupportedFeature() {
    if (hasExpressions) {
      return Optional.of("expression index");
    }
    if (isPartial) {
      return Optional.of("partial index");
    }
    if (!accessMethod.equals("btree")) {
      return Optional.of(accessMethod + " index");
    }
    if (hasIncludedColumns) {
      return Optional.of("index with INCLUDE columns");
    }
    return Optional.empty();
  }

  IndexModel toModel() {
    return new IndexModel(name, columns, unique, orderings);
  }
}
