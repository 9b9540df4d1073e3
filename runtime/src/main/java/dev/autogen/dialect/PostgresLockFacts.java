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
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.IdentityGeneration;
import dev.autogen.schema.QualifiedName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The locks, rewrites and scans PostgreSQL's {@code ALTER TABLE} and friends cause, per op, for use without a
 * database ({@code revision}'s warnings, {@code lint} offline). {@code SafetyFactsIT} holds this table to what the
 * server does. Where a version changed the answer it says so: {@code ADD COLUMN} with a constant default stopped
 * rewriting in 11, {@code ALTER TYPE ... ADD VALUE} runs in a transaction block from 12.
 *
 * <p>Raw SQL ({@code op.execute}) has no entry: only a measurement knows what it does.
 */
public final class PostgresLockFacts {

  /** Functions whose value differs per row, so a default calling one is computed for every row: a rewrite. */
  private static final Set<String> VOLATILE_FUNCTIONS = Set.of("random", "clock_timestamp", "timeofday",
      "gen_random_uuid", "uuid_generate_v1", "uuid_generate_v4", "uuidv4", "uuidv7", "nextval", "txid_current",
      "statement_timestamp", "setseed");

  private static final Pattern FUNCTION_CALL = Pattern.compile("([A-Za-z_][A-Za-z_0-9]*)\\s*\\(");

  private static final Pattern VARCHAR = Pattern.compile("character varying(?:\\((\\d+)\\))?");

  private final int majorVersion;

  /** @param majorVersion the server's major version: 15 for 15.4 */
  public PostgresLockFacts(int majorVersion) {
    this.majorVersion = majorVersion;
  }

  public LockFacts of(MigrationOp op) {
    return op.accept(new Facts());
  }

  /**
   * The facts of each of a revision's ops in order, knowing what the ops before did: a {@code SET NOT NULL} that a
   * validated {@code CHECK (col IS NOT NULL)} on the table proves reads nothing from PostgreSQL 12 on.
   */
  public List<LockFacts> of(List<? extends MigrationOp> ops) {
    Map<QualifiedName, Map<String, String>> notValid = new HashMap<>();
    Map<QualifiedName, Set<String>> provenNotNull = new HashMap<>();
    List<LockFacts> facts = new ArrayList<>(ops.size());
    for (MigrationOp op : ops) {
      LockFacts fact = of(op);
      if (op instanceof AddCheckConstraintOp add && add.notValid()) {
        notValid.computeIfAbsent(add.table(), t -> new HashMap<>())
            .put(add.constraint().name(), add.constraint().expression());
      } else if (op instanceof ValidateConstraintOp validate) {
        String column = notNullColumn(notValid.getOrDefault(validate.table(), Map.of()).get(validate.name()));
        if (column != null) {
          provenNotNull.computeIfAbsent(validate.table(), t -> new HashSet<>()).add(column);
        }
      } else if (op instanceof AlterColumnOp alter && majorVersion >= 12 && setsOnlyNotNull(alter)
          && provenNotNull.getOrDefault(alter.table(), Set.of()).contains(alter.column())) {
        fact = on(alter.table(), LockMode.ACCESS_EXCLUSIVE, false, false);
      }
      facts.add(fact);
    }
    return facts;
  }

  private static final Pattern NOT_NULL_CHECK = Pattern.compile(
      "\\(*\\s*(\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z_0-9$]*)\\s+IS\\s+NOT\\s+NULL\\s*\\)*",
      Pattern.CASE_INSENSITIVE);

  /** The column a check of the form {@code col IS NOT NULL} is about, as stored; {@code null} for any other check. */
  public static String notNullColumn(String checkExpression) {
    if (checkExpression == null) {
      return null;
    }
    Matcher check = NOT_NULL_CHECK.matcher(checkExpression.strip());
    if (!check.matches()) {
      return null;
    }
    String column = check.group(1);
    return column.startsWith("\"")
        ? column.substring(1, column.length() - 1).replace("\"\"", "\"")
        : Identifiers.fold(column);
  }

  /** An alter whose only scan would be the {@code SET NOT NULL}'s. */
  private static boolean setsOnlyNotNull(AlterColumnOp op) {
    return op.nullabilityChanged() && !op.to().isNullable() && !op.recreatesColumn()
        && !(op.typeChanged() && typeChangeRewrites(op.from().type().sql(), op.to().type().sql()))
        && !(op.identityChanged() && op.to().identityGeneration() != IdentityGeneration.NONE)
        && !op.identityToSerial();
  }

  /** Whether a default is computed per row (it calls a volatile function): adding such a column rewrites. */
  public static boolean isVolatileDefault(String expression) {
    if (expression == null) {
      return false;
    }
    Matcher call = FUNCTION_CALL.matcher(expression);
    while (call.find()) {
      if (VOLATILE_FUNCTIONS.contains(call.group(1).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether changing a column's type copies the table. Binary-coercible changes do not: a {@code varchar} made
   * longer or unbounded, or {@code text}; every other one does (PostgreSQL's {@code ATColumnChangeRequiresRewrite}).
   */
  public static boolean typeChangeRewrites(String from, String to) {
    if (from.equals(to)) {
      return false;
    }
    Matcher fromVarchar = VARCHAR.matcher(from);
    if (!fromVarchar.matches() && !from.equals("text")) {
      return true;
    }
    if (to.equals("text")) {
      return false;
    }
    Matcher toVarchar = VARCHAR.matcher(to);
    if (!toVarchar.matches()) {
      return true;
    }
    if (toVarchar.group(1) == null) {
      return false;
    }
    return from.equals("text") || fromVarchar.group(1) == null
        || Integer.parseInt(toVarchar.group(1)) < Integer.parseInt(fromVarchar.group(1));
  }

  /** Whether adding this column computes a value for every existing row, which copies the table. */
  public boolean addColumnRewrites(ColumnModel column) {
    if (column.generationExpression() != null || column.identityGeneration() != IdentityGeneration.NONE
        || column.ownsSequence() || isVolatileDefault(column.defaultExpression())) {
      return true;
    }
    // before 11 any default was written into every row; since, a constant one is kept in the catalog
    return majorVersion < 11 && column.defaultExpression() != null;
  }

  private static LockFacts on(QualifiedName table, LockMode lock, boolean rewrites, boolean scans) {
    return new LockFacts(List.of(new TableEffect(table, lock, rewrites, scans)), true);
  }

  /** A statement PostgreSQL refuses inside a transaction block: {@code CONCURRENTLY}. */
  private static LockFacts outsideTransaction(QualifiedName table, LockMode lock, boolean scans) {
    return new LockFacts(List.of(new TableEffect(table, lock, false, scans)), false);
  }

  private static LockFacts exclusive(QualifiedName table) {
    return on(table, LockMode.ACCESS_EXCLUSIVE, false, false);
  }

  private final class Facts implements OpVisitor<LockFacts> {

    @Override
    public LockFacts visitCreateTable(CreateTableOp op) {
      return LockFacts.none();
    }

    @Override
    public LockFacts visitDropTable(DropTableOp op) {
      return exclusive(op.table());
    }

    @Override
    public LockFacts visitAddColumn(AddColumnOp op) {
      boolean rewrites = addColumnRewrites(op.column());
      return on(op.table(), LockMode.ACCESS_EXCLUSIVE, rewrites, rewrites);
    }

    @Override
    public LockFacts visitDropColumn(DropColumnOp op) {
      return exclusive(op.table());
    }

    @Override
    public LockFacts visitAlterColumn(AlterColumnOp op) {
      boolean rewrites = op.recreatesColumn() && addColumnRewrites(op.to())
          || op.typeChanged() && typeChangeRewrites(op.from().type().sql(), op.to().type().sql());
      // SET NOT NULL reads every row; so does moving an identity's sequence after the largest value
      boolean scans = rewrites || op.nullabilityChanged() && !op.to().isNullable()
          || op.identityChanged() && op.to().identityGeneration() != IdentityGeneration.NONE
          || op.identityToSerial();
      boolean onlyComment = op.commentChanged() && !op.typeChanged() && !op.nullabilityChanged()
          && !op.defaultChanged() && !op.identityChanged() && !op.generationChanged();
      // COMMENT ON takes the lock of ALTER TABLE's lighter forms
      LockMode lock = onlyComment ? LockMode.SHARE_UPDATE_EXCLUSIVE : LockMode.ACCESS_EXCLUSIVE;
      return on(op.table(), lock, rewrites, scans);
    }

    @Override
    public LockFacts visitAddForeignKey(AddForeignKeyOp op) {
      // both tables: triggers go on both, and the validating query joins the whole of each; NOT VALID reads neither
      boolean scans = !op.notValid();
      List<TableEffect> tables = new ArrayList<>();
      tables.add(new TableEffect(op.table(), LockMode.SHARE_ROW_EXCLUSIVE, false, scans));
      if (!op.foreignKey().referencedTable().equals(op.table())) {
        tables.add(new TableEffect(op.foreignKey().referencedTable(), LockMode.SHARE_ROW_EXCLUSIVE, false, scans));
      }
      return new LockFacts(tables, true);
    }

    @Override
    public LockFacts visitDropForeignKey(DropForeignKeyOp op) {
      List<TableEffect> tables = new ArrayList<>();
      tables.add(new TableEffect(op.table(), LockMode.ACCESS_EXCLUSIVE, false, false));
      if (op.existing() != null && !op.existing().referencedTable().equals(op.table())) {
        tables.add(new TableEffect(op.existing().referencedTable(), LockMode.ACCESS_EXCLUSIVE, false, false));
      }
      return new LockFacts(tables, true);
    }

    @Override
    public LockFacts visitAddUniqueConstraint(AddUniqueConstraintOp op) {
      if (op.concurrently()) {
        // the build reads the table under SHARE UPDATE EXCLUSIVE; taking the index over is a moment's ACCESS EXCLUSIVE
        return outsideTransaction(op.table(), LockMode.ACCESS_EXCLUSIVE, false);
      }
      return on(op.table(), LockMode.ACCESS_EXCLUSIVE, false, true);
    }

    @Override
    public LockFacts visitDropUniqueConstraint(DropUniqueConstraintOp op) {
      return exclusive(op.table());
    }

    @Override
    public LockFacts visitCreateIndex(CreateIndexOp op) {
      if (op.concurrently()) {
        // SHARE UPDATE EXCLUSIVE: reads and writes go on; the build waits for the transactions before it
        return outsideTransaction(op.table(), LockMode.SHARE_UPDATE_EXCLUSIVE, true);
      }
      // SHARE: reads go on, writes wait for the whole build
      return on(op.table(), LockMode.SHARE, false, true);
    }

    @Override
    public LockFacts visitDropIndex(DropIndexOp op) {
      if (op.concurrently()) {
        return outsideTransaction(op.table(), LockMode.SHARE_UPDATE_EXCLUSIVE, false);
      }
      return exclusive(op.table());
    }

    @Override
    public LockFacts visitCreateSequence(CreateSequenceOp op) {
      return LockFacts.none();
    }

    @Override
    public LockFacts visitDropSequence(DropSequenceOp op) {
      return LockFacts.none();
    }

    @Override
    public LockFacts visitAlterSequence(AlterSequenceOp op) {
      return LockFacts.none();
    }

    @Override
    public LockFacts visitExecute(ExecuteOp op) {
      return LockFacts.none();
    }

    @Override
    public LockFacts visitRenameTable(RenameTableOp op) {
      return exclusive(op.from());
    }

    @Override
    public LockFacts visitRenameColumn(RenameColumnOp op) {
      return exclusive(op.table());
    }

    @Override
    public LockFacts visitAddPrimaryKey(AddPrimaryKeyOp op) {
      if (op.concurrently()) {
        return outsideTransaction(op.table(), LockMode.ACCESS_EXCLUSIVE, false);
      }
      return on(op.table(), LockMode.ACCESS_EXCLUSIVE, false, true);
    }

    @Override
    public LockFacts visitDropPrimaryKey(DropPrimaryKeyOp op) {
      return exclusive(op.table());
    }

    @Override
    public LockFacts visitAddCheckConstraint(AddCheckConstraintOp op) {
      return on(op.table(), LockMode.ACCESS_EXCLUSIVE, false, !op.notValid());
    }

    /** Reads every row, under a lock that lets reads and writes go on (a foreign key's other table: ROW SHARE). */
    @Override
    public LockFacts visitValidateConstraint(ValidateConstraintOp op) {
      return on(op.table(), LockMode.SHARE_UPDATE_EXCLUSIVE, false, true);
    }

    @Override
    public LockFacts visitBackfill(BackfillOp op) {
      return LockFacts.none();
    }

    @Override
    public LockFacts visitDropCheckConstraint(DropCheckConstraintOp op) {
      return exclusive(op.table());
    }

    @Override
    public LockFacts visitCreateSchema(CreateSchemaOp op) {
      return LockFacts.none();
    }

    @Override
    public LockFacts visitDropSchema(DropSchemaOp op) {
      return LockFacts.none();
    }

    @Override
    public LockFacts visitSetTableComment(SetTableCommentOp op) {
      return on(op.table(), LockMode.SHARE_UPDATE_EXCLUSIVE, false, false);
    }

    @Override
    public LockFacts visitCreateEnumType(CreateEnumTypeOp op) {
      return LockFacts.none();
    }

    @Override
    public LockFacts visitDropEnumType(DropEnumTypeOp op) {
      return LockFacts.none();
    }

    @Override
    public LockFacts visitAddEnumValue(AddEnumValueOp op) {
      // locks the type, no table; refused inside a transaction block before 12
      return new LockFacts(List.of(), majorVersion >= 12);
    }

    @Override
    public LockFacts visitRenameEnumValue(RenameEnumValueOp op) {
      return LockFacts.none();
    }

    @Override
    public LockFacts visitRecreateEnumType(RecreateEnumTypeOp op) {
      // every column of the type converted through its text: each of their tables copied
      Map<QualifiedName, TableEffect> tables = new LinkedHashMap<>();
      for (EnumColumn column : op.columns()) {
        tables.put(column.table(), new TableEffect(column.table(), LockMode.ACCESS_EXCLUSIVE, true, true));
      }
      return new LockFacts(new ArrayList<>(tables.values()), true);
    }

    @Override
    public LockFacts visitCreateCompositeType(CreateCompositeTypeOp op) {
      return LockFacts.none();
    }

    @Override
    public LockFacts visitDropCompositeType(DropCompositeTypeOp op) {
      return LockFacts.none();
    }

    @Override
    public LockFacts visitAlterCompositeType(AlterCompositeTypeOp op) {
      if (op.inPlace()) {
        // locks the type alone: stored values are read with the attributes they lack as null, none is rewritten
        return LockFacts.none();
      }
      // every column of the type converted value by value: each of their tables copied
      Map<QualifiedName, TableEffect> tables = new LinkedHashMap<>();
      for (CompositeColumn column : op.columns()) {
        tables.put(column.table(), new TableEffect(column.table(), LockMode.ACCESS_EXCLUSIVE, true, true));
      }
      return new LockFacts(new ArrayList<>(tables.values()), true);
    }
  }
}
