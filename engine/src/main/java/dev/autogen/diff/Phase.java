package dev.autogen.diff;

/**
 * The order a migration runs its ops in, chosen so every statement is valid when it runs and the reversed list is a
 * valid downgrade: whatever depends on an object goes before the object is dropped and after it is created.
 */
enum Phase {
  /** First: new tables and sequences may be named in them. */
  CREATE_SCHEMAS,
  /** First, so every later op names tables and columns by their new names, and the downgrade renames back last. */
  RENAME_TABLES,
  RENAME_COLUMNS,
  /** Removed foreign keys, including every foreign key of a dropped table, so no table is referenced when dropped. */
  DROP_FOREIGN_KEYS,
  /** Before the columns they cover are dropped or altered. */
  DROP_INDEXES,
  DROP_UNIQUE_CONSTRAINTS,
  /** After the foreign keys referencing it, before its columns are altered (a key column stays NOT NULL) or dropped. */
  DROP_PRIMARY_KEYS,
  /** Before the columns they read are dropped or altered: a new type could fail the old expression. */
  DROP_CHECK_CONSTRAINTS,
  DROP_TABLES,
  /** Before the tables and columns of the type; values may be added to a type whose columns are then altered. */
  CREATE_ENUM_TYPES,
  /**
   * Values added, renamed, or the type recreated: after the dropped tables are gone (the columns a recreated type
   * converts are those left), before the new columns, defaults and checks that may use a new value.
   */
  ALTER_ENUM_TYPES,
  /**
   * After the enum types their attributes may use, before the tables and columns of the type; a type another one
   * uses is created first.
   */
  CREATE_COMPOSITE_TYPES,
  /**
   * Attributes dropped and added, or the type recreated: after the dropped tables are gone (the columns a recreated
   * type converts are those left), after the enum types a new attribute may use.
   */
  ALTER_COMPOSITE_TYPES,
  /** Before the tables and columns whose defaults may call {@code nextval} on them. */
  CREATE_SEQUENCES,
  ALTER_SEQUENCES,
  /** New tables without their foreign keys, which may reference tables created later in this phase. */
  CREATE_TABLES,
  /** Comments of tables that exist on both sides; a new table carries its own. */
  SET_TABLE_COMMENTS,
  ADD_COLUMNS,
  ALTER_COLUMNS,
  DROP_COLUMNS,
  /** After the tables and columns are dropped and the defaults altered that may still call {@code nextval} on them. */
  DROP_SEQUENCES,
  /**
   * After every table and column of the type is dropped or altered to another type; a type that uses another is
   * dropped first. Before the enum types their attributes may use.
   */
  DROP_COMPOSITE_TYPES,
  /** After every table and column of the type is dropped or altered to another type. */
  DROP_ENUM_TYPES,
  /** After its columns exist and are altered, before the foreign keys that reference it. */
  ADD_PRIMARY_KEYS,
  /** After the columns they cover exist, and before the foreign keys that need a unique key to reference. */
  ADD_UNIQUE_CONSTRAINTS,
  CREATE_INDEXES,
  /** After every column they read has its new type and default. */
  ADD_CHECK_CONSTRAINTS,
  /** Every referenced table, column and key exists by now. */
  ADD_FOREIGN_KEYS,
  /** After everything in them is dropped; an upgrade's last op, a downgrade's first undone. */
  DROP_SCHEMAS
}
