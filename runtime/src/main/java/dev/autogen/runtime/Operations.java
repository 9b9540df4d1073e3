package dev.autogen.runtime;

import dev.autogen.dialect.Dialect;
import dev.autogen.op.AddCheckConstraintOp;
import dev.autogen.op.AddColumnOp;
import dev.autogen.op.AddEnumValueOp;
import dev.autogen.op.AddForeignKeyOp;
import dev.autogen.op.AddPrimaryKeyOp;
import dev.autogen.op.AddUniqueConstraintOp;
import dev.autogen.op.AlterColumnOp;
import dev.autogen.op.AlterSequenceOp;
import dev.autogen.op.AlterCompositeTypeOp;
import dev.autogen.op.CompositeColumn;
import dev.autogen.op.CreateCompositeTypeOp;
import dev.autogen.op.BackfillOp;
import dev.autogen.op.CreateEnumTypeOp;
import dev.autogen.op.DropCompositeTypeOp;
import dev.autogen.op.CreateIndexOp;
import dev.autogen.op.CreateSchemaOp;
import dev.autogen.op.CreateSequenceOp;
import dev.autogen.op.CreateTableOp;
import dev.autogen.op.DropCheckConstraintOp;
import dev.autogen.op.DropColumnOp;
import dev.autogen.op.DropEnumTypeOp;
import dev.autogen.op.DropForeignKeyOp;
import dev.autogen.op.DropIndexOp;
import dev.autogen.op.DropPrimaryKeyOp;
import dev.autogen.op.DropSchemaOp;
import dev.autogen.op.DropSequenceOp;
import dev.autogen.op.DropTableOp;
import dev.autogen.op.DropUniqueConstraintOp;
import dev.autogen.op.EnumColumn;
import dev.autogen.op.EnumValuePosition;
import dev.autogen.op.ExecuteOp;
import dev.autogen.op.MigrationOp;
import dev.autogen.op.RecreateEnumTypeOp;
import dev.autogen.op.RenameColumnOp;
import dev.autogen.op.RenameEnumValueOp;
import dev.autogen.op.RenameTableOp;
import dev.autogen.op.SetTableCommentOp;
import dev.autogen.op.ValidateConstraintOp;
import dev.autogen.schema.CheckConstraintModel;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.CompositeAttribute;
import dev.autogen.schema.CompositeTypeModel;
import dev.autogen.schema.EnumTypeModel;
import dev.autogen.schema.ForeignKeyModel;
import dev.autogen.schema.IndexModel;
import dev.autogen.schema.PrimaryKeyModel;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.SequenceModel;
import dev.autogen.schema.TableElement;
import dev.autogen.schema.TableModel;
import dev.autogen.schema.UniqueConstraintModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The {@code op} a migration's {@code upgrade}/{@code downgrade} is handed. Each method builds the same op record the
 * diff engine produces, then runs it: the dialect turns it into SQL for the executor.
 *
 * <p>Table and sequence names are given as stored in the database's default schema ({@code "user"}, case-exact);
 * the {@link QualifiedName} overloads name another schema.
 */
public final class Operations {

  private final Dialect dialect;
  private final SqlExecutor executor;
  private final Consumer<MigrationOp> listener;
  private final DataAccess data;

  /** Ops only: data steps read no rows and write none, as while a checksum is computed. */
  public Operations(Dialect dialect, SqlExecutor executor) {
    this(dialect, executor, op -> { });
  }

  /** @param listener sees every op before it runs (for checksums and logging) */
  public Operations(Dialect dialect, SqlExecutor executor, Consumer<MigrationOp> listener) {
    this(dialect, executor, listener, DataAccess.none());
  }

  /**
   * @param listener sees every op before it runs (for checksums and logging)
   * @param data where {@link #query}, {@link #update} and {@link #batch} go: the step's connection, or a script
   */
  public Operations(Dialect dialect, SqlExecutor executor, Consumer<MigrationOp> listener, DataAccess data) {
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.data = Objects.requireNonNull(data, "data");
  }

