package dev.autogen.diff;

/**
 * The order a migration runs its ops in, chosen so every statement is valid when it runs and the reversed list is a
 * valid downgrade: whatever depends on an object goes before the object is dropped and after it is created.
 */
enum Phase {
  /** Removed foreign keys, including every foreign key of a dropped table, so no table is referenced when dropped. */
  DROP_FOREIGN_KEYS,
  /** Before the columns they cover are dropped or altered. */
  DROP_INDEXES,
  DROP_UNIQUE_CONSTRAINTS,
  DROP_TABLES,
  /** New tables without their foreign keys, which may reference tables created later in this phase. */
  CREATE_TABLES,
  ADD_COLUMNS,
  ALTER_COLUMNS,
  DROP_COLUMNS,
  /** After the columns they cover exist, and before the foreign keys that need a unique key to reference. */
  ADD_UNIQUE_CONSTRAINTS,
  CREATE_INDEXES,
  /** Last: every referenced table, column and key exists by now. */
  ADD_FOREIGN_KEYS
}
