package dev.autogen.dialect;

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
import dev.autogen.op.ExecuteOp;
import dev.autogen.op.MigrationOp;
import dev.autogen.op.OpVisitor;
import dev.autogen.op.RecreateEnumTypeOp;
import dev.autogen.op.RenameColumnOp;
import dev.autogen.op.RenameEnumValueOp;
import dev.autogen.op.RenameTableOp;
import dev.autogen.op.SetTableCommentOp;
import dev.autogen.op.ValidateConstraintOp;
import dev.autogen.schema.CheckConstraintModel;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.CompositeAttribute;
import dev.autogen.schema.CompositeTypeModel;
import dev.autogen.schema.EnumTypeModel;
import dev.autogen.schema.ForeignKeyModel;
import dev.autogen.schema.IdentityGeneration;
import dev.autogen.schema.ColumnOrdering;
import dev.autogen.schema.IndexModel;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.SequenceModel;
import dev.autogen.schema.TableModel;
import dev.autogen.schema.UniqueConstraintModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** PostgreSQL: quoting, type canonicalisation, and the SQL of every op. */
public final class PostgresDialect implements Dialect {

  private final OpVisitor<List<String>> statements = new StatementBuilder();

  @Override
  public List<String> sql(MigrationOp op) {
    return op.accept(statements);
  }

  @Override
  public String quote(String identifier) {
    return Identifiers.quote(identifier);
  }

  @Override
  public String qualify(QualifiedName name) {
    return name.schema() == null ? quote(name.name()) : quote(name.schema()) + "." + quote(name.name());
  }

