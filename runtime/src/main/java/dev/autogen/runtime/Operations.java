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
import dev.autogen.op.CreateEnumTypeOp;
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
import dev.autogen.schema.CheckConstraintModel;
import dev.autogen.schema.ColumnModel;
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

  /** Runs any op: the one door every other method goes through. */
  public void run(MigrationOp op) {
    listener.accept(op);
    for (String statement : dialect.sql(op)) {
      executor.execute(statement);
    }
  }

  public void createTable(String table, TableElement... elements) {
    createTable(QualifiedName.of(table), elements);
  }

  public void createTable(QualifiedName table, TableElement... elements) {
    run(new CreateTableOp(TableModel.of(table, Arrays.asList(elements))));
  }

  public void dropTable(String table) {
    dropTable(QualifiedName.of(table));
  }

  public void dropTable(QualifiedName table) {
    run(new DropTableOp(table, null));
  }

  public void addColumn(String table, ColumnModel column) {
    addColumn(QualifiedName.of(table), column);
  }

  public void addColumn(QualifiedName table, ColumnModel column) {
    run(new AddColumnOp(table, column));
  }

  public void dropColumn(String table, String column) {
    dropColumn(QualifiedName.of(table), column);
  }

  public void dropColumn(QualifiedName table, String column) {
    run(new DropColumnOp(table, column, null));
  }

  /** Changes a column from its {@code existing} definition to {@code target}: type, nullability, default. */
  public void alterColumn(String table, ColumnModel existing, ColumnModel target) {
    alterColumn(QualifiedName.of(table), existing, target);
  }

  public void alterColumn(QualifiedName table, ColumnModel existing, ColumnModel target) {
    run(new AlterColumnOp(table, existing, target));
  }

  public void addForeignKey(String table, ForeignKeyModel foreignKey) {
    addForeignKey(QualifiedName.of(table), foreignKey);
  }

  public void addForeignKey(QualifiedName table, ForeignKeyModel foreignKey) {
    run(new AddForeignKeyOp(table, foreignKey));
  }

  public void dropForeignKey(String table, String name) {
    dropForeignKey(QualifiedName.of(table), name);
  }

  public void dropForeignKey(QualifiedName table, String name) {
    run(new DropForeignKeyOp(table, name, null));
  }

  public void addUniqueConstraint(String table, UniqueConstraintModel constraint) {
    addUniqueConstraint(QualifiedName.of(table), constraint);
  }

  public void addUniqueConstraint(QualifiedName table, UniqueConstraintModel constraint) {
    run(new AddUniqueConstraintOp(table, constraint));
  }

  public void dropUniqueConstraint(String table, String name) {
    dropUniqueConstraint(QualifiedName.of(table), name);
  }

  public void dropUniqueConstraint(QualifiedName table, String name) {
    run(new DropUniqueConstraintOp(table, name, null));
  }

  /** Adds a check built with {@code Dsl.check}: {@code check("user_tier_check", "tier in ('FREE','PRO')")}. */
  public void addCheckConstraint(String table, CheckConstraintModel constraint) {
    addCheckConstraint(QualifiedName.of(table), constraint);
  }

  public void addCheckConstraint(QualifiedName table, CheckConstraintModel constraint) {
    run(new AddCheckConstraintOp(table, constraint));
  }

  public void dropCheckConstraint(String table, String name) {
    dropCheckConstraint(QualifiedName.of(table), name);
  }

  public void dropCheckConstraint(QualifiedName table, String name) {
    run(new DropCheckConstraintOp(table, name, null));
  }

  public void createIndex(String table, IndexModel index) {
    createIndex(QualifiedName.of(table), index);
  }

  public void createIndex(QualifiedName table, IndexModel index) {
    run(new CreateIndexOp(table, index));
  }

  public void dropIndex(String table, String name) {
    dropIndex(QualifiedName.of(table), name);
  }

  public void dropIndex(QualifiedName table, String name) {
    run(new DropIndexOp(table, name, null));
  }

  /** Creates a sequence built with {@code Dsl.sequence}: {@code sequence("user_seq").incrementBy(50)}. */
  public void createSequence(SequenceModel sequence) {
    run(new CreateSequenceOp(sequence));
  }

  public void dropSequence(String name) {
    dropSequence(QualifiedName.of(name));
  }

  public void dropSequence(QualifiedName name) {
    run(new DropSequenceOp(name, null));
  }

  /**
   * Changes a sequence from its {@code existing} definition to {@code target}: its increment, and the start value
   * it records. A changed start does not move the sequence: it goes on from its current value.
   */
  public void alterSequence(SequenceModel existing, SequenceModel target) {
    run(new AlterSequenceOp(existing, target));
  }

  /** Creates an enum type with its values in order: {@code op.createEnumType("mood", "sad", "ok", "happy")}. */
  public void createEnumType(String name, String... labels) {
    createEnumType(QualifiedName.of(name), labels);
  }

  public void createEnumType(QualifiedName name, String... labels) {
    run(new CreateEnumTypeOp(new EnumTypeModel(name, List.of(labels))));
  }

  /** Drops an enum type no column uses any more; it fails on one that still is. */
  public void dropEnumType(String name) {
    dropEnumType(QualifiedName.of(name));
  }

  public void dropEnumType(QualifiedName name) {
    run(new DropEnumTypeOp(name, null));
  }

  /**
   * Appends a value to an enum type. PostgreSQL cannot use the value in the transaction that added it (nor, before
   * 12, add it inside one): declare the revision {@code @Revision(transactional = false)} to use it in the same one.
   */
  public void addEnumValue(String type, String value) {
    addEnumValue(QualifiedName.of(type), value, null);
  }

  /** Adds a value {@code before("ok")} or {@code after("ok")} an existing one. */
  public void addEnumValue(String type, String value, EnumValuePosition position) {
    addEnumValue(QualifiedName.of(type), value, position);
  }

  public void addEnumValue(QualifiedName type, String value, EnumValuePosition position) {
    run(new AddEnumValueOp(type, value, position));
  }

  /** Renames an enum value; rows holding it keep it under the new name. */
  public void renameEnumValue(String type, String from, String to) {
    renameEnumValue(QualifiedName.of(type), from, to);
  }

  public void renameEnumValue(QualifiedName type, String from, String to) {
    run(new RenameEnumValueOp(type, from, to));
  }

  /**
   * Gives an enum type new values where {@code ALTER TYPE} cannot (removing or reordering one): the type is
   * recreated and each of its {@code columns}, every column of the type, converted through its text. Rows holding
   * a removed value make it fail.
   */
  public void recreateEnumType(EnumTypeModel existing, EnumTypeModel target, EnumColumn... columns) {
    run(new RecreateEnumTypeOp(existing, target, Arrays.asList(columns)));
  }

  /** Renames a table, keeping its rows; {@code to} is the new name in the same schema. */
  public void renameTable(String from, String to) {
    renameTable(QualifiedName.of(from), to);
  }

  public void renameTable(QualifiedName from, String to) {
    run(new RenameTableOp(from, new QualifiedName(from.schema(), to)));
  }

  /** Renames a column, keeping its data. */
  public void renameColumn(String table, String from, String to) {
    renameColumn(QualifiedName.of(table), from, to);
  }

  public void renameColumn(QualifiedName table, String from, String to) {
    run(new RenameColumnOp(table, from, to));
  }

  /** Adds a primary key built with {@code Dsl.primaryKey} or {@code Dsl.namedPrimaryKey} to a table without one. */
  public void addPrimaryKey(String table, PrimaryKeyModel primaryKey) {
    addPrimaryKey(QualifiedName.of(table), primaryKey);
  }

  public void addPrimaryKey(QualifiedName table, PrimaryKeyModel primaryKey) {
    run(new AddPrimaryKeyOp(table, primaryKey));
  }

  /** Drops a primary key by its constraint name: {@code <table>_pkey} when it was declared without one. */
  public void dropPrimaryKey(String table, String name) {
    dropPrimaryKey(QualifiedName.of(table), name);
  }

  public void dropPrimaryKey(QualifiedName table, String name) {
    run(new DropPrimaryKeyOp(table, name, null));
  }

  public void createSchema(String name) {
    run(new CreateSchemaOp(name));
  }

  /** Drops a schema that holds nothing any more; it fails on one that still does. */
  public void dropSchema(String name) {
    run(new DropSchemaOp(name));
  }

  /** Sets a table's comment ({@code to}, or removes it when {@code null}); {@code from} is the comment it replaces. */
  public void setTableComment(String table, String from, String to) {
    setTableComment(QualifiedName.of(table), from, to);
  }

  public void setTableComment(QualifiedName table, String from, String to) {
    run(new SetTableCommentOp(table, from, to));
  }

  /** Runs SQL as written: data steps and anything the op API does not cover. */
  public void execute(String sql) {
    run(new ExecuteOp(sql));
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
