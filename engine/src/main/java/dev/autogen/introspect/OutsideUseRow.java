package dev.autogen.introspect;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One row of {@code outside-uses.sql}: something that uses an enum type, composite type or sequence.
 *
 * @param relationOid    the relation the user belongs to (a partition's partitioned table), or {@code null}
 * @param relationKind   that relation's {@code relkind}, or {@code null}
 * @param description    PostgreSQL's description of the user, as {@code pg_describe_object} gives it
 */
record OutsideUseRow(String schema, String name, String kind, Long relationOid, String relationKind,
    String relationSchema, String relationName, String description) {

  static OutsideUseRow read(ResultSet row) throws SQLException {
    long oid = row.getLong("relation_oid");
    return new OutsideUseRow(row.getString("schema_name"), row.getString("object_name"), row.getString("kind"),
        row.wasNull() ? null : oid, row.getString("relation_kind"), row.getString("relation_schema"),
        row.getString("relation_name"), row.getString("user_description"));
  }
}
