package dev.autogen.introspect;

import java.sql.ResultSet;
import java.sql.SQLException;

/** A row of {@code sequences.sql}. */
record SequenceRow(String schema, String name, long start, long increment) {

  static SequenceRow read(ResultSet row) throws SQLException {
    return new SequenceRow(row.getString("schema_name"), row.getString("sequence_name"),
        row.getLong("start_value"), row.getLong("increment_by"));
  }
}
