package dev.autogen.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row {@link Operations#query} read: its values by column label, in the order of the select list, as the driver
 * returns them ({@code Long} for {@code bigint}, {@code String} for text, {@code null} for SQL {@code NULL}).
 */
public final class Row {

  private final Map<String, Object> values;

  public Row(Map<String, Object> values) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** The column labels, in select-list order. */
  public List<String> columns() {
    return new ArrayList<>(values.keySet());
  }

  /** The value of {@code column}; an unknown column is an error, not {@code null}. */
  public Object get(String column) {
    if (!values.containsKey(column)) {
      throw new IllegalArgumentException("no column '" + column + "' in the row; it has " + values.keySet());
    }
    return values.get(column);
  }

  public String getString(String column) {
    Object value = get(column);
    return value == null ? null : value.toString();
  }

  /** A whole number of any integer type, or {@code null}. */
  public Long getLong(String column) {
    Object value = get(column);
    return value == null ? null : ((Number) value).longValue();
  }

  public Map<String, Object> asMap() {
    return values;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Row && ((Row) other).values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