  /**
   * Runs any op: the one door every other method goes through.
   *
   * <pre>{@code
   * op.run(new DropColumnOp(QualifiedName.of("user"), "phone_number", null));
   * }</pre>
   */
  public void run(MigrationOp op) {
    listener.accept(op);
    for (String statement : dialect.sql(op)) {
      executor.execute(statement);
    }
  }

  /**
   * Creates a table with its columns and, as elements, its keys, indexes, checks and comment:
   *
   * <pre>{@code
   * op.createTable("user",
   *     column("id", bigint()).notNull().identity(),
   *     column("email", varchar(255)).notNull(),
   *     primaryKey("id"),
   *     unique("user_email_key", "email"));
   * }</pre>
   */
  public void createTable(String table, TableElement... elements) {
    createTable(QualifiedName.of(table), elements);
  }

  /** The same in a named schema: {@code table("billing", "invoice")} from {@code Dsl}. */
  public void createTable(QualifiedName table, TableElement... elements) {
    run(new CreateTableOp(TableModel.of(table, Arrays.asList(elements))));
  }

  /**
   * Drops a table and its rows:
   *
   * <pre>{@code
   * op.dropTable("user");
   * }</pre>
   */
  public void dropTable(String table) {
    dropTable(QualifiedName.of(table));
  }

  /** The same in a named schema: {@code table("billing", "invoice")} from {@code Dsl}. */
  public void dropTable(QualifiedName table) {
    run(new DropTableOp(table, null));
  }

  /**
   * Adds a column; a {@code NOT NULL} one needs a default on a table that has rows:
   *
   * <pre>{@code
   * op.addColumn("user", column("phone_number", varchar(32)));
   * }</pre>
   */
  public void addColumn(String table, ColumnModel column) {
    addColumn(QualifiedName.of(table), column);
  }

  /** The same in a named schema: {@code table("billing", "invoice")} from {@code Dsl}. */
  public void addColumn(QualifiedName table, ColumnModel column) {
    run(new AddColumnOp(table, column));
  }

  /**
   * Drops a column and its values:
   *
   * <pre>{@code
   * op.dropColumn("user", "phone_number");
   * }</pre>
   */
  public void dropColumn(String table, String column) {
    dropColumn(QualifiedName.of(table), column);
  }

  /** The same in a named schema: {@code table("billing", "invoice")} from {@code Dsl}. */
  public void dropColumn(QualifiedName table, String column) {
    run(new DropColumnOp(table, column, null));
  }

  /**
   * Changes a column from its {@code existing} definition to {@code target}: type, nullability, default,
   * identity, comment:
   *
   * <pre>{@code
   * op.alterColumn("user", column("name", varchar(80)), column("name", varchar(200)).notNull());
   * }</pre>
   */
  public void alterColumn(String table, ColumnModel existing, ColumnModel target) {
    alterColumn(QualifiedName.of(table), existing, target);
  }

  /** The same in a named schema: {@code table("billing", "invoice")} from {@code Dsl}. */
  public void alterColumn(QualifiedName table, ColumnModel existing, ColumnModel target) {
    run(new AlterColumnOp(table, existing, target));
  }

  /**
   * Adds a foreign key:
   *
   * <pre>{@code
   * op.addForeignKey("post", foreignKey("post_author_id_fkey", "author_id", "user", "id"));
   * }</pre>
   */
  public void addForeignKey(String table, ForeignKeyModel foreignKey) {
    addForeignKey(QualifiedName.of(table), foreignKey);
  }

  /** The same in a named schema: {@code table("billing", "invoice")} from {@code Dsl}. */
  public void addForeignKey(QualifiedName table, ForeignKeyModel foreignKey) {
    run(new AddForeignKeyOp(table, foreignKey));
  }

