package dev.autogen.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An index that does not back a constraint. Chain {@code .desc("city")}, {@code .nullsFirst("city")} or
 * {@code .nullsLast("city")} for a column that is not plain ascending ({@code desc} first: it sets the default
 * nulls of a descending column).
 *
 * @param name      index name
 * @param columns   indexed columns in index order
 * @param unique    whether it is a {@code UNIQUE} index
 * @param orderings the order of each column, as many as there are columns
 */
public record IndexModel(String name, List<String> columns, boolean unique, List<ColumnOrdering> orderings)
    implements TableElement {

  public IndexModel {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
    orderings = List.copyOf(Objects.requireNonNull(orderings, "orderings"));
    if (orderings.size() != columns.size()) {
      throw new IllegalArgumentException("index " + name + " has " + columns.size() + " columns but "
          + orderings.size() + " orderings");
    }
  }

  /** An index of ascending columns. */
  public IndexModel(String name, List<String> columns, boolean unique) {
    this(name, columns, unique, Collections.nCopies(columns.size(), ColumnOrdering.ASC));
  }

  public ColumnOrdering ordering(String column) {
    return orderings.get(position(column));
  }

  /** {@code column} descending, its nulls first (PostgreSQL's default for {@code DESC}). */
  public IndexModel desc(String column) {
    return withOrdering(column, ColumnOrdering.DESC);
  }

  public IndexModel nullsFirst(String column) {
    return withOrdering(column, ColumnOrdering.of(ordering(column).descending(), true));
  }

  public IndexModel nullsLast(String column) {
    return withOrdering(column, ColumnOrdering.of(ordering(column).descending(), false));
  }

  /** The same index over other columns (renamed ones), each keeping the ordering of the one it replaces. */
  public IndexModel withColumns(List<String> newColumns) {
    return new IndexModel(name, newColumns, unique, orderings);
  }

  private IndexModel withOrdering(String column, ColumnOrdering ordering) {
    List<ColumnOrdering> changed = new ArrayList<>(orderings);
    changed.set(position(column), ordering);
    return new IndexModel(name, columns, unique, changed);
  }

  private int position(String column) {
    int position = columns.indexOf(column);
    if (position < 0) {
      throw new IllegalArgumentException("index " + name + " has no column " + column);
    }
    return position;
  }
}
