package dev.autogen.op;

import dev.autogen.schema.IdentifierBytes;
import dev.autogen.schema.PrimaryKeyModel;
import dev.autogen.schema.QualifiedName;
import java.util.Objects;

/**
 * {@code ALTER TABLE ... ADD PRIMARY KEY}, on a table that has none; {@code concurrently}: its index is built first
 * with {@code CREATE UNIQUE INDEX CONCURRENTLY} under the key's name, then becomes the key's
 * ({@code ADD CONSTRAINT ... PRIMARY KEY USING INDEX}); outside a transaction block only, and on columns already
 * {@code NOT NULL} (else PostgreSQL sets them so, reading the table under its strongest lock).
 */
public record AddPrimaryKeyOp(QualifiedName table, PrimaryKeyModel primaryKey, boolean concurrently)
    implements MigrationOp {

  public AddPrimaryKeyOp {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(primaryKey, "primaryKey");
  }

  public AddPrimaryKeyOp(QualifiedName table, PrimaryKeyModel primaryKey) {
    this(table, primaryKey, false);
  }

  /** The key's constraint name: the one it was given, else PostgreSQL's. */
  public String constraintName() {
    return primaryKey.name() == null ? implicitName(table) : primaryKey.name();
  }

  /**
   * The name PostgreSQL gives a primary key declared without one, {@code <table>_pkey}, shortened as the server
   * shortens it past 63 bytes (the table part first). It also numbers the name when it is taken, which a mapped
   * table does not run into in practice.
   */
  public static String implicitName(QualifiedName table) {
    return IdentifierBytes.objectName(table.name(), null, "pkey");
  }

  /**
   * Whether {@code name} is the implicit name of {@code table}'s primary key: {@link #implicitName}, or the
   * unshortened {@code <table>_pkey} that files written before the name was shortened hold.
   */
  public static boolean isImplicitName(QualifiedName table, String name) {
    return name.equals(implicitName(table)) || name.equals(table.name() + "_pkey");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitAddPrimaryKey(this);
  }

  @Override
  public MigrationOp reverse() {
    String name = primaryKey.name() == null ? implicitName(table) : primaryKey.name();
    return new DropPrimaryKeyOp(table, name, primaryKey);
  }

  @Override
  public String description() {
    return "added primary key " + primaryKey.columns() + " on '" + table + "'";
  }
}