  /**
   * Adds a foreign key {@code NOT VALID}: new and changed rows are checked at once, the rows already there only by a
   * later {@link #validateConstraint}, so neither table is read under a lock that blocks writes:
   *
   * <pre>{@code
   * op.addForeignKeyNotValid("post", foreignKey("post_author_id_fkey", "author_id", "user", "id"));
   * op.validateConstraint("post", "post_author_id_fkey");
   * }</pre>
   */
  public void addForeignKeyNotValid(String table, ForeignKeyModel foreignKey) {
    addForeignKeyNotValid(QualifiedName.of(table), foreignKey);
  }

  /** The same in a named schema: {@code table("billing", "invoice")} from {@code Dsl}. */
  public void addForeignKeyNotValid(QualifiedName table, ForeignKeyModel foreignKey) {
    run(new AddForeignKeyOp(table, foreignKey, true));
  }

  /**
   * Checks the rows a {@code NOT VALID} foreign key or check constraint left unchecked; reads and writes go on
   * meanwhile. Run it outside the transaction that added the constraint ({@code @Revision(transactional = false)}
   * or a later revision), or that transaction's lock is held through the whole read:
   *
   * <pre>{@code
   * op.validateConstraint("post", "post_author_id_fkey");
   * }</pre>
   */
  public void validateConstraint(String table, String name) {
    validateConstraint(QualifiedName.of(table), name);
  }

  /** The same in a named schema: {@code table("billing", "invoice")} from {@code Dsl}. */
  public void validateConstraint(QualifiedName table, String name) {
    run(new ValidateConstraintOp(table, name));
  }

  /**
   * Drops a foreign key by its constraint name:
   *
   * <pre>{@code
   * op.dropForeignKey("post", "post_author_id_fkey");
   * }</pre>
   */
  public void dropForeignKey(String table, String name) {
    dropForeignKey(QualifiedName.of(table), name);
  }

  /** The same in a named schema: {@code table("billing", "invoice")} from {@code Dsl}. */
  public void dropForeignKey(QualifiedName table, String name) {
    run(new DropForeignKeyOp(table, name, null));
  }

  /**
   * Adds a unique constraint:
   *
   * <pre>{@code
   * op.addUniqueConstraint("user", unique("user_email_key", "email"));
   * }</pre>
   */
  public void addUniqueConstraint(String table, UniqueConstraintModel constraint) {
    addUniqueConstraint(QualifiedName.of(table), constraint);
  }

  /** The same in a named schema: {@code table("billing", "invoice")} from {@code Dsl}. */
  public void addUniqueConstraint(QualifiedName table, UniqueConstraintModel constraint) {
    run(new AddUniqueConstraintOp(table, constraint));
  }

  /**
   * Adds a unique constraint without blocking writes: its index is built {@code CONCURRENTLY} under the
   * constraint's name, then taken over ({@code ADD CONSTRAINT ... UNIQUE USING INDEX}). Only in a
   * {@code @Revision(transactional = false)} revision:
   *
   * <pre>{@code
   * op.addUniqueConstraintConcurrently("user", unique("user_email_key", "email"));
   * }</pre>
   */
  public void addUniqueConstraintConcurrently(String table, UniqueConstraintModel constraint) {
    addUniqueConstraintConcurrently(QualifiedName.of(table), constraint);
  }

  /** The same in a named schema: {@code table("billing", "invoice")} from {@code Dsl}. */
  public void addUniqueConstraintConcurrently(QualifiedName table, UniqueConstraintModel constraint) {
    run(new AddUniqueConstraintOp(table, constraint, true));
  }

  /**
   * Drops a unique constraint by its name:
   *
   * <pre>{@code
   * op.dropUniqueConstraint("user", "user_email_key");
   * }</pre>
   */
  public void dropUniqueConstraint(String table, String name) {
    dropUniqueConstraint(QualifiedName.of(table), name);
  }

