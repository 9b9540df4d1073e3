package dev.autogen.schema;

/**
 * The order of one index column: ascending or descending, with nulls where PostgreSQL puts them by default (last
 * when ascending, first when descending) or the other way round.
 */
public enum ColumnOrdering {
  ASC(false, false),
  ASC_NULLS_FIRST(false, true),
  DESC(true, true),
  DESC_NULLS_LAST(true, false);

  private final boolean descending;
  private final boolean nullsFirst;

  ColumnOrdering(boolean descending, boolean nullsFirst) {
    this.descending = descending;
    this.nullsFirst = nullsFirst;
  }

  public static ColumnOrdering of(boolean descending, boolean nullsFirst) {
    if (descending) {
      return nullsFirst ? DESC : DESC_NULLS_LAST;
    }
    return nullsFirst ? ASC_NULLS_FIRST : ASC;
  }

  public boolean descending() {
    return descending;
  }

  public boolean nullsFirst() {
    return nullsFirst;
  }

  /** Whether the nulls are where the direction puts them by default. */
  public boolean defaultNulls() {
    return nullsFirst == descending;
  }
}
