package dev.autogen.safety;

/**
 * A way a correct migration can still stop the application it migrates, with why and what to do instead. The
 * name is what {@code lint.rule.<name>} in {@code autogen.properties} and the reports use.
 */
public enum LintRule {
  INDEX_NOT_CONCURRENT("index-not-concurrent", Severity.ERROR,
      "CREATE INDEX blocks writes to the table (SHARE lock) for the whole build; DROP INDEX blocks reads and writes",
      "op.createIndexConcurrently / op.dropIndexConcurrently in a transactional = false revision (revision --safe)"),
  CONSTRAINT_NOT_VALID("constraint-not-valid", Severity.ERROR,
      "adding a foreign key or check reads every row under a lock that blocks writes (both tables for a foreign key)",
      "op.addForeignKeyNotValid / op.addCheckConstraintNotValid, then op.validateConstraint outside that transaction"
          + " (revision --safe)"),
  SET_NOT_NULL("set-not-null", Severity.ERROR,
      "SET NOT NULL reads every row under an ACCESS EXCLUSIVE lock: no reads or writes meanwhile",
      "add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL (PostgreSQL 12+ skips the scan) and"
          + " drop the check (revision --safe)"),
  VOLATILE_DEFAULT("volatile-default", Severity.ERROR,
      "a column whose default is computed per row (volatile function, identity, serial, generated) rewrites the table"
          + " under an ACCESS EXCLUSIVE lock",
      "add the column without a default, set the default, backfill in batches"),
  REWRITING_TYPE_CHANGE("rewriting-type-change", Severity.ERROR,
      "this type change copies the whole table under an ACCESS EXCLUSIVE lock",
      "add a column of the new type, backfill in batches, switch the application, drop the old column"),
  KEY_ON_EXISTING_TABLE("key-on-existing-table", Severity.ERROR,
      "adding a primary or unique key builds its index under an ACCESS EXCLUSIVE lock",
      "op.addPrimaryKeyConcurrently / op.addUniqueConstraintConcurrently: CREATE UNIQUE INDEX CONCURRENTLY, then"
          + " ADD CONSTRAINT ... USING INDEX (revision --safe)"),
  RENAME_OR_DROP("rename-or-drop", Severity.WARNING,
      "during a rolling deploy the running application still uses the old table or column and fails",
      "expand and contract: stop using it in one release, drop it (or add the new name and copy) in the next"),
  ENUM_VALUE_ADDED("enum-value-added", Severity.WARNING,
      "the revision runs outside a transaction, and a running application that reads the new value cannot map it",
      "add the value in a release before any code writes it"),
  NO_LOCK_TIMEOUT("no-lock-timeout", Severity.WARNING,
      "a lock that blocks reads or writes waits behind any long transaction, and every query queues behind the wait",
      "set migration.lock_timeout (the runtime sets it on every statement and retries), or"
          + " op.execute(\"SET LOCAL lock_timeout = '5s'\") before the first such step");

  private final String ruleName;
  private final Severity defaultSeverity;
  private final String reason;
  private final String safeAlternative;

  LintRule(String ruleName, Severity defaultSeverity, String reason, String safeAlternative) {
    this.ruleName = ruleName;
    this.defaultSeverity = defaultSeverity;
    this.reason = reason;
    this.safeAlternative = safeAlternative;
  }

  public String ruleName() {
    return ruleName;
  }

  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  public String reason() {
    return reason;
  }

  public String safeAlternative() {
    return safeAlternative;
  }

  /** The rule {@code name} names, or {@code null}. */
  public static LintRule named(String name) {
    for (LintRule rule : values()) {
      if (rule.ruleName.equals(name)) {
        return rule;
      }
    }
    return null;
  }
}