  /** The same in a named schema: {@code table("billing", "invoice")} from {@code Dsl}. */
  public void dropUniqueConstraint(QualifiedName table, String name) {
    run(new DropUniqueConstraintOp(table, name, null));
  }

  /**
   * Adds a check constraint built with {@code Dsl.check}:
   *
   * <pre>{@code
   * op.addCheckConstraint("user", check("user_tier_check", "tier in ('FREE','PRO')"));
   * }</pre>
   */
  public void addCheckConstraint(String table, CheckConstraintModel constraint) {
    addCheckConstraint(QualifiedName.of(table), constraint);
  }

  /** The same in a named schema: {@code table("billing", "invoice")} from {@code Dsl}. */
  public void addCheckConstraint(QualifiedName table, CheckConstraintModel constraint) {
    run(new AddCheckConstraintOp(table, constraint));
  }

  /**
   * Adds a check constraint {@code NOT VALID}: new and changed rows are checked at once, the rows already there only
   * by a later {@link #validateConstraint}, so the table is not read under its strongest lock:
   *
   * <pre>{@code
   * op.addCheckConstraintNotValid("user", check("user_tier_check", "tier in ('FREE','PRO')"));
   * op.validateConstraint("user", "user_tier_check");
   * }</pre>
   */
  public void addCheckConstraintNotValid(String table, CheckConstraintModel constraint) {
    addCheckConstraintNotValid(QualifiedName.of(table), constraint);
  }

  /** The same in a named schema: {@code table("billing", "invoice")} from {@code Dsl}. */
  public void addCheckConstraintNotValid(QualifiedName table, CheckConstraintModel constraint) {
    run(new AddCheckConstraintOp(table, constraint, true));
  }

  /**
   * Drops a check constraint by its name:
   *
   * <pre>{@code
   * op.dropCheckConstraint("user", "user_tier_check");
   * }</pre>
   */
  public void dropCheckConstraint(String table, String name) {
    dropCheckConstraint(QualifiedName.of(table), name);
  }

  /** The same in a named schema: {@code table("billing", "invoice")} from {@code Dsl}. */
  public void dropCheckConstraint(QualifiedName table, String name) {
    run(new DropCheckConstraintOp(table, name, null));
  }

  /**
   * Creates an index:
   *
   * <pre>{@code
   * op.createIndex("post", index("post_created_idx", "created"));
   * }</pre>
   */
  public void createIndex(String table, IndexModel index) {
    createIndex(QualifiedName.of(table), index);
  }

  /** The same in a named schema: {@code table("billing", "invoice")} from {@code Dsl}. */
  public void createIndex(QualifiedName table, IndexModel index) {
    run(new CreateIndexOp(table, index));
  }

  /**
   * Creates an index {@code CONCURRENTLY}: reads and writes go on during the build. Only in a
   * {@code @Revision(transactional = false)} revision; a build that fails leaves an invalid index behind, to drop
   * before trying again:
   *
   * <pre>{@code
   * op.createIndexConcurrently("post", index("post_created_idx", "created"));
   * }</pre>
   */
  public void createIndexConcurrently(String table, IndexModel index) {
    createIndexConcurrently(QualifiedName.of(table), index);
  }

  /** The same in a named schema: {@code table("billing", "invoice")} from {@code Dsl}. */
  public void createIndexConcurrently(QualifiedName table, IndexModel index) {
    run(new CreateIndexOp(table, index, true));
  }

  /**
   * Drops an index by its name:
   *
   * <pre>{@code
   * op.dropIndex("post", "post_created_idx");
   * }</pre>
   */
  public void dropIndex(String table, String name) {
    dropIndex(QualifiedName.of(table), name);
  }

  /** The same in a named schema: {@code table("billing", "invoice")} from {@code Dsl}. */
  public void dropIndex(QualifiedName table, String name) {
    run(new DropIndexOp(table, name, null));
  }

