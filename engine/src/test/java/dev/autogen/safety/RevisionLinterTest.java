package dev.autogen.safety;

import static dev.autogen.runtime.Dsl.after;
import static dev.autogen.runtime.Dsl.bigint;
import static dev.autogen.runtime.Dsl.check;
import static dev.autogen.runtime.Dsl.column;
import static dev.autogen.runtime.Dsl.enumColumn;
import static dev.autogen.runtime.Dsl.enumType;
import static dev.autogen.runtime.Dsl.foreignKey;
import static dev.autogen.runtime.Dsl.index;
import static dev.autogen.runtime.Dsl.integer;
import static dev.autogen.runtime.Dsl.primaryKey;
import static dev.autogen.runtime.Dsl.text;
import static dev.autogen.runtime.Dsl.timestampTz;
import static dev.autogen.runtime.Dsl.unique;
import static dev.autogen.runtime.Dsl.uuid;
import static dev.autogen.runtime.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.autogen.diff.SafeForms;
import dev.autogen.dialect.PostgresDialect;
import dev.autogen.dialect.LockFacts;
import dev.autogen.dialect.PostgresLockFacts;
import dev.autogen.op.AddCheckConstraintOp;
import dev.autogen.op.AddColumnOp;
import dev.autogen.op.AddEnumValueOp;
import dev.autogen.op.AddForeignKeyOp;
import dev.autogen.op.AddPrimaryKeyOp;
import dev.autogen.op.AddUniqueConstraintOp;
import dev.autogen.op.AlterColumnOp;
import dev.autogen.op.BackfillOp;
import dev.autogen.op.CreateIndexOp;
import dev.autogen.op.CreateTableOp;
import dev.autogen.op.DropColumnOp;
import dev.autogen.op.DropIndexOp;
import dev.autogen.op.DropTableOp;
import dev.autogen.op.ExecuteOp;
import dev.autogen.op.MigrationOp;
import dev.autogen.op.MigrationPlan;
import dev.autogen.op.RecreateEnumTypeOp;
import dev.autogen.op.RenameColumnOp;
import dev.autogen.op.RenameTableOp;
import dev.autogen.op.ValidateConstraintOp;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.TableModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each rule: a step that breaks it, and where PostgreSQL has a safe form autogen can run today, one that does not. */
class RevisionLinterTest {

  private static final QualifiedName USER = QualifiedName.of("user");
  private static final ColumnModel NAME = column("name", varchar(80));
  private static final ExecuteOp LOCK_TIMEOUT = new ExecuteOp("SET LOCAL lock_timeout = '5s'");

  @Test
  void anIndexCreatedOrDroppedWithoutConcurrently() {
    assertThat(rules(LOCK_TIMEOUT, new CreateIndexOp(USER, index("user_name_ix", "name"))))
        .containsExactly("index-not-concurrent:user:2");
    assertThat(rules(LOCK_TIMEOUT, new DropIndexOp(USER, "user_name_ix", null)))
        .containsExactly("index-not-concurrent:user:2");
    assertThat(rules(new ExecuteOp("create index user_name_ix on \"user\" (name)")))
        .containsExactly("index-not-concurrent:user:1", "no-lock-timeout:user:1");
    assertThat(rules(new ExecuteOp("CREATE INDEX CONCURRENTLY user_name_ix ON \"user\" (name)"),
        new ExecuteOp("DROP INDEX CONCURRENTLY old_ix"))).isEmpty();
    assertThat(rules(new CreateIndexOp(USER, index("user_name_ix", "name"), true),
        new DropIndexOp(USER, "user_old_ix", null, true))).isEmpty();
    assertThat(safeRules(new CreateIndexOp(USER, index("user_name_ix", "name")),
        new DropIndexOp(USER, "user_old_ix", index("user_old_ix", "name")))).isEmpty();
  }

