package dev.autogen.safety;

import static dev.autogen.runtime.Dsl.after;
import static dev.autogen.runtime.Dsl.bigint;
import static dev.autogen.runtime.Dsl.bool;
import static dev.autogen.runtime.Dsl.check;
import static dev.autogen.runtime.Dsl.column;
import static dev.autogen.runtime.Dsl.enumColumn;
import static dev.autogen.runtime.Dsl.enumType;
import static dev.autogen.runtime.Dsl.foreignKey;
import static dev.autogen.runtime.Dsl.index;
import static dev.autogen.runtime.Dsl.integer;
import static dev.autogen.runtime.Dsl.primaryKey;
import static dev.autogen.runtime.Dsl.sequence;
import static dev.autogen.runtime.Dsl.text;
import static dev.autogen.runtime.Dsl.type;
import static dev.autogen.runtime.Dsl.unique;
import static dev.autogen.runtime.Dsl.uuid;
import static dev.autogen.runtime.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.LockFacts;
import dev.autogen.dialect.LockMode;
import dev.autogen.dialect.PostgresDialect;
import dev.autogen.dialect.PostgresLockFacts;
import dev.autogen.dialect.TableEffect;
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
import dev.autogen.op.ExecuteOp;
import dev.autogen.op.MigrationOp;
import dev.autogen.op.RecreateEnumTypeOp;
import dev.autogen.op.RenameColumnOp;
import dev.autogen.op.RenameEnumValueOp;
import dev.autogen.op.RenameTableOp;
import dev.autogen.op.SetTableCommentOp;
import dev.autogen.op.BackfillOp;
import dev.autogen.op.ValidateConstraintOp;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.TableModel;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The static table of {@link PostgresLockFacts} against what the test server does: every op kind (and the forms of
 * one that differ) is measured on a database holding rows, and must agree with the table for that server's version.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class SafetyFactsIT {

  private static final String SCHEMA = """
      CREATE TYPE mood AS ENUM ('HAPPY', 'SAD');
      CREATE TYPE unused AS ENUM ('A');
      CREATE TABLE parent (id bigint PRIMARY KEY, name varchar(20), note text, code integer, mood mood);
      CREATE TABLE child (id bigint, parent_id bigint, amount integer,
          CONSTRAINT child_pkey PRIMARY KEY (id),
          CONSTRAINT child_amount_check CHECK (amount >= 0),
          CONSTRAINT child_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES parent (id),
          CONSTRAINT child_amount_key UNIQUE (amount));
      CREATE INDEX child_amount_ix ON child (amount);
      ALTER TABLE child ADD CONSTRAINT child_amount_positive CHECK (amount > 0) NOT VALID;
      CREATE TABLE bare (id bigint NOT NULL, label text);
      CREATE SEQUENCE counter;
      CREATE SCHEMA gone;
      INSERT INTO parent VALUES (1, 'one', 'n', 1, 'HAPPY'), (2, 'two', NULL, 2, 'SAD');
      INSERT INTO child VALUES (1, 1, 10), (2, 2, 20);
      INSERT INTO bare VALUES (1, 'a'), (2, 'b');
      """;

  private static final QualifiedName PARENT = QualifiedName.of("parent");
  private static final QualifiedName CHILD = QualifiedName.of("child");
  private static final QualifiedName BARE = QualifiedName.of("bare");
  private static final QualifiedName MOOD = QualifiedName.of("mood");

  private static final ColumnModel NAME = column("name", varchar(20));
  private static final ColumnModel CODE = column("code", integer());

  static Stream<Arguments> ops() {
    return Stream.of(
        op("create table", new CreateTableOp(TableModel.of(QualifiedName.of("fresh"),
            List.of(column("id", bigint()).notNull(), primaryKey("id"))))),
        op("drop table", new DropTableOp(BARE, null)),
        op("add column", new AddColumnOp(PARENT, column("extra", text()))),
        op("add column, constant default", new AddColumnOp(PARENT, column("flag", bool()).defaultValue("false"))),
        op("add column, volatile default", new AddColumnOp(PARENT,
            column("token", uuid()).defaultValue("gen_random_uuid()"))),
        op("add column, identity", new AddColumnOp(BARE, column("seq", bigint()).notNull().identity())),
        op("drop column", new DropColumnOp(PARENT, "note", null)),
        op("alter column, varchar longer", new AlterColumnOp(PARENT, NAME, column("name", varchar(40)))),
        op("alter column, varchar to text", new AlterColumnOp(PARENT, NAME, column("name", text()))),
        op("alter column, varchar shorter", new AlterColumnOp(PARENT, NAME, column("name", varchar(10)))),
        op("alter column, integer to bigint", new AlterColumnOp(PARENT, CODE, column("code", bigint()))),
        op("alter column, set not null", new AlterColumnOp(PARENT, NAME, NAME.notNull())),
        op("alter column, set default", new AlterColumnOp(PARENT, CODE, CODE.defaultValue("0"))),
        op("alter column, comment", new AlterColumnOp(PARENT, CODE, CODE.comment("a code"))),
        op("add foreign key", new AddForeignKeyOp(BARE, foreignKey("bare_id_fkey", "id", "parent", "id"))),
        op("drop foreign key", new DropForeignKeyOp(CHILD, "child_parent_id_fkey",
            foreignKey("child_parent_id_fkey", "parent_id", "parent", "id"))),
        op("add unique constraint", new AddUniqueConstraintOp(PARENT, unique("parent_name_key", "name"))),
        op("drop unique constraint", new DropUniqueConstraintOp(CHILD, "child_amount_key", null)),
        op("create index", new CreateIndexOp(PARENT, index("parent_name_ix", "name"))),
        op("drop index", new DropIndexOp(CHILD, "child_amount_ix", null)),
        op("create sequence", new CreateSequenceOp(sequence("fresh_seq"))),
        op("drop sequence", new DropSequenceOp(QualifiedName.of("counter"), null)),
        op("alter sequence", new AlterSequenceOp(sequence("counter"), sequence("counter").incrementBy(5))),
        op("rename table", new RenameTableOp(BARE, QualifiedName.of("plain"), 1)),
        op("rename column", new RenameColumnOp(PARENT, "note", "memo", 1)),
        op("add primary key", new AddPrimaryKeyOp(BARE, primaryKey("id"))),
        op("drop primary key", new DropPrimaryKeyOp(CHILD, "child_pkey", null)),
        op("add check constraint", new AddCheckConstraintOp(PARENT, check("parent_code_check", "code > 0"))),
        op("drop check constraint", new DropCheckConstraintOp(CHILD, "child_amount_check", null)),
        op("create schema", new CreateSchemaOp("fresh")),
        op("drop schema", new DropSchemaOp("gone")),
        op("set table comment", new SetTableCommentOp(PARENT, null, "parents")),
        op("create enum type", new CreateEnumTypeOp(enumType("size", "S", "M"))),
        op("drop enum type", new DropEnumTypeOp(QualifiedName.of("unused"), null)),
        op("add enum value", new AddEnumValueOp(MOOD, "OK", after("HAPPY"))),
        op("rename enum value", new RenameEnumValueOp(MOOD, "SAD", "GLUM", 1)),
        op("recreate enum type", new RecreateEnumTypeOp(enumType("mood", "HAPPY", "SAD"),
            enumType("mood", "SAD", "HAPPY"), List.of(enumColumn("parent", "mood")))),
        // the safe forms revision --safe writes
        op("create index concurrently", new CreateIndexOp(PARENT, index("parent_name_ix", "name"), true)),
        op("drop index concurrently", new DropIndexOp(CHILD, "child_amount_ix", null, true)),
        op("add foreign key not valid", new AddForeignKeyOp(BARE, foreignKey("bare_id_fkey", "id", "parent", "id"),
            true)),
        op("add check constraint not valid", new AddCheckConstraintOp(PARENT, check("parent_code_check", "code > 0"),
            true)),
        op("validate constraint", new ValidateConstraintOp(CHILD, "child_amount_positive")),
        op("add unique constraint concurrently", new AddUniqueConstraintOp(PARENT, unique("parent_name_key", "name"),
            true)),
        op("add primary key concurrently", new AddPrimaryKeyOp(BARE, primaryKey("id"), true)),
        op("backfill placeholder", new BackfillOp(PARENT, "name")));
  }

  private static Arguments op(String name, MigrationOp op) {
    return Arguments.of(name, op);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ops")
  void theStaticTableAgreesWithTheServer(String name, MigrationOp op, TestDatabase db) throws Exception {
    try (Connection connection = db.connect()) {
      run(connection, SCHEMA);
      LockFacts measured = measure(connection, op);
      LockFacts expected = new PostgresLockFacts(connection.getMetaData().getDatabaseMajorVersion()).of(op);
      assertThat(measured.runsInTransaction()).as("runs in a transaction").isEqualTo(expected.runsInTransaction());
      if (!measured.runsInTransaction() && measured.tables().isEmpty()) {
        // refused inside the measuring transaction (CONCURRENTLY): no lock to see, the table says what the server
        // documents
        return;
      }
      assertThat(new HashSet<>(measured.tables())).as(name).isEqualTo(new HashSet<>(expected.tables()));
    }
  }

  @Test
  void rawSqlHasNoStaticFactsAndIsMeasured(TestDatabase db) throws Exception {
    try (Connection connection = db.connect()) {
      run(connection, SCHEMA);
      ExecuteOp update = new ExecuteOp("UPDATE parent SET code = code + 1");
      assertThat(new PostgresLockFacts(17).of(update).tables()).isEmpty();
      assertThat(measure(connection, update).tables())
          .containsExactly(new TableEffect(PARENT, LockMode.ROW_EXCLUSIVE, false, true));
    }
  }

  @Test
  void aConcurrentIndexIsMeasuredAsOutsideATransaction(TestDatabase db) throws Exception {
    try (Connection connection = db.connect()) {
      run(connection, SCHEMA);
      LockFacts measured = measure(connection, new ExecuteOp("CREATE INDEX CONCURRENTLY parent_code_ix ON parent (code)"));
      assertThat(measured.runsInTransaction()).isFalse();
      // run for real afterwards, so a later step sees the index
      try (Statement statement = connection.createStatement()) {
        assertThat(statement.executeQuery("SELECT 1 FROM pg_indexes WHERE indexname = 'parent_code_ix'").next())
            .isTrue();
      }
    }
  }

  private static LockFacts measure(Connection connection, MigrationOp op) throws Exception {
    List<PlannedStep> steps = RevisionSteps.of(new PostgresDialect(), List.of(op));
    return new StepMeasurer().measure(connection, steps).get(0).facts();
  }

  private static void run(Connection connection, String sql) throws Exception {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

}