  /**
   * Drops an index {@code CONCURRENTLY}: it waits for the transactions using the table instead of blocking them.
   * Only in a {@code @Revision(transactional = false)} revision:
   *
   * <pre>{@code
   * op.dropIndexConcurrently("post", "post_created_idx");
   * }</pre>
   */
  public void dropIndexConcurrently(String table, String name) {
    dropIndexConcurrently(QualifiedName.of(table), name);
  }

  /** The same in a named schema: {@code table("billing", "invoice")} from {@code Dsl}. */
  public void dropIndexConcurrently(QualifiedName table, String name) {
    run(new DropIndexOp(table, name, null, true));
  }

  /**
   * Creates a sequence built with {@code Dsl.sequence}:
   *
   * <pre>{@code
   * op.createSequence(sequence("user_seq").incrementBy(50));
   * }</pre>
   */
  public void createSequence(SequenceModel sequence) {
    run(new CreateSequenceOp(sequence));
  }

  /**
   * Drops a sequence:
   *
   * <pre>{@code
   * op.dropSequence("user_seq");
   * }</pre>
   */
  public void dropSequence(String name) {
    dropSequence(QualifiedName.of(name));
  }

  /** The same in a named schema: {@code table("billing", "invoice")} from {@code Dsl}. */
  public void dropSequence(QualifiedName name) {
    run(new DropSequenceOp(name, null));
  }

  /**
   * Changes a sequence from its {@code existing} definition to {@code target}: its increment, and the start value
   * it records. A changed start does not move the sequence: it goes on from its current value.
   *
   * <pre>{@code
   * op.alterSequence(sequence("user_seq").incrementBy(1), sequence("user_seq").incrementBy(50));
   * }</pre>
   */
  public void alterSequence(SequenceModel existing, SequenceModel target) {
    run(new AlterSequenceOp(existing, target));
  }

  /**
   * Creates an enum type with its values in order:
   *
   * <pre>{@code
   * op.createEnumType("mood", "sad", "ok", "happy");
   * }</pre>
   */
  public void createEnumType(String name, String... labels) {
    createEnumType(QualifiedName.of(name), labels);
  }

  /** The same in a named schema: {@code table("billing", "invoice")} from {@code Dsl}. */
  public void createEnumType(QualifiedName name, String... labels) {
    run(new CreateEnumTypeOp(new EnumTypeModel(name, List.of(labels))));
  }

  /**
   * Drops an enum type no column uses any more; it fails on one that still is:
   *
   * <pre>{@code
   * op.dropEnumType("mood");
   * }</pre>
   */
  public void dropEnumType(String name) {
    dropEnumType(QualifiedName.of(name));
  }

  /** The same in a named schema: {@code table("billing", "invoice")} from {@code Dsl}. */
  public void dropEnumType(QualifiedName name) {
    run(new DropEnumTypeOp(name, null));
  }

  /**
   * Appends a value to an enum type. PostgreSQL cannot use the value in the transaction that added it (nor, before
   * 12, add it inside one): declare the revision {@code @Revision(transactional = false)} to use it in the same one.
   *
   * <pre>{@code
   * op.addEnumValue("mood", "ecstatic");
   * }</pre>
   */
  public void addEnumValue(String type, String value) {
    addEnumValue(QualifiedName.of(type), value, null);
  }

  /**
   * Adds a value {@code before(...)} or {@code after(...)} an existing one:
   *
   * <pre>{@code
   * op.addEnumValue("mood", "meh", after("ok"));
   * }</pre>
   */
  public void addEnumValue(String type, String value, EnumValuePosition position) {
    addEnumValue(QualifiedName.of(type), value, position);
  }

  /** Appends a value to an enum type in a named schema: {@code qualified("billing", "status")} from {@code Dsl}. */
  public void addEnumValue(QualifiedName type, String value) {
    addEnumValue(type, value, null);
  }

