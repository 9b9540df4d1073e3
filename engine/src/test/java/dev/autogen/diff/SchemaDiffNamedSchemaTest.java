package dev.autogen.diff;

import static dev.autogen.diff.Fixtures.ID;
import static dev.autogen.diff.Fixtures.PK_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.op.CreateSchemaOp;
import dev.autogen.op.CreateSequenceOp;
import dev.autogen.op.CreateTableOp;
import dev.autogen.op.DropSchemaOp;
import dev.autogen.op.DropTableOp;
import dev.autogen.op.MigrationOp;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.SequenceModel;
import dev.autogen.schema.TableModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Named schemas: created first, dropped last, and the same table name in two schemas is two tables. */
class SchemaDiffNamedSchemaTest {

  private static final TableModel APP_USER = TableModel.of(new QualifiedName("app", "user"), List.of(ID, PK_ID));
  private static final TableModel AUDIT_USER = TableModel.of(new QualifiedName("audit", "user"), List.of(ID, PK_ID));
  private static final TableModel USER = TableModel.of(QualifiedName.of("user"), List.of(ID, PK_ID));

  @Test
  void schemasOfNewTablesAreCreatedFirstAndDroppedLastOnDowngrade() {
    SequenceModel auditSeq = new SequenceModel(new QualifiedName("audit", "event_seq"), 1, 50);
    SchemaModel target = new SchemaModel(List.of(APP_USER, AUDIT_USER, USER), List.of(auditSeq));

    DiffResult result = RoundTrip.diff(SchemaModel.EMPTY, target);

    assertThat(result.plan().upgradeOps()).containsExactly(
        new CreateSchemaOp("app"),
        new CreateSchemaOp("audit"),
        new CreateSequenceOp(auditSeq),
        new CreateTableOp(USER),
        new CreateTableOp(APP_USER),
        new CreateTableOp(AUDIT_USER));
    List<MigrationOp> downgrade = result.plan().downgradeOps();
    assertThat(downgrade.subList(downgrade.size() - 2, downgrade.size()))
        .containsExactly(new DropSchemaOp("audit"), new DropSchemaOp("app"));
    assertThat(result.plan().upgradeOps().get(0).description()).isEqualTo("added schema 'app'");
  }

  @Test
  void anExistingSchemaIsNotCreatedAgainEvenWhenEmpty() {
    SchemaModel current = new SchemaModel(List.of(), List.of(), List.of("app"));

    DiffResult result = RoundTrip.diff(current, new SchemaModel(List.of(APP_USER)));

    assertThat(result.plan().upgradeOps()).containsExactly(new CreateTableOp(APP_USER));
  }

  @Test
  void aSchemaTheTargetNoLongerNamesIsDroppedAfterItsTables() {
    SchemaModel current = new SchemaModel(List.of(APP_USER, AUDIT_USER));

    DiffResult result = RoundTrip.diff(current, new SchemaModel(List.of(APP_USER)));

    assertThat(result.plan().upgradeOps()).containsExactly(
        new DropTableOp(AUDIT_USER.name(), AUDIT_USER),
        new DropSchemaOp("audit"));
    assertThat(result.plan().upgradeOps().get(1).description()).isEqualTo("removed schema 'audit'");
    assertThat(result.plan().upgradeOps().get(1).dataLoss()).isEmpty();
  }

  @Test
  void theSameTableNameInTwoSchemasIsTwoTables() {
    SchemaModel current = new SchemaModel(List.of(APP_USER, USER));

    DiffResult result = RoundTrip.diff(current, new SchemaModel(List.of(APP_USER, AUDIT_USER, USER)));

    assertThat(result.plan().upgradeOps())
        .containsExactly(new CreateSchemaOp("audit"), new CreateTableOp(AUDIT_USER));
  }

  @Test
  void theModelNamesEverySchemaItsTablesAndSequencesAreIn() {
    SchemaModel model = new SchemaModel(List.of(APP_USER, USER),
        List.of(new SequenceModel(new QualifiedName("seqs", "s"), 1, 1)), List.of("empty"));

    assertThat(model.schemas()).containsExactly("app", "empty", "seqs");
  }
}
