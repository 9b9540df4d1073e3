package dev.autogen.diff;

import dev.autogen.dialect.Identifiers;
import dev.autogen.schema.CheckConstraintModel;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.CompositeAttribute;
import dev.autogen.schema.CompositeTypeModel;
import dev.autogen.schema.EnumTypeModel;
import dev.autogen.schema.ForeignKeyModel;
import dev.autogen.schema.IdentityGeneration;
import dev.autogen.schema.IndexModel;
import dev.autogen.schema.PrimaryKeyModel;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.SequenceModel;
import dev.autogen.schema.TableModel;
import dev.autogen.schema.UniqueConstraintModel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Small random schemas drawn from a few shared names, so two of them overlap: the same table or column appears in
 * both with the same or another definition.
 *
 * <p>Every table has a primary key on {@code id}, the column foreign keys reference: primary key changes are not
 * diffed yet. Constraint names encode the definition plus an optional suffix, so a name never stands for two
 * definitions but one definition may go by two names. Enum types take their values from a few shared labels in
 * random order, so a pair adds, renames, reorders and removes values; composite types their attributes likewise.
 */
final class RandomSchemas {

  private static final List<QualifiedName> TABLES = List.of(
      QualifiedName.of("t0"), QualifiedName.of("t1"), QualifiedName.of("t2"),
      new QualifiedName("app", "t0"), new QualifiedName("app", "t3"),
      // names that must be quoted (upper case, a reserved word) and one of 62 bytes in 22 characters
      QualifiedName.of("Order"), QualifiedName.of("user"), QualifiedName.of("t_" + "表".repeat(20)));
  private static final List<QualifiedName> SEQUENCES = List.of(
      QualifiedName.of("s0"), QualifiedName.of("s1"), new QualifiedName("app", "s0"));
  private static final List<QualifiedName> ENUM_TYPES = List.of(QualifiedName.of("e0"), new QualifiedName("app", "e1"));
  private static final List<String> LABELS = List.of("a", "b", "c", "d");
  private static final List<QualifiedName> COMPOSITE_TYPES =
      List.of(QualifiedName.of("k0"), new QualifiedName("app", "k1"));
  private static final List<CompositeAttribute> ATTRIBUTES = List.of(
      new CompositeAttribute("a0", Fixtures.INTEGER), new CompositeAttribute("a1", Fixtures.TEXT),
      new CompositeAttribute("a2", Fixtures.VARCHAR), new CompositeAttribute("a2", Fixtures.TEXT),
      new CompositeAttribute("a3", Fixtures.BIGINT));
  private static final List<String> COLUMNS = List.of("c0", "c1", "c2", "c3", "c4", "c5", "Select", "version",
      "c_" + "x".repeat(61));
  private static final List<ColumnType> TYPES = List.of(
      Fixtures.INTEGER, Fixtures.BIGINT, Fixtures.TEXT, Fixtures.VARCHAR, Fixtures.BOOLEAN);

  /** More of PostgreSQL's types for the database round trip, where type changes meet real casts. */
  private static final List<ColumnType> DATABASE_TYPES = List.of(
      Fixtures.INTEGER, Fixtures.BIGINT, Fixtures.TEXT, Fixtures.VARCHAR, Fixtures.BOOLEAN,
      new ColumnType("smallint"), new ColumnType("numeric(12,2)"), new ColumnType("double precision"),
      new ColumnType("date"), new ColumnType("timestamp(6) without time zone"),
      new ColumnType("timestamp(6) with time zone"), new ColumnType("uuid"), new ColumnType("jsonb"),
      new ColumnType("bytea"), new ColumnType("character(3)"));

  private final Random random;
  private final boolean databaseValid;

  RandomSchemas(Random random) {
    this(random, false);
  }

  private RandomSchemas(Random random, boolean databaseValid) {
    this.random = random;
    this.databaseValid = databaseValid;
  }

  /**
   * Schemas PostgreSQL accepts as they are: defaults of the column's type, identity only on integer columns, foreign
   * keys only from integer columns (the referenced {@code id} is a bigint).
   */
  static RandomSchemas forDatabase(Random random) {
    return new RandomSchemas(random, true);
  }