  /** The same in a named schema: {@code table("billing", "invoice")} from {@code Dsl}. */
  public void addEnumValue(QualifiedName type, String value, EnumValuePosition position) {
    run(new AddEnumValueOp(type, value, position));
  }

  /**
   * Renames an enum value; rows holding it keep it under the new name:
   *
   * <pre>{@code
   * op.renameEnumValue("size", "MEDIUM", "REGULAR");
   * }</pre>
   */
  public void renameEnumValue(String type, String from, String to) {
    renameEnumValue(QualifiedName.of(type), from, to);
  }

  /** The same in a named schema: {@code table("billing", "invoice")} from {@code Dsl}. */
  public void renameEnumValue(QualifiedName type, String from, String to) {
    run(new RenameEnumValueOp(type, from, to));
  }

  /**
   * Gives an enum type new values where {@code ALTER TYPE} cannot (removing or reordering one): the type is
   * recreated and each of its {@code columns}, every column of the type, converted through its text. Rows holding
   * a removed value make it fail.
   *
   * <pre>{@code
   * op.recreateEnumType(enumType("mood", "sad", "ok", "happy"), enumType("mood", "sad", "happy"),
   *     enumColumn("person", "mood"));
   * }</pre>
   */
  public void recreateEnumType(EnumTypeModel existing, EnumTypeModel target, EnumColumn... columns) {
    run(new RecreateEnumTypeOp(existing, target, Arrays.asList(columns)));
  }

  /**
   * Creates a composite type with its attributes in order:
   *
   * <pre>{@code
   * op.createCompositeType("postal_address", attribute("city", varchar(255)), attribute("zip", varchar(10)));
   * }</pre>
   */
  public void createCompositeType(String name, CompositeAttribute... attributes) {
    createCompositeType(QualifiedName.of(name), attributes);
  }

  /** The same in a named schema: {@code qualified("billing", "address")} from {@code Dsl}. */
  public void createCompositeType(QualifiedName name, CompositeAttribute... attributes) {
    run(new CreateCompositeTypeOp(new CompositeTypeModel(name, List.of(attributes))));
  }

  /**
   * Drops a composite type no column or other type uses any more; it fails on one that still is:
   *
   * <pre>{@code
   * op.dropCompositeType("postal_address");
   * }</pre>
   */
  public void dropCompositeType(String name) {
    dropCompositeType(QualifiedName.of(name));
  }

  /** The same in a named schema: {@code qualified("billing", "address")} from {@code Dsl}. */
  public void dropCompositeType(QualifiedName name) {
    run(new DropCompositeTypeOp(name, null));
  }

  /**
   * Gives a composite type new attributes: attributes dropped and appended with {@code ALTER TYPE} where that is
   * all; else the type is recreated and each of its {@code columns}, every column of the type, converted attribute
   * by attribute (matched by name):
   *
   * <pre>{@code
   * op.alterCompositeType(
   *     compositeType("postal_address", attribute("city", varchar(255)), attribute("zip", varchar(10))),
   *     compositeType("postal_address", attribute("city", varchar(255)), attribute("zip", varchar(20))),
   *     compositeColumn("shop", "address"));
   * }</pre>
   */
  public void alterCompositeType(CompositeTypeModel existing, CompositeTypeModel target, CompositeColumn... columns) {
    run(new AlterCompositeTypeOp(existing, target, Arrays.asList(columns)));
  }

  /**
   * Renames a table, keeping its rows; {@code to} is the new name in the same schema:
   *
   * <pre>{@code
   * op.renameTable("users", "customer");
   * }</pre>
   */
  public void renameTable(String from, String to) {
    renameTable(QualifiedName.of(from), to);
  }

  /** The same in a named schema: {@code table("billing", "invoice")} from {@code Dsl}. */
  public void renameTable(QualifiedName from, String to) {
    run(new RenameTableOp(from, new QualifiedName(from.schema(), to)));
  }