  /**
   * {@inheritDoc} A backslash is an escape character where {@code standard_conforming_strings} is off (a
   * {@code --sql} script may meet such a server), so a value holding one is written as an escape string
   * ({@code E'...'}), which every server reads the same. PostgreSQL text cannot hold a NUL at all.
   */
  @Override
  public String literal(String value) {
    if (value.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("a PostgreSQL string cannot hold a NUL character: '"
          + value.replace("\0", "\\0") + "'");
    }
    if (value.indexOf('\\') >= 0) {
      return "E'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }
    return "'" + value.replace("'", "''") + "'";
  }

  @Override
  public String inlineParameters(String sql, List<?> parameters) {
    return ParameterInliner.inline(sql, parameters);
  }

  @Override
  public ColumnType canonicalType(String typeName) {
    return new ColumnType(PostgresTypes.canonical(typeName));
  }

  @Override
  public String createVersionTable(QualifiedName table) {
    return "CREATE TABLE IF NOT EXISTS " + qualify(table) + " (\n    version_num varchar(32) NOT NULL,\n    CONSTRAINT "
        + quote(table.name() + "_pkc") + " PRIMARY KEY (version_num)\n)";
  }

  @Override
  public String versionTableExists(QualifiedName table) {
    return tableExists(table);
  }

  @Override
  public String selectVersions(QualifiedName table) {
    return "SELECT version_num FROM " + qualify(table) + " ORDER BY version_num";
  }

  @Override
  public String insertVersion(QualifiedName table, String revision) {
    return "INSERT INTO " + qualify(table) + " (version_num) VALUES (" + literal(revision) + ")";
  }

  @Override
  public String updateVersion(QualifiedName table, String from, String to) {
    return "UPDATE " + qualify(table) + " SET version_num = " + literal(to) + " WHERE version_num = " + literal(from);
  }

  @Override
  public String deleteVersion(QualifiedName table, String revision) {
    return "DELETE FROM " + qualify(table) + " WHERE version_num = " + literal(revision);
  }

  // applied_at is the time the row is written, the end of its step: now() would give every step of a run that
  // shares one transaction the same time
  @Override
  public String createHistoryTable(QualifiedName table) {
    return "CREATE TABLE IF NOT EXISTS " + qualify(table) + " (\n"
        + "    id bigint GENERATED ALWAYS AS IDENTITY,\n"
        + "    revision varchar(32) NOT NULL,\n"
        + "    action varchar(16) NOT NULL,\n"
        + "    applied_at timestamp with time zone NOT NULL DEFAULT clock_timestamp(),\n"
        + "    duration_ms bigint,\n"
        + "    applied_by text NOT NULL DEFAULT current_user,\n"
        + "    os_user text,\n"
        + "    checksum varchar(64),\n"
        + "    file_checksum varchar(64),\n"
        + "    CONSTRAINT " + quote(table.name() + "_pkey") + " PRIMARY KEY (id)\n"
        + ")";
  }

  @Override
  public String tableExists(QualifiedName table) {
    return "SELECT to_regclass(" + literal(qualify(table)) + ") IS NOT NULL";
  }

  @Override
  public String insertHistory(QualifiedName table, String revision, String action, Long durationMillis,
      String checksum, String fileChecksum, String osUser) {
    return "INSERT INTO " + qualify(table) + " (revision, action, duration_ms, checksum, file_checksum, os_user)"
        + " VALUES (" + literal(revision) + ", " + literal(action) + ", "
        + (durationMillis == null ? "NULL" : durationMillis.toString()) + ", " + literalOrNull(checksum) + ", "
        + literalOrNull(fileChecksum) + ", " + literalOrNull(osUser) + ")";
  }

  @Override
  public String selectHistory(QualifiedName table) {
    return "SELECT id, revision, action, applied_at, duration_ms, applied_by, os_user, checksum, file_checksum FROM "
        + qualify(table) + " ORDER BY id";
  }

  private String literalOrNull(String value) {
    return value == null ? "NULL" : literal(value);
  }

  @Override
  public String beginTransaction() {
    return "BEGIN";
  }

  @Override
  public String commitTransaction() {
    return "COMMIT";
  }

  @Override
  public String tryAdvisoryLock(long key) {
    return "SELECT pg_try_advisory_lock(" + key + ")";
  }

  @Override
  public String advisoryLock(long key) {
    return "SELECT pg_advisory_lock(" + key + ")";
  }

  @Override
  public String advisoryUnlock(long key) {
    return "SELECT pg_advisory_unlock(" + key + ")";
  }

  @Override
  public String setLockTimeout(Duration timeout) {
    return "SET lock_timeout = '" + timeout.toMillis() + "ms'";
  }

  @Override
  public String resetLockTimeout() {
    return "RESET lock_timeout";
  }

  // pg_locks shows a bigint advisory key split in two: its high half in classid, its low half in objid
  @Override
  public String advisoryLockHolders(long key) {
    return "SELECT a.pid, a.application_name, a.client_addr, a.backend_start"
        + " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
        + " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1"
        + " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
        + " AND l.classid::bigint = " + (key >>> 32) + " AND l.objid::bigint = " + (key & 0xFFFFFFFFL)
        + " ORDER BY a.pid";
  }

  private String columnList(List<String> columns) {
    return columns.stream().map(this::quote).collect(Collectors.joining(", ", "(", ")"));
  }

  private String columnDefinition(ColumnModel column) {
    StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(column.type().sql())
        .append(collateClause(column.collation()));
    if (column.identityGeneration() != IdentityGeneration.NONE) {
      sql.append(identityClause(column.identityGeneration()));
    }
    if (column.defaultExpression() != null) {
      sql.append(" DEFAULT ").append(column.defaultExpression());
    }
    if (column.generationExpression() != null) {
      sql.append(" GENERATED ALWAYS AS (").append(column.generationExpression()).append(") STORED");
    }
    if (!column.isNullable()) {
      sql.append(" NOT NULL");
    }
    return sql.toString();
  }

  /** {@code COLLATE "C"}; the type's default collation is written as none. */
  private String collateClause(String collation) {
    return collation == null ? "" : " COLLATE " + quote(collation);
  }

  /**
   * A serial column's sequence, before the column's default can call it; of the column's type where a sequence can
   * be ({@code serial} makes an {@code integer} one).
   */
  private String createSerialSequence(ColumnModel column) {
    String type = column.type().sql();
    boolean sequenceType = type.equals("smallint") || type.equals("integer") || type.equals("bigint");
    return "CREATE SEQUENCE " + column.serialSequence() + (sequenceType ? " AS " + type : "");
  }

  /** The column owns its sequence: dropping the column or its table drops the sequence too. */
  private String ownSequence(QualifiedName table, ColumnModel column) {
    return "ALTER SEQUENCE " + column.serialSequence() + " OWNED BY " + qualify(table) + "." + quote(column.name());
  }

  /**
   * Sets a new sequence of a column that already has rows to hand out the value after the largest one, so the next
   * insert does not collide: {@code START WITH} cannot be computed, {@code setval} can.
   */
  private String continueAfterExistingRows(QualifiedName table, String column, String sequence) {
    return "SELECT setval(" + sequence + ", coalesce(max(" + quote(column) + "), 0) + 1, false) FROM "
        + qualify(table);
  }

  /** {@code COMMENT ON TABLE}; {@code IS NULL} removes the comment. */
  private String tableComment(QualifiedName table, String comment) {
    return "COMMENT ON TABLE " + qualify(table) + " IS " + commentLiteral(comment);
  }

  private String columnComment(QualifiedName table, String column, String comment) {
    return "COMMENT ON COLUMN " + qualify(table) + "." + quote(column) + " IS " + commentLiteral(comment);
  }

  private String commentLiteral(String comment) {
    return comment == null ? "NULL" : literal(comment);
  }

  private static String identityClause(IdentityGeneration identity) {
    return identity == IdentityGeneration.ALWAYS
        ? " GENERATED ALWAYS AS IDENTITY"
        : " GENERATED BY DEFAULT AS IDENTITY";
  }

  private String foreignKeyClause(ForeignKeyModel fk) {
    String sql = "CONSTRAINT " + quote(fk.name()) + " FOREIGN KEY " + columnList(fk.columns()) + " REFERENCES "
        + qualify(fk.referencedTable()) + " " + columnList(fk.referencedColumns());
    return fk.onDelete() == ReferentialAction.NO_ACTION ? sql : sql + " ON DELETE " + fk.onDelete().sql();
  }

  private String uniqueClause(UniqueConstraintModel unique) {
    return "CONSTRAINT " + quote(unique.name()) + " UNIQUE " + columnList(unique.columns());
  }

  private String checkClause(CheckConstraintModel check) {
    return "CONSTRAINT " + quote(check.name()) + " CHECK (" + check.expression() + ")";
  }

  private String createIndex(QualifiedName table, IndexModel index) {
    return createIndex(table, index, false);
  }

  private String createIndex(QualifiedName table, IndexModel index, boolean concurrently) {
    List<String> columns = new ArrayList<>();
    for (int i = 0; i < index.columns().size(); i++) {
      columns.add(quote(index.columns().get(i)) + ordering(index.orderings().get(i)));
    }
    return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + (concurrently ? "CONCURRENTLY " : "")
        + quote(index.name()) + " ON " + qualify(table) + columns.stream().collect(Collectors.joining(", ", " (", ")"));
  }

  /** The unique index a key takes over with {@code USING INDEX}, built under the key's name without blocking writes. */
  private String createKeyIndexConcurrently(QualifiedName table, String name, List<String> columns) {
    return "CREATE UNIQUE INDEX CONCURRENTLY " + quote(name) + " ON " + qualify(table) + " " + columnList(columns);
  }

  /** What follows an index column: nothing for PostgreSQL's default, ascending with nulls last. */
  private static String ordering(ColumnOrdering ordering) {
    String direction = ordering.descending() ? " DESC" : "";
    if (ordering.defaultNulls()) {
      return direction;
    }
    return direction + (ordering.nullsFirst() ? " NULLS FIRST" : " NULLS LAST");
  }

  /** An index lives in its table's schema; DROP INDEX needs it named there. */
  private String indexName(QualifiedName table, String index) {
    return qualify(new QualifiedName(table.schema(), index));
  }

  private String createEnumType(EnumTypeModel type) {
    return "CREATE TYPE " + qualify(type.name()) + " AS ENUM ("
        + type.labels().stream().map(this::literal).collect(Collectors.joining(", ")) + ")";
  }

  private String createCompositeType(CompositeTypeModel type) {
    return "CREATE TYPE " + qualify(type.name()) + " AS ("
        + type.attributes().stream().map(this::attributeDefinition).collect(Collectors.joining(", ")) + ")";
  }

  private String attributeDefinition(CompositeAttribute attribute) {
    return quote(attribute.name()) + " " + attribute.type().sql();
  }

  /**
   * The temporary functions a recreated composite type converts its columns with: one value
   * (attributes matched by name, each cast to its new type, a new one null; a null value stays null, where
   * {@code ROW(...)} would make one of nulls), and an array of values, element by element ({@code ALTER COLUMN ...
   * USING} takes no subquery, a function may hold one).
   */
  private record CompositeConversion(String value, String array) {
  }

  /** Named once for every type: they are told apart by their argument's type, and dropped at the block's end. */
  private static final CompositeConversion COMPOSITE_CONVERSION =
      new CompositeConversion("pg_temp.autogen_convert_composite", "pg_temp.autogen_convert_composite_array");

  private List<String> createCompositeConversions(AlterCompositeTypeOp op, QualifiedName old,
      CompositeConversion conversion) {
    String newType = qualify(op.to().name());
    String oldType = qualify(old);
    List<String> fields = new ArrayList<>();
    for (CompositeAttribute attribute : op.to().attributes()) {
      fields.add(op.from().attribute(attribute.name()).isPresent()
          ? "(v)." + quote(attribute.name()) + "::" + attribute.type().sql()
          : "NULL::" + attribute.type().sql());
    }
    String value = "SELECT CASE WHEN v::text IS NULL THEN NULL ELSE ROW(" + String.join(", ", fields) + ")::"
        + newType + " END";
    // by subscript: unnest() would spread each element over one column per attribute
    String array = "SELECT CASE WHEN v IS NULL THEN NULL ELSE ARRAY(SELECT " + conversion.value()
        + "(v[i]) FROM generate_subscripts(v, 1) AS g(i) ORDER BY i) END";
    return List.of(
        "CREATE FUNCTION " + conversion.value() + "(v " + oldType + ") RETURNS " + newType + " LANGUAGE sql AS "
            + literal(value),
        "CREATE FUNCTION " + conversion.array() + "(v " + oldType + "[]) RETURNS " + newType + "[] LANGUAGE sql AS "
            + literal(array));
  }

  /** Statements run as one anonymous PL/pgSQL block, under a dollar quote none of them contains. */
  private static String doBlock(List<String> statements) {
    String body = "BEGIN\n  " + String.join(";\n  ", statements) + ";\nEND";
    String tag = "$autogen$";
    for (int i = 1; body.contains(tag); i++) {
      tag = "$autogen" + i + "$";
    }
    return "DO " + tag + "\n" + body + "\n" + tag;
  }

  /**
   * Hibernate's schema export gives each enum type two implicit casts to and from {@code varchar}; autogen does not
   * create them, but where a database has them, they would keep {@code DROP TYPE} (without {@code CASCADE}) from
   * dropping the type.
   */
  private List<String> dropHibernateCasts(QualifiedName type) {
    return List.of(
        "DROP CAST IF EXISTS (character varying AS " + qualify(type) + ")",
        "DROP CAST IF EXISTS (" + qualify(type) + " AS character varying)");
  }

  private List<String> createHibernateCasts(QualifiedName type) {
    return List.of(
        "CREATE CAST (character varying AS " + qualify(type) + ") WITH INOUT AS IMPLICIT",
        "CREATE CAST (" + qualify(type) + " AS character varying) WITH INOUT AS IMPLICIT");
  }

  /** The type renamed aside while a recreated one takes its name. */
  private static QualifiedName oldTypeName(QualifiedName type) {
    return new QualifiedName(type.schema(), type.name() + "_old");
  }

  private final class StatementBuilder implements OpVisitor<List<String>> {

    @Override
    public List<String> visitCreateEnumType(CreateEnumTypeOp op) {
      return List.of(createEnumType(op.type()));
    }

    @Override
    public List<String> visitDropEnumType(DropEnumTypeOp op) {
      List<String> sql = new ArrayList<>(dropHibernateCasts(op.name()));
      sql.add("DROP TYPE " + qualify(op.name()));
      return sql;
    }

    /**
     * {@code IF NOT EXISTS}: the op runs outside a transaction, so a revision that failed after it can be run again.
     */
    @Override
    public List<String> visitAddEnumValue(AddEnumValueOp op) {
      String sql = "ALTER TYPE " + qualify(op.type()) + " ADD VALUE IF NOT EXISTS " + literal(op.value());
      if (op.position() != null) {
        sql += (op.position().before() ? " BEFORE " : " AFTER ") + literal(op.position().neighbour());
      }
      return List.of(sql);
    }

    @Override
    public List<String> visitRenameEnumValue(RenameEnumValueOp op) {
      return List.of("ALTER TYPE " + qualify(op.type()) + " RENAME VALUE " + literal(op.from()) + " TO "
          + literal(op.to()));
    }

    /**
     * Each column goes through text: PostgreSQL has no cast from one enum type to another. The steps run as one
     * {@code DO} block, one statement, so a conversion that fails (a row holding a removed value) leaves the type as
     * it was even where the revision runs outside a transaction, as one that adds an enum value does.
     */
    @Override
    public List<String> visitRecreateEnumType(RecreateEnumTypeOp op) {
      QualifiedName name = op.to().name();
      List<String> steps = new ArrayList<>();
      steps.add("ALTER TYPE " + qualify(name) + " RENAME TO " + quote(oldTypeName(name).name()));
      steps.add(createEnumType(op.to()));
      for (EnumColumn column : op.columns()) {
        String alter = "ALTER TABLE " + qualify(column.table()) + " ALTER COLUMN " + quote(column.column());
        String type = qualify(name) + (column.array() ? "[]" : "");
        String text = column.array() ? "text[]" : "text";
        if (column.defaultExpression() != null) {
          steps.add(alter + " DROP DEFAULT");
        }
        steps.add(alter + " TYPE " + type + " USING " + quote(column.column()) + "::" + text + "::" + type);
        if (column.defaultExpression() != null) {
          steps.add(alter + " SET DEFAULT " + column.defaultExpression());
        }
      }
      // a database Hibernate's export created has its implicit casts on the type: they move to the new one
      String old = literal(qualify(oldTypeName(name)));
      steps.add("IF EXISTS (SELECT FROM pg_catalog.pg_cast WHERE castsource = " + old + "::regtype"
          + " AND casttarget = 'character varying'::regtype) THEN\n"
          + "    " + String.join(";\n    ", createHibernateCasts(name)) + ";\n  END IF");
      steps.addAll(dropHibernateCasts(oldTypeName(name)));
      steps.add("DROP TYPE " + qualify(oldTypeName(name)));
      return List.of(doBlock(steps));
    }

    @Override
    public List<String> visitCreateCompositeType(CreateCompositeTypeOp op) {
      return List.of(createCompositeType(op.type()));
    }

    @Override
    public List<String> visitDropCompositeType(DropCompositeTypeOp op) {
      return List.of("DROP TYPE " + qualify(op.name()));
    }

    /**
     * In place, one {@code ALTER TYPE} with every dropped and added attribute. Else a recreate, as one {@code DO}
     * block, so a conversion that fails leaves the type and its columns as they were even outside a transaction.
     */
    @Override
    public List<String> visitAlterCompositeType(AlterCompositeTypeOp op) {
      QualifiedName name = op.to().name();
      if (op.inPlace()) {
        List<String> actions = new ArrayList<>();
        op.droppedAttributes().forEach(attribute -> actions.add("DROP ATTRIBUTE " + quote(attribute.name())));
        op.addedAttributes().forEach(attribute -> actions.add("ADD ATTRIBUTE " + attributeDefinition(attribute)));
        return actions.isEmpty() ? List.of() : List.of("ALTER TYPE " + qualify(name) + " " + String.join(", ", actions));
      }
      QualifiedName old = oldTypeName(name);
      CompositeConversion conversion = COMPOSITE_CONVERSION;
      List<String> steps = new ArrayList<>();
      steps.add("ALTER TYPE " + qualify(name) + " RENAME TO " + quote(old.name()));
      steps.add(createCompositeType(op.to()));
      if (!op.columns().isEmpty()) {
        steps.addAll(createCompositeConversions(op, old, conversion));
      }
      for (CompositeColumn column : op.columns()) {
        String alter = "ALTER TABLE " + qualify(column.table()) + " ALTER COLUMN " + quote(column.column());
        if (column.defaultExpression() != null) {
          steps.add(alter + " DROP DEFAULT");
        }
        steps.add(alter + " TYPE " + qualify(name) + (column.array() ? "[]" : "") + " USING "
            + (column.array() ? conversion.array() : conversion.value()) + "(" + quote(column.column()) + ")");
        if (column.defaultExpression() != null) {
          steps.add(alter + " SET DEFAULT " + column.defaultExpression());
        }
      }
      if (!op.columns().isEmpty()) {
        steps.add("DROP FUNCTION " + conversion.array() + "(" + qualify(old) + "[])");
        steps.add("DROP FUNCTION " + conversion.value() + "(" + qualify(old) + ")");
      }
      steps.add("DROP TYPE " + qualify(old));
      return List.of(doBlock(steps));
    }

    @Override
    public List<String> visitCreateTable(CreateTableOp op) {
      TableModel table = op.table();
      List<String> parts = new ArrayList<>();
      table.columns().forEach(c -> parts.add(columnDefinition(c)));
      if (table.primaryKey() != null) {
        String name = table.primaryKey().name() == null ? "" : "CONSTRAINT " + quote(table.primaryKey().name()) + " ";
        parts.add(name + "PRIMARY KEY " + columnList(table.primaryKey().columns()));
      }
      // CREATE TABLE quietly merges a unique constraint into the primary key or an earlier unique constraint over
      // the same columns; such a repeat is added after the table, so the database holds what the model says
      Set<List<String>> keyColumns = new HashSet<>();
      if (table.primaryKey() != null) {
        keyColumns.add(table.primaryKey().columns());
      }
      List<String> repeatedUniques = new ArrayList<>();
      for (UniqueConstraintModel unique : table.uniqueConstraints()) {
        if (keyColumns.add(unique.columns())) {
          parts.add(uniqueClause(unique));
        } else {
          repeatedUniques.add("ALTER TABLE " + qualify(table.name()) + " ADD " + uniqueClause(unique));
        }
      }
      table.foreignKeys().forEach(fk -> parts.add(foreignKeyClause(fk)));
      table.checks().forEach(check -> parts.add(checkClause(check)));
      List<String> sql = new ArrayList<>();
      table.columns().stream().filter(ColumnModel::ownsSequence).forEach(c -> sql.add(createSerialSequence(c)));
      sql.add("CREATE TABLE " + qualify(table.name()) + " (\n    " + String.join(",\n    ", parts) + "\n)");
      sql.addAll(repeatedUniques);
      table.columns().stream().filter(ColumnModel::ownsSequence).forEach(c -> sql.add(ownSequence(table.name(), c)));
      table.indexes().forEach(index -> sql.add(createIndex(table.name(), index)));
      if (table.comment() != null) {
        sql.add(tableComment(table.name(), table.comment()));
      }
      table.columns().stream()
          .filter(column -> column.comment() != null)
          .forEach(column -> sql.add(columnComment(table.name(), column.name(), column.comment())));
      return sql;
    }

    @Override
    public List<String> visitDropTable(DropTableOp op) {
      return List.of("DROP TABLE " + qualify(op.table()));
    }

    @Override
    public List<String> visitAddColumn(AddColumnOp op) {
      ColumnModel column = op.column();
      List<String> sql = new ArrayList<>();
      if (column.ownsSequence()) {
        sql.add(createSerialSequence(column));
      }
      sql.add("ALTER TABLE " + qualify(op.table()) + " ADD COLUMN " + columnDefinition(column));
      if (column.ownsSequence()) {
        sql.add(ownSequence(op.table(), column));
      }
      if (column.comment() != null) {
        sql.add(columnComment(op.table(), column.name(), column.comment()));
      }
      return sql;
    }

    @Override
    public List<String> visitDropColumn(DropColumnOp op) {
      return List.of("ALTER TABLE " + qualify(op.table()) + " DROP COLUMN " + quote(op.column()));
    }

    @Override
    public List<String> visitAlterColumn(AlterColumnOp op) {
      String alter = "ALTER TABLE " + qualify(op.table()) + " ALTER COLUMN " + quote(op.column());
      ColumnModel from = op.from();
      ColumnModel to = op.to();
      List<String> sql = new ArrayList<>();
      if (op.recreatesColumn()) {
        // the column's values derive from the others: dropping and adding it again loses nothing of its own
        sql.add("ALTER TABLE " + qualify(op.table()) + " DROP COLUMN " + quote(op.column()));
        sql.addAll(visitAddColumn(new AddColumnOp(op.table(), to)));
        return sql;
      }
      if (op.generationChanged()) {
        sql.add(alter + " DROP EXPRESSION");
      }
      if (from.identityGeneration() != IdentityGeneration.NONE && to.identityGeneration() == IdentityGeneration.NONE) {
        sql.add(alter + " DROP IDENTITY");
      }
      // a default the type change keeps cannot be cast where the values convert through their text: it is dropped
      // before and set again after, as if it changed
      boolean resetsDefault = op.defaultChanged() || op.typeChanged() && from.defaultExpression() != null
          && PostgresTypes.convertsThroughText(from.type().sql(), to.type().sql());
      if (resetsDefault && from.defaultExpression() != null) {
        sql.add(alter + " DROP DEFAULT");
      }
      // a serial's sequence goes with the default that calls it, and comes with it
      if (op.defaultChanged() && from.ownsSequence()) {
        sql.add("DROP SEQUENCE " + from.serialSequence());
      }
      if (op.typeChanged() || op.collationChanged()) {
        String type = to.type().sql();
        // an explicit cast where the base type changes: PostgreSQL has no implicit cast between most families
        String using = PostgresTypes.sameFamily(from.type().sql(), type) ? ""
            : " USING " + PostgresTypes.cast(quote(op.column()), from.type().sql(), type);
        // without COLLATE the column gets its (new) type's default collation
        sql.add(alter + " TYPE " + type + collateClause(to.collation()) + using);
      }
      if (op.defaultChanged() && to.ownsSequence()) {
        sql.add(createSerialSequence(to));
        sql.add(ownSequence(op.table(), to));
        sql.add(continueAfterExistingRows(op.table(), op.column(), literal(to.serialSequence())));
      }
      if (resetsDefault && to.defaultExpression() != null) {
        sql.add(alter + " SET DEFAULT " + to.defaultExpression());
      }
      if (op.nullabilityChanged()) {
        sql.add(alter + (to.isNullable() ? " DROP NOT NULL" : " SET NOT NULL"));
      }
      if (to.identityGeneration() != IdentityGeneration.NONE) {
        if (from.identityGeneration() == IdentityGeneration.NONE) {
          sql.add(alter + " ADD" + identityClause(to.identityGeneration()));
          sql.add(continueAfterExistingRows(op.table(), op.column(),
              "pg_get_serial_sequence(" + literal(qualify(op.table())) + ", " + literal(op.column()) + ")"));
        } else if (from.identityGeneration() != to.identityGeneration()) {
          sql.add(alter + " SET GENERATED " + (to.identityGeneration() == IdentityGeneration.ALWAYS ? "ALWAYS" : "BY DEFAULT"));
        }
      }
      if (op.commentChanged()) {
        sql.add(columnComment(op.table(), op.column(), to.comment()));
      }
      return sql;
    }

    @Override
    public List<String> visitAddForeignKey(AddForeignKeyOp op) {
      return List.of("ALTER TABLE " + qualify(op.table()) + " ADD " + foreignKeyClause(op.foreignKey())
          + (op.notValid() ? " NOT VALID" : ""));
    }

    @Override
    public List<String> visitDropForeignKey(DropForeignKeyOp op) {
      return List.of("ALTER TABLE " + qualify(op.table()) + " DROP CONSTRAINT " + quote(op.name()));
    }

    @Override
    public List<String> visitAddUniqueConstraint(AddUniqueConstraintOp op) {
      UniqueConstraintModel unique = op.constraint();
      if (op.concurrently()) {
        return List.of(createKeyIndexConcurrently(op.table(), unique.name(), unique.columns()),
            "ALTER TABLE " + qualify(op.table()) + " ADD CONSTRAINT " + quote(unique.name()) + " UNIQUE USING INDEX "
                + quote(unique.name()));
      }
      return List.of("ALTER TABLE " + qualify(op.table()) + " ADD " + uniqueClause(unique));
    }

    @Override
    public List<String> visitDropUniqueConstraint(DropUniqueConstraintOp op) {
      return List.of("ALTER TABLE " + qualify(op.table()) + " DROP CONSTRAINT " + quote(op.name()));
    }

    @Override
    public List<String> visitCreateIndex(CreateIndexOp op) {
      return List.of(createIndex(op.table(), op.index(), op.concurrently()));
    }

    @Override
    public List<String> visitDropIndex(DropIndexOp op) {
      return List.of("DROP INDEX " + (op.concurrently() ? "CONCURRENTLY " : "") + indexName(op.table(), op.name()));
    }

    @Override
    public List<String> visitCreateSequence(CreateSequenceOp op) {
      SequenceModel sequence = op.sequence();
      return List.of("CREATE SEQUENCE " + qualify(sequence.name()) + " START WITH " + sequence.start()
          + " INCREMENT BY " + sequence.increment());
    }

    @Override
    public List<String> visitDropSequence(DropSequenceOp op) {
      return List.of("DROP SEQUENCE " + qualify(op.name()));
    }

    /**
     * {@code START WITH} only changes the value a later {@code RESTART} goes back to; the sequence goes on from
     * where it is. Restarting it would hand out ids that may already be taken, so the alter never does.
     */
    @Override
    public List<String> visitAlterSequence(AlterSequenceOp op) {
      List<String> clauses = new ArrayList<>();
      if (op.incrementChanged()) {
        clauses.add("INCREMENT BY " + op.to().increment());
      }
      if (op.startChanged()) {
        clauses.add("START WITH " + op.to().start());
      }
      if (clauses.isEmpty()) {
        return List.of();
      }
      return List.of("ALTER SEQUENCE " + qualify(op.to().name()) + " " + String.join(" ", clauses));
    }

    @Override
    public List<String> visitExecute(ExecuteOp op) {
      return List.of(op.sql());
    }

    /** The new name stays unqualified: a rename cannot move a table to another schema. */
    @Override
    public List<String> visitRenameTable(RenameTableOp op) {
      return List.of("ALTER TABLE " + qualify(op.from()) + " RENAME TO " + quote(op.to().name()));
    }

    @Override
    public List<String> visitRenameColumn(RenameColumnOp op) {
      return List.of("ALTER TABLE " + qualify(op.table()) + " RENAME COLUMN " + quote(op.from()) + " TO "
          + quote(op.to()));
    }

    @Override
    public List<String> visitAddPrimaryKey(AddPrimaryKeyOp op) {
      if (op.concurrently()) {
        String key = op.constraintName();
        return List.of(createKeyIndexConcurrently(op.table(), key, op.primaryKey().columns()),
            "ALTER TABLE " + qualify(op.table()) + " ADD CONSTRAINT " + quote(key) + " PRIMARY KEY USING INDEX "
                + quote(key));
      }
      String name = op.primaryKey().name() == null ? "" : "CONSTRAINT " + quote(op.primaryKey().name()) + " ";
      return List.of("ALTER TABLE " + qualify(op.table()) + " ADD " + name + "PRIMARY KEY "
          + columnList(op.primaryKey().columns()));
    }

    @Override
    public List<String> visitDropPrimaryKey(DropPrimaryKeyOp op) {
      // an older file may name a long table's implicit key unshortened: PostgreSQL would cut it at 63 bytes instead
      String name = AddPrimaryKeyOp.isImplicitName(op.table(), op.name())
          ? AddPrimaryKeyOp.implicitName(op.table())
          : op.name();
      return List.of("ALTER TABLE " + qualify(op.table()) + " DROP CONSTRAINT " + quote(name));
    }

    @Override
    public List<String> visitAddCheckConstraint(AddCheckConstraintOp op) {
      return List.of("ALTER TABLE " + qualify(op.table()) + " ADD " + checkClause(op.constraint())
          + (op.notValid() ? " NOT VALID" : ""));
    }

    @Override
    public List<String> visitValidateConstraint(ValidateConstraintOp op) {
      return List.of("ALTER TABLE " + qualify(op.table()) + " VALIDATE CONSTRAINT " + quote(op.name()));
    }

    /** None: {@code Operations.backfill} stops the migration before it gets here. */
    @Override
    public List<String> visitBackfill(BackfillOp op) {
      return List.of();
    }

    @Override
    public List<String> visitDropCheckConstraint(DropCheckConstraintOp op) {
      return List.of("ALTER TABLE " + qualify(op.table()) + " DROP CONSTRAINT " + quote(op.name()));
    }

    @Override
    public List<String> visitCreateSchema(CreateSchemaOp op) {
      return List.of("CREATE SCHEMA " + quote(op.name()));
    }

    @Override
    public List<String> visitDropSchema(DropSchemaOp op) {
      return List.of("DROP SCHEMA " + quote(op.name()));
    }

    @Override
    public List<String> visitSetTableComment(SetTableCommentOp op) {
      return List.of(tableComment(op.table(), op.to()));
    }
  }
}