  @Test
  void aForeignKeyOrCheckWithoutNotValid() {
    assertThat(rules(LOCK_TIMEOUT, new AddForeignKeyOp(QualifiedName.of("post"),
        foreignKey("post_author_fkey", "author_id", "user", "id")))).containsExactly("constraint-not-valid:post:2");
    assertThat(rules(LOCK_TIMEOUT, new AddCheckConstraintOp(USER, check("user_age_check", "age > 0"))))
        .containsExactly("constraint-not-valid:user:2");
    assertThat(rules(LOCK_TIMEOUT, new ExecuteOp("ALTER TABLE post ADD CONSTRAINT post_author_fkey FOREIGN KEY"
        + " (author_id) REFERENCES \"user\" (id)"))).containsExactly("constraint-not-valid:post:2");
    assertThat(rules(LOCK_TIMEOUT,
        new ExecuteOp("ALTER TABLE post ADD CONSTRAINT post_author_fkey FOREIGN KEY (author_id) REFERENCES"
            + " \"user\" (id) NOT VALID"),
        new ExecuteOp("ALTER TABLE post VALIDATE CONSTRAINT post_author_fkey"))).isEmpty();
    assertThat(rules(LOCK_TIMEOUT,
        new AddForeignKeyOp(QualifiedName.of("post"), foreignKey("post_author_fkey", "author_id", "user", "id"), true),
        new ValidateConstraintOp(QualifiedName.of("post"), "post_author_fkey"),
        new AddCheckConstraintOp(USER, check("user_age_check", "age > 0"), true),
        new ValidateConstraintOp(USER, "user_age_check"))).isEmpty();
    assertThat(safeRules(LOCK_TIMEOUT, new AddForeignKeyOp(QualifiedName.of("post"),
        foreignKey("post_author_fkey", "author_id", "user", "id")),
        new AddCheckConstraintOp(USER, check("user_age_check", "age > 0")))).isEmpty();
  }

  @Test
  void setNotNullOnAnExistingTable() {
    assertThat(rules(LOCK_TIMEOUT, new AlterColumnOp(USER, NAME, NAME.notNull())))
        .containsExactly("set-not-null:user:2");
    assertThat(rules(LOCK_TIMEOUT, new AlterColumnOp(USER, NAME.notNull(), NAME))).isEmpty();
    assertThat(safeRules(LOCK_TIMEOUT, new AlterColumnOp(USER, NAME, NAME.notNull()))).isEmpty();
  }

  /** The proof must be a validated check of exactly that column: one not validated, or of another, proves nothing. */
  @Test
  void setNotNullIsSafeOnlyAfterAValidatedCheckOfThatColumn() {
    AddCheckConstraintOp proof = new AddCheckConstraintOp(USER, check("user_name_not_null", "name IS NOT NULL"), true);
    AlterColumnOp setNotNull = new AlterColumnOp(USER, NAME, NAME.notNull());
    assertThat(rules(LOCK_TIMEOUT, proof, new ValidateConstraintOp(USER, "user_name_not_null"), setNotNull))
        .isEmpty();
    assertThat(rules(LOCK_TIMEOUT, proof, setNotNull)).containsExactly("set-not-null:user:3");
    assertThat(rules(LOCK_TIMEOUT,
        new AddCheckConstraintOp(USER, check("user_bio_not_null", "bio IS NOT NULL"), true),
        new ValidateConstraintOp(USER, "user_bio_not_null"), setNotNull)).containsExactly("set-not-null:user:4");
  }

  /** A new NOT NULL column without a default: added nullable, backfilled, then set NOT NULL through the proof. */
  @Test
  void aNotNullColumnAddedToAnExistingTableInItsSafeForm() {
    List<MigrationOp> safe = SafeForms.of(new MigrationPlan(List.of(LOCK_TIMEOUT,
        new AddColumnOp(USER, column("tier", varchar(16)).notNull())))).upgradeOps();
    assertThat(safe).first().isInstanceOf(BackfillOp.class);
    assertThat(rules(safe.toArray(MigrationOp[]::new))).isEmpty();
  }