  /**
   * Renames a column, keeping its data:
   *
   * <pre>{@code
   * op.renameColumn("user", "mail", "email");
   * }</pre>
   */
  public void renameColumn(String table, String from, String to) {
    renameColumn(QualifiedName.of(table), from, to);
  }

  /** The same in a named schema: {@code table("billing", "invoice")} from {@code Dsl}. */
  public void renameColumn(QualifiedName table, String from, String to) {
    run(new RenameColumnOp(table, from, to));
  }

  /**
   * Adds a primary key built with {@code Dsl.primaryKey} or {@code Dsl.namedPrimaryKey} to a table without one:
   *
   * <pre>{@code
   * op.addPrimaryKey("membership", primaryKey("group_id", "user_id"));
   * }</pre>
   */
  public void addPrimaryKey(String table, PrimaryKeyModel primaryKey) {
    addPrimaryKey(QualifiedName.of(table), primaryKey);
  }

  /** The same in a named schema: {@code table("billing", "invoice")} from {@code Dsl}. */
  public void addPrimaryKey(QualifiedName table, PrimaryKeyModel primaryKey) {
    run(new AddPrimaryKeyOp(table, primaryKey));
  }

  /**
   * Adds a primary key without blocking writes: its unique index is built {@code CONCURRENTLY} under the key's name,
   * then taken over ({@code ADD CONSTRAINT ... PRIMARY KEY USING INDEX}). Only in a
   * {@code @Revision(transactional = false)} revision, on columns already {@code NOT NULL}:
   *
   * <pre>{@code
   * op.addPrimaryKeyConcurrently("membership", primaryKey("group_id", "user_id"));
   * }</pre>
   */
  public void addPrimaryKeyConcurrently(String table, PrimaryKeyModel primaryKey) {
    addPrimaryKeyConcurrently(QualifiedName.of(table), primaryKey);
  }

  /** The same in a named schema: {@code table("billing", "invoice")} from {@code Dsl}. */
  public void addPrimaryKeyConcurrently(QualifiedName table, PrimaryKeyModel primaryKey) {
    run(new AddPrimaryKeyOp(table, primaryKey, true));
  }

  /**
   * Drops a primary key by its constraint name: {@code <table>_pkey} when it was declared without one:
   *
   * <pre>{@code
   * op.dropPrimaryKey("membership", "membership_pkey");
   * }</pre>
   */
  public void dropPrimaryKey(String table, String name) {
    dropPrimaryKey(QualifiedName.of(table), name);
  }

  /** The same in a named schema: {@code table("billing", "invoice")} from {@code Dsl}. */
  public void dropPrimaryKey(QualifiedName table, String name) {
    run(new DropPrimaryKeyOp(table, name, null));
  }

  /**
   * Creates a schema:
   *
   * <pre>{@code
   * op.createSchema("billing");
   * }</pre>
   */
  public void createSchema(String name) {
    run(new CreateSchemaOp(name));
  }

  /**
   * Drops a schema that holds nothing any more; it fails on one that still does:
   *
   * <pre>{@code
   * op.dropSchema("billing");
   * }</pre>
   */
  public void dropSchema(String name) {
    run(new DropSchemaOp(name));
  }

  /**
   * Sets a table's comment ({@code to}, or removes it when {@code null}); {@code from} is the comment it replaces:
   *
   * <pre>{@code
   * op.setTableComment("user", null, "People who can sign in");
   * }</pre>
   */
  public void setTableComment(String table, String from, String to) {
    setTableComment(QualifiedName.of(table), from, to);
  }

  /** The same in a named schema: {@code table("billing", "invoice")} from {@code Dsl}. */
  public void setTableComment(QualifiedName table, String from, String to) {
    run(new SetTableCommentOp(table, from, to));
  }

