package dev.autogen.dialect;

/**
 * PostgreSQL's table-level lock modes, weakest first, with the name {@code pg_locks.mode} shows. A statement's
 * mode decides whom it blocks while it runs (and, in a migration's transaction, until the commit).
 */
public enum LockMode {
  ACCESS_SHARE("AccessShareLock"),
  ROW_SHARE("RowShareLock"),
  ROW_EXCLUSIVE("RowExclusiveLock"),
  SHARE_UPDATE_EXCLUSIVE("ShareUpdateExclusiveLock"),
  SHARE("ShareLock"),
  SHARE_ROW_EXCLUSIVE("ShareRowExclusiveLock"),
  EXCLUSIVE("ExclusiveLock"),
  ACCESS_EXCLUSIVE("AccessExclusiveLock");

  private final String catalogName;

  LockMode(String catalogName) {
    this.catalogName = catalogName;
  }

  /** As {@code pg_locks.mode} spells it. */
  public String catalogName() {
    return catalogName;
  }

  /** The mode {@code pg_locks.mode} names. */
  public static LockMode ofCatalogName(String name) {
    for (LockMode mode : values()) {
      if (mode.catalogName.equals(name)) {
        return mode;
      }
    }
    throw new IllegalArgumentException("not a table lock mode: " + name);
  }

  /** Whether a session holding this mode keeps others from writing (INSERT, UPDATE, DELETE take ROW EXCLUSIVE). */
  public boolean blocksWrites() {
    return compareTo(SHARE) >= 0;
  }

  /** Whether a session holding this mode keeps others from reading (SELECT takes ACCESS SHARE). */
  public boolean blocksReads() {
    return this == ACCESS_EXCLUSIVE;
  }

  /** The stronger of the two; {@code null} counts as no lock. */
  public static LockMode strongest(LockMode a, LockMode b) {
    if (a == null) {
      return b;
    }
    return b == null || a.compareTo(b) >= 0 ? a : b;
  }
}