  @Test
  void aColumnAddedWithAVolatileDefault() {
    assertThat(rules(LOCK_TIMEOUT, new AddColumnOp(USER, column("token", uuid()).defaultValue("gen_random_uuid()"))))
        .containsExactly("volatile-default:user:2");
    assertThat(rules(LOCK_TIMEOUT, new AddColumnOp(USER, column("seen", timestampTz(6))
        .defaultValue("clock_timestamp()")))).containsExactly("volatile-default:user:2");
    // now() is stable: one value for the whole statement, kept in the catalog since PostgreSQL 11
    assertThat(rules(LOCK_TIMEOUT, new AddColumnOp(USER, column("created", timestampTz(6)).defaultValue("now()")),
        new AddColumnOp(USER, column("score", integer()).defaultValue("0")))).isEmpty();
  }

  @Test
  void aTypeChangeThatRewrites() {
    assertThat(rules(LOCK_TIMEOUT, new AlterColumnOp(USER, column("age", integer()), column("age", bigint()))))
        .containsExactly("rewriting-type-change:user:2");
    assertThat(rules(LOCK_TIMEOUT, new RecreateEnumTypeOp(enumType("mood", "A", "B"), enumType("mood", "B", "A"),
        List.of(enumColumn("user", "mood"))))).containsExactly("rewriting-type-change:user:2");
    assertThat(rules(LOCK_TIMEOUT, new AlterColumnOp(USER, NAME, column("name", varchar(200))),
        new AlterColumnOp(USER, column("bio", varchar(10)), column("bio", text())))).isEmpty();
  }

  @Test
  void aPrimaryOrUniqueKeyOnAnExistingTable() {
    assertThat(rules(LOCK_TIMEOUT, new AddPrimaryKeyOp(USER, primaryKey("id")),
        new AddUniqueConstraintOp(USER, unique("user_name_key", "name"))))
        .containsExactly("key-on-existing-table:user:2", "key-on-existing-table:user:3");
    assertThat(rules(new AddPrimaryKeyOp(USER, primaryKey("id"), true),
        new AddUniqueConstraintOp(USER, unique("user_name_key", "name"), true)))
        .as("a moment's ACCESS EXCLUSIVE to take the index over: only the lock timeout matters")
        .containsExactly("no-lock-timeout:user:1");
    assertThat(safeRules(LOCK_TIMEOUT, new AddPrimaryKeyOp(USER, primaryKey("id")),
        new AddUniqueConstraintOp(USER, unique("user_name_key", "name")))).isEmpty();
  }

  @Test
  void stepsOnATableTheRevisionCreatesBreakNoRule() {
    QualifiedName fresh = QualifiedName.of("fresh");
    assertThat(rules(new CreateTableOp(TableModel.of(fresh, List.of(column("id", bigint()), NAME))),
        new AddPrimaryKeyOp(fresh, primaryKey("id")),
        new CreateIndexOp(fresh, index("fresh_name_ix", "name")),
        new AlterColumnOp(fresh, NAME, NAME.notNull()),
        new AddCheckConstraintOp(fresh, check("fresh_name_check", "name <> ''")),
        new DropColumnOp(fresh, "name", null))).isEmpty();
  }

  @Test
  void aRenameOrDropOfATableOrColumn() {
    assertThat(rules(LOCK_TIMEOUT, new RenameTableOp(USER, QualifiedName.of("account"), 1),
        new RenameColumnOp(QualifiedName.of("post"), "body", "text", 1),
        new DropColumnOp(QualifiedName.of("post"), "legacy", null),
        new DropTableOp(QualifiedName.of("old"), null)))
        .containsExactly("rename-or-drop:user:2", "rename-or-drop:post:3", "rename-or-drop:post:4",
            "rename-or-drop:old:5");
  }