  SchemaModel next() {
    // enum types first: only a type that exists may be a column's
    List<EnumTypeModel> enumTypes = new ArrayList<>();
    for (QualifiedName name : pick(ENUM_TYPES, random.nextInt(ENUM_TYPES.size() + 1))) {
      enumTypes.add(new EnumTypeModel(name, pick(LABELS, random.nextInt(LABELS.size() + 1))));
    }
    // composite types of attributes in random order, a name at most once: a pair drops, adds, moves and retypes them
    List<CompositeTypeModel> compositeTypes = new ArrayList<>();
    for (QualifiedName name : pick(COMPOSITE_TYPES, random.nextInt(COMPOSITE_TYPES.size() + 1))) {
      Map<String, CompositeAttribute> byName = new LinkedHashMap<>();
      pick(ATTRIBUTES, random.nextInt(ATTRIBUTES.size() + 1)).forEach(attribute ->
          byName.putIfAbsent(attribute.name(), attribute));
      compositeTypes.add(new CompositeTypeModel(name, List.copyOf(byName.values())));
    }
    List<ColumnType> types = new ArrayList<>(databaseValid ? DATABASE_TYPES : TYPES);
    enumTypes.forEach(type -> types.add(new ColumnType(
        type.name().schema() == null ? type.name().name() : type.name().schema() + "." + type.name().name())));
    // columns of a composite type only in some schemas: every type more makes same-definition (rename) pairs rarer
    if (random.nextInt(3) == 0) {
      compositeTypes.forEach(type -> types.add(new ColumnType(
          type.name().schema() == null ? type.name().name() : type.name().schema() + "." + type.name().name())));
    }
    List<QualifiedName> names = pick(TABLES, 1 + random.nextInt(4));
    List<TableModel> tables = new ArrayList<>();
    for (QualifiedName name : names) {
      tables.add(table(name, names, types));
    }
    List<SequenceModel> sequences = new ArrayList<>();
    for (QualifiedName name : pick(SEQUENCES, random.nextInt(SEQUENCES.size() + 1))) {
      sequences.add(new SequenceModel(name, random.nextBoolean() ? 1 : 1000, random.nextBoolean() ? 1 : 50));
    }
    return new SchemaModel(tables, sequences, List.of(), enumTypes, compositeTypes);
  }

