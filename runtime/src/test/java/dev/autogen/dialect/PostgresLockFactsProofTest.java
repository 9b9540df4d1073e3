package dev.autogen.dialect;

import static dev.autogen.runtime.Dsl.check;
import static dev.autogen.runtime.Dsl.column;
import static dev.autogen.runtime.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.op.AddCheckConstraintOp;
import dev.autogen.op.AlterColumnOp;
import dev.autogen.op.MigrationOp;
import dev.autogen.op.ValidateConstraintOp;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.QualifiedName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A validated {@code CHECK (col IS NOT NULL)} spares the {@code SET NOT NULL} after it its read, from 12 on. */
class PostgresLockFactsProofTest {

  private static final QualifiedName USER = QualifiedName.of("user");
  private static final ColumnModel NAME = column("name", varchar(80));
  private static final AlterColumnOp SET_NOT_NULL = new AlterColumnOp(USER, NAME, NAME.notNull());

  private static boolean lastScans(int majorVersion, MigrationOp... ops) {
    List<LockFacts> facts = new PostgresLockFacts(majorVersion).of(List.of(ops));
    return facts.get(facts.size() - 1).tables().get(0).scans();
  }

  @Test
  void aValidatedProofOfTheColumnSparesTheScan() {
    AddCheckConstraintOp proof = new AddCheckConstraintOp(USER, check("user_name_not_null", "name IS NOT NULL"), true);
    ValidateConstraintOp validated = new ValidateConstraintOp(USER, "user_name_not_null");

    assertThat(lastScans(17, SET_NOT_NULL)).isTrue();
    assertThat(lastScans(17, proof, validated, SET_NOT_NULL)).isFalse();
    assertThat(lastScans(11, proof, validated, SET_NOT_NULL)).as("before 12 the check is not used").isTrue();
    assertThat(lastScans(17, proof, SET_NOT_NULL)).as("not validated").isTrue();
    assertThat(lastScans(17, new AddCheckConstraintOp(USER, check("user_bio_not_null", "bio IS NOT NULL"), true),
        new ValidateConstraintOp(USER, "user_bio_not_null"), SET_NOT_NULL)).as("another column").isTrue();
    assertThat(lastScans(17, new AddCheckConstraintOp(QualifiedName.of("post"),
        check("post_name_not_null", "name IS NOT NULL"), true),
        new ValidateConstraintOp(QualifiedName.of("post"), "post_name_not_null"), SET_NOT_NULL))
        .as("another table").isTrue();
  }

  @Test
  void readsTheColumnOfANotNullCheckAsStored() {
    assertThat(PostgresLockFacts.notNullColumn("name IS NOT NULL")).isEqualTo("name");
    assertThat(PostgresLockFacts.notNullColumn("(Name is not null)")).isEqualTo("name");
    assertThat(PostgresLockFacts.notNullColumn("\"Full \"\"Name\"\"\" IS NOT NULL")).isEqualTo("Full \"Name\"");
    assertThat(PostgresLockFacts.notNullColumn("name IS NOT NULL OR id > 0")).isNull();
    assertThat(PostgresLockFacts.notNullColumn("name IS NULL")).isNull();
    assertThat(PostgresLockFacts.notNullColumn(null)).isNull();
  }
}