  @Test
  void theExpandStepOfARenameBreaksNoRule() {
    // expand and contract: this release adds the new column and copies; a later one drops the old column
    assertThat(rules(LOCK_TIMEOUT, new AddColumnOp(QualifiedName.of("post"), column("text", text())),
        new ExecuteOp("UPDATE post SET text = body WHERE text IS NULL"))).isEmpty();
  }

  @Test
  void anEnumValueAdded() {
    assertThat(rules(new AddEnumValueOp(QualifiedName.of("mood"), "OK", after("HAPPY"))))
        .containsExactly("enum-value-added:-:1");
  }

  @Test
  void noLockTimeoutBeforeTheFirstBlockingStep() {
    assertThat(rules(new AddColumnOp(USER, column("bio", text())), new DropColumnOp(USER, "bio", null)))
        .containsExactly("no-lock-timeout:user:1", "rename-or-drop:user:2");
    assertThat(rules(LOCK_TIMEOUT, new AddColumnOp(USER, column("bio", text())))).isEmpty();
    assertThat(rules(new ExecuteOp("SET lock_timeout TO 3000"), new AddColumnOp(USER, column("bio", text()))))
        .isEmpty();
  }

  @Test
  void aStatementLockTimeoutSetByTheRuntimeSatisfiesNoLockTimeout() {
    MigrationOp addColumn = new AddColumnOp(USER, column("bio", text()));
    assertThat(lint(new LintSettings(Map.of(), false), addColumn)).extracting(Finding::rule)
        .containsExactly(LintRule.NO_LOCK_TIMEOUT);
    assertThat(lint(new LintSettings(Map.of(), true), addColumn)).isEmpty();
  }

  @Test
  void aRuleSetOffIsSilentAndSeveritiesAreConfigurable() {
    LintSettings settings = new LintSettings(Map.of(LintRule.NO_LOCK_TIMEOUT, Severity.OFF,
        LintRule.RENAME_OR_DROP, Severity.ERROR));
    List<Finding> findings = lint(settings, new DropColumnOp(USER, "bio", null));
    assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::step, Finding::table)
        .containsExactly(tuple(LintRule.RENAME_OR_DROP, Severity.ERROR, 1, USER));
    assertThat(findings.get(0).describe()).startsWith("revision 3f2a9c41b7de, step 1, table 'user':"
        + " [rename-or-drop] drops column 'bio': during a rolling deploy");
  }

  @Test
  void everyRuleHasAReasonAndASafeAlternative() {
    for (LintRule rule : LintRule.values()) {
      assertThat(rule.reason()).as(rule.ruleName()).isNotBlank();
      assertThat(rule.safeAlternative()).as(rule.ruleName()).isNotBlank();
      assertThat(LintRule.named(rule.ruleName())).isEqualTo(rule);
    }
  }

  /** The rules the safe form ({@code revision --safe}) of the steps breaks. */
  private static List<String> safeRules(MigrationOp... ops) {
    return rules(SafeForms.of(new MigrationPlan(List.of(ops))).upgradeOps().toArray(MigrationOp[]::new));
  }

  private static List<String> rules(MigrationOp... ops) {
    List<String> found = new ArrayList<>();
    for (Finding finding : lint(LintSettings.defaults(), ops)) {
      found.add(finding.rule().ruleName() + ":" + (finding.table() == null ? "-" : finding.table()) + ":"
          + finding.step());
    }
    return found;
  }

  private static List<Finding> lint(LintSettings settings, MigrationOp... ops) {
    List<PlannedStep> steps = RevisionSteps.of(new PostgresDialect(), List.of(ops));
    List<LockFacts> table = new PostgresLockFacts(17).of(steps.stream().map(PlannedStep::op).toList());
    return new RevisionLinter(settings).lint("3f2a9c41b7de", steps, step -> table.get(steps.indexOf(step)));
  }
}