  /**
   * Runs SQL as written: data steps without parameters and anything the op API does not cover; part of the checksum:
   *
   * <pre>{@code
   * op.execute("UPDATE \"user\" SET tier = 'FREE' WHERE tier IS NULL");
   * }</pre>
   */
  public void execute(String sql) {
    run(new ExecuteOp(sql));
  }

  /**
   * A backfill still to write, which {@code revision --safe} puts at the start of {@code upgrade()} for each new
   * {@code NOT NULL} column without a default on a table that has rows: it stops the upgrade, before any statement
   * runs, until the data steps that give every existing row a value are written (where the file says
   * {@code TODO backfill}) and this line is deleted.
   *
   * <pre>{@code
   * op.backfill("user", "tier");
   * }</pre>
   *
   * @throws IllegalStateException always, naming the column
   */
  public void backfill(String table, String column) {
    backfill(QualifiedName.of(table), column);
  }

  /** The same in a named schema: {@code table("billing", "invoice")} from {@code Dsl}. */
  public void backfill(QualifiedName table, String column) {
    BackfillOp op = new BackfillOp(table, column);
    listener.accept(op);
    throw new IllegalStateException(op.unwrittenMessage());
  }

  // --- data steps: rows read and written with bind parameters, Alembic's op.get_bind()

  /**
   * Reads rows with bind parameters ({@code ?}), in the step's transaction, so it sees what the ops before it did:
   *
   * <pre>{@code
   * for (Row row : op.query("SELECT id, full_name FROM customer WHERE country = ?", "NL")) {
   *   String[] names = row.getString("full_name").split(" ", 2);
   *   op.update("UPDATE customer SET first_name = ?, last_name = ? WHERE id = ?", names[0], names[1], row.get("id"));
   * }
   * }</pre>
   *
   * <p>With {@code --sql} there is no database to read, so a query fails the script with a message saying so. While
   * the checksum of an applied revision is computed again, a query returns no rows: data steps are not part of the
   * checksum, which covers the ops and {@link #execute} statements.
   */
  public List<Row> query(String sql, Object... parameters) {
    return data.query(sql, Arrays.asList(parameters));
  }

  /**
   * Writes rows with bind parameters ({@code ?}) and returns how many it touched:
   *
   * <pre>{@code
   * op.update("UPDATE \"user\" SET tier = ? WHERE created < ?", "FREE", LocalDate.of(2024, 1, 1));
   * }</pre>
   *
   * <p>With {@code --sql} the statement is written with the parameters as literals
   * ({@code UPDATE "user" SET tier = 'FREE' WHERE created < '2024-01-01'}) and the count is
   * {@link DataAccess#UNKNOWN_COUNT}.
   */
  public int update(String sql, Object... parameters) {
    return data.update(sql, Arrays.asList(parameters));
  }

  /**
   * Runs one statement for each row of parameters, as one JDBC batch, and returns the count of each:
   *
   * <pre>{@code
   * op.batch("INSERT INTO country (code, name) VALUES (?, ?)", List.of(
   *     new Object[] {"NL", "Netherlands"},
   *     new Object[] {"BE", "Belgium"}));
   * }</pre>
   *
   * <p>With {@code --sql} each row is written as a statement of its own, with literals.
   */
  public int[] batch(String sql, List<Object[]> rows) {
    return batch(sql, rows.toArray(Object[][]::new));
  }

  /**
   * {@link #batch(String, List)} with the rows given one by one, which also reads right for a single row
   * ({@code List.of(new Object[] {...})} alone would be a list of its values):
   *
   * <pre>{@code
   * op.batch("INSERT INTO country (code, name) VALUES (?, ?)", new Object[] {"NL", "Netherlands"});
   * }</pre>
   */
  public int[] batch(String sql, Object[]... rows) {
    List<List<Object>> parameters = new ArrayList<>(rows.length);
    for (Object[] row : rows) {
      parameters.add(Arrays.asList(row));
    }
    return data.batch(sql, parameters);
  }
}