  private TableModel table(QualifiedName name, List<QualifiedName> referenceable, List<ColumnType> types) {
    List<ColumnModel> columns = new ArrayList<>();
    columns.add(random.nextInt(4) == 0 ? Fixtures.ID.identity() : Fixtures.ID);
    for (String column : pick(COLUMNS, 1 + random.nextInt(5))) {
      columns.add(databaseValid ? databaseColumn(name, column, types) : column(column, types));
    }
    List<String> columnNames = columns.stream().map(ColumnModel::name).toList();
    String primaryKeyName = random.nextBoolean() ? null : fit(name.name() + "_pkey");
    PrimaryKeyModel primaryKey = new PrimaryKeyModel(primaryKeyName, List.of("id"));
    Set<String> constraintNames = new HashSet<>();
    // an index (and the index behind a unique constraint) is named in its schema, not in its table
    String indexPrefix = databaseValid ? name.name() + "_" : "";
    List<UniqueConstraintModel> uniques = new ArrayList<>();
    List<IndexModel> indexes = new ArrayList<>();
    List<ForeignKeyModel> foreignKeys = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      List<String> covered = pick(columnNames, 1 + random.nextInt(2));
      String constraintName = name(indexPrefix + "uk_" + String.join("_", covered));
      if (constraintNames.add(constraintName)) {
        uniques.add(new UniqueConstraintModel(constraintName, covered));
      }
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      List<String> covered = pick(columnNames, 1 + random.nextInt(2));
      boolean unique = random.nextBoolean();
      String indexName = name(indexPrefix + "ix_" + String.join("_", covered) + (unique ? "_u" : ""));
      if (constraintNames.add(indexName)) {
        indexes.add(ordered(new IndexModel(indexName, covered, unique)));
      }
    }
    List<String> referencing = databaseValid
        ? columns.stream().filter(column -> isInteger(column.type())).map(ColumnModel::name).toList()
        : columnNames;
    for (int i = referencing.isEmpty() ? 0 : random.nextInt(3); i > 0; i--) {
      String column = pick(referencing, 1).get(0);
      QualifiedName referenced = pick(referenceable, 1).get(0);
      ReferentialAction onDelete = random.nextBoolean() ? ReferentialAction.NO_ACTION : ReferentialAction.CASCADE;
      String foreignKeyName = name("fk_" + column + "_" + referenced + "_" + onDelete);
      if (constraintNames.add(foreignKeyName)) {
        foreignKeys.add(new ForeignKeyModel(foreignKeyName, List.of(column), referenced, List.of("id"), onDelete));
      }
    }
    List<CheckConstraintModel> checks = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      String column = pick(columnNames, 1).get(0);
      boolean notNull = random.nextBoolean();
      String expression = "(" + Identifiers.quote(column) + (notNull ? " IS NOT NULL)" : " IS NULL)");
      // named after the definition, as the other constraints here: a kept check never holds a name an added one needs
      String checkName = name(name.name() + "_" + column + (notNull ? "_nn" : "_null") + "_check");
      if (constraintNames.add(checkName)) {
        checks.add(new CheckConstraintModel(checkName, expression));
      }
    }
    TableModel table = new TableModel(name, columns, primaryKey, uniques, indexes, foreignKeys, checks);
    return databaseValid && random.nextInt(5) == 0 ? table.withComment(comment()) : table;
  }

  private ColumnModel column(String name, List<ColumnType> types) {
    ColumnModel column = ColumnModel.of(name, pick(types, 1).get(0)).withNullable(random.nextBoolean());
    if (isString(column.type()) && random.nextInt(5) == 0) {
      column = column.collate("C");
    }
    if (random.nextInt(6) == 0 && (!databaseValid || isInteger(column.type()))) {
      return column.withIdentity(IdentityGeneration.ALWAYS).notNull();
    }
    if (random.nextInt(4) != 0) {
      return column;
    }
    if (!databaseValid) {
      return column.defaultValue(random.nextBoolean() ? "NULL" : "'x'");
    }
    String value = defaultOf(column.type());
    return value == null ? column : column.defaultValue(value);
  }

  /** Also serial columns and comments, which only a database gives meaning to. */
  private ColumnModel databaseColumn(QualifiedName table, String name, List<ColumnType> types) {
    ColumnModel column = column(name, types);
    if (isInteger(column.type()) && column.identityGeneration() == IdentityGeneration.NONE
        && random.nextInt(5) == 0) {
      // named as PostgreSQL names it (makeObjectName) and prints the regclass: quoted as needed, qualified outside
      // the current schema
      String sequence = Identifiers.quote(Identifiers.objectName(table.name(), name, "seq"));
      if (table.schema() != null) {
        sequence = Identifiers.quote(table.schema()) + "." + sequence;
      }
      column = column.serial(sequence);
    }
    return random.nextInt(5) == 0 ? column.comment(comment()) : column;
  }

  private String comment() {
    return pick(List.of("owner's note", "id of the row", "ünïcode ✓", "two\nlines"), 1).get(0);
  }

  private String defaultOf(ColumnType type) {
    boolean first = random.nextBoolean();
    return switch (type.sql()) {
      case "integer", "bigint", "smallint" -> first ? "0" : "42";
      case "numeric(12,2)", "double precision" -> first ? "0" : "1.5";
      case "boolean" -> first ? "true" : "false";
      case "date" -> first ? "CURRENT_DATE" : "'2026-01-01'";
      case "timestamp(6) without time zone", "timestamp(6) with time zone" -> first ? "now()" : "'2026-01-01 00:00:00'";
      case "uuid" -> "gen_random_uuid()";
      case "jsonb" -> first ? "'{}'" : "'[]'::jsonb";
      case "bytea" -> "'\\x00'";
      case "text", "character varying(255)", "character(3)" -> first ? "'x'" : "''";
      default -> null; // an enum or composite type: its values change from one model to the next
    };
  }

  /** The types a collation applies to. */
  private static boolean isString(ColumnType type) {
    return type.equals(Fixtures.TEXT) || type.equals(Fixtures.VARCHAR) || type.sql().equals("character(3)");
  }

  private static boolean isInteger(ColumnType type) {
    return type.equals(Fixtures.INTEGER) || type.equals(Fixtures.BIGINT);
  }

  /** Same definition, sometimes another name: what two readers naming constraints differently produce. */
  private String name(String definition) {
    return fit(random.nextInt(3) == 0 ? definition + "_alt" : definition);
  }

  /**
   * A name PostgreSQL keeps as it is: one built from long table and column names is shortened, with a hash of the
   * whole so that it still stands for one definition only.
   */
  private static String fit(String name) {
    if (!Identifiers.isTooLong(name)) {
      return name;
    }
    String prefix = Identifiers.truncate(name);
    while (prefix.getBytes(StandardCharsets.UTF_8).length > Identifiers.MAX_BYTES - 9) {
      prefix = prefix.substring(0, prefix.length() - 1);
    }
    return prefix + "_" + String.format("%08x", name.hashCode());
  }

  /** {@code count} distinct elements in random order. */
  /** Most index columns ascending; some descending, some with their nulls the other way round. */
  private IndexModel ordered(IndexModel index) {
    IndexModel ordered = index;
    for (String column : index.columns()) {
      switch (random.nextInt(6)) {
        case 0 -> ordered = ordered.desc(column);
        case 1 -> ordered = ordered.nullsFirst(column);
        case 2 -> ordered = ordered.desc(column).nullsLast(column);
        default -> { }
      }
    }
    return ordered;
  }

  private <T> List<T> pick(List<T> from, int count) {
    List<T> shuffled = new ArrayList<>(from);
    Collections.shuffle(shuffled, random);
    return shuffled.subList(0, Math.min(count, shuffled.size()));
  }
}
