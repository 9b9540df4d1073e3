package dev.autogen.dialect;

import dev.autogen.op.MigrationOp;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.QualifiedName;
import java.time.Duration;
import java.util.List;

/**
 * Everything database-specific about SQL text: the only place that builds SQL. Ops become statements here, both
 * online (over JDBC) and offline (a script), so the two never disagree.
 */
public interface Dialect {

  /** The statements that carry out {@code op}, in order, without trailing semicolons. */
  List<String> sql(MigrationOp op);

  /** {@code name} quoted if the database needs it (reserved words, upper case, spaces), else as is. */
  String quote(String identifier);

  /** {@code schema.table} with each part quoted as needed; the default schema is left out. */
  String qualify(QualifiedName name);

  /** A string literal, escaped. */
  String literal(String value);

  /**
   * {@code sql} with each JDBC {@code ?} placeholder replaced by its parameter written as a literal, for a script:
   * what the driver would bind online.
   *
   * @throws IllegalArgumentException when the placeholders and parameters do not pair up, or a parameter has no
   *     literal form
   */
  String inlineParameters(String sql, List<?> parameters);

  /**
   * The canonical spelling of a type name as the database itself prints it (for PostgreSQL, as
   * {@code format_type()} does): {@code varchar(255)} becomes {@code character varying(255)}.
   */
  ColumnType canonicalType(String typeName);

  /** Creates the version table unless it exists. */
  String createVersionTable(QualifiedName table);

  /**
   * A query of one boolean row: whether the version table exists. Asking the catalog, instead of reading the table
   * and catching the error, leaves an open transaction usable.
   */
  String versionTableExists(QualifiedName table);

  String selectVersions(QualifiedName table);

  String insertVersion(QualifiedName table, String revision);

  String updateVersion(QualifiedName table, String from, String to);

  String deleteVersion(QualifiedName table, String revision);

  // --- the history table: one row per step, stamp or accepted change, never updated

  /** Creates the history table unless it exists. */
  String createHistoryTable(QualifiedName table);

  /** A query of one boolean row: whether {@code table} exists. */
  String tableExists(QualifiedName table);

  /**
   * Appends a row; {@code applied_at} and {@code applied_by} are left to the database ({@code clock_timestamp()},
   * {@code current_user}), so a script run later records when and by whom it ran. Any argument but the first two may
   * be {@code null}.
   */
  String insertHistory(QualifiedName table, String revision, String action, Long durationMillis, String checksum,
      String fileChecksum, String osUser);

  /**
   * The rows, oldest first: {@code id, revision, action, applied_at, duration_ms, applied_by, os_user, checksum,
   * file_checksum}.
   */
  String selectHistory(QualifiedName table);

  // --- transactions, as an offline script spells them

  String beginTransaction();

  String commitTransaction();

  // --- the migration lock: a session-level advisory lock, so a crashed process frees it when its session ends

  /** A query of one boolean row: whether the lock was taken, without waiting. */
  String tryAdvisoryLock(long key);

  /** Waits for the lock, as long as the session's lock timeout allows. */
  String advisoryLock(long key);

  String advisoryUnlock(long key);

  /** Bounds how long a statement of this session waits for any lock. */
  String setLockTimeout(Duration timeout);

  String resetLockTimeout();

  /**
   * A query of the sessions holding the lock, one row each: {@code pid}, {@code application_name},
   * {@code client_addr}, {@code backend_start}.
   */
  String advisoryLockHolders(long key);
}
