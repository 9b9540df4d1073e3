package dev.autogen.diff;

import static dev.autogen.diff.Fixtures.ID;
import static dev.autogen.diff.Fixtures.PK_ID;
import static dev.autogen.diff.Fixtures.TEXT;
import static dev.autogen.diff.Fixtures.column;
import static dev.autogen.diff.Fixtures.name;
import static dev.autogen.diff.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.op.AlterSequenceOp;
import dev.autogen.op.CreateSchemaOp;
import dev.autogen.op.CreateSequenceOp;
import dev.autogen.op.CreateTableOp;
import dev.autogen.op.DropColumnOp;
import dev.autogen.op.DropSequenceOp;
import dev.autogen.op.DropTableOp;
import dev.autogen.op.MigrationOp;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.SequenceModel;
import dev.autogen.schema.TableModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sequences: matched by name, created before the tables that draw from them and dropped after. */
class SchemaDiffSequenceTest {

  private static final SequenceModel TICKET_SEQ = new SequenceModel(name("ticket_seq"), 1, 50);
  private static final TableModel TICKET = table("ticket", ID, PK_ID);
  /** A default that draws from the sequence: why creating and dropping it has a place in the order. */
  private static final ColumnModel NUMBER =
      column("number", Fixtures.BIGINT).defaultValue("nextval('ticket_seq'::regclass)");

  private static SchemaModel schema(List<TableModel> tables, SequenceModel... sequences) {
    return new SchemaModel(tables, List.of(sequences));
  }

  private static List<MigrationOp> upgradeOps(SchemaModel current, SchemaModel target) {
    DiffResult result = RoundTrip.diff(current, target);
    RoundTrip.assertOnlyRenameHints(result.notes());
    return result.plan().upgradeOps();
  }

  @Test
  void equalSequencesGiveAnEmptyPlan() {
    SchemaModel schema = schema(List.of(TICKET), TICKET_SEQ, new SequenceModel(name("other_seq"), 1000, 1));

    assertThat(SchemaDiff.compare(schema, schema).plan().upgradeOps()).isEmpty();
  }

  @Test
  void newSequenceIsCreatedBeforeTheTableThatDrawsFromIt() {
    TableModel ticket = table("ticket", ID, NUMBER, PK_ID);

    DiffResult result = RoundTrip.diff(SchemaModel.EMPTY, schema(List.of(ticket), TICKET_SEQ));

    assertThat(result.plan().upgradeOps()).containsExactly(
        new CreateSequenceOp(TICKET_SEQ),
        new CreateTableOp(ticket));
    assertThat(result.plan().downgradeOps()).containsExactly(
        new DropTableOp(name("ticket"), ticket),
        new DropSequenceOp(name("ticket_seq"), TICKET_SEQ));
    assertThat(result.plan().upgradeOps().get(0).description()).isEqualTo("added sequence 'ticket_seq'");
  }

  @Test
  void removedSequenceIsDroppedAfterTablesAndColumnsWithItsDefinition() {
    TableModel legacy = table("legacy", ID, NUMBER, PK_ID);
    SchemaModel current = schema(List.of(legacy, table("ticket", ID, NUMBER, PK_ID)), TICKET_SEQ);

    List<MigrationOp> ops = upgradeOps(current, schema(List.of(TICKET)));

    assertThat(ops).containsExactly(
        new DropTableOp(name("legacy"), legacy),
        new DropColumnOp(name("ticket"), "number", NUMBER),
        new DropSequenceOp(name("ticket_seq"), TICKET_SEQ));
    assertThat(ops.get(2).description()).isEqualTo("removed sequence 'ticket_seq'");
    assertThat(ops.get(2).dataLoss()).contains("drops sequence ticket_seq; its current value is lost");
  }

  @Test
  void changedIncrementOrStartIsOneAlterThatReversesBySwapping() {
    SequenceModel pooled = TICKET_SEQ.incrementBy(1).startWith(1000);

    DiffResult result = RoundTrip.diff(schema(List.of(TICKET), TICKET_SEQ), schema(List.of(TICKET), pooled));

    assertThat(result.plan().upgradeOps()).containsExactly(new AlterSequenceOp(TICKET_SEQ, pooled));
    assertThat(result.plan().downgradeOps()).containsExactly(new AlterSequenceOp(pooled, TICKET_SEQ));
    assertThat(result.plan().upgradeOps().get(0).description())
        .isEqualTo("altered sequence 'ticket_seq' (start 1 -> 1000, increment 50 -> 1)");
  }

  @Test
  void sequenceInAnotherSchemaIsAnotherSequence() {
    SequenceModel elsewhere = new SequenceModel(new QualifiedName("billing", "ticket_seq"), 1, 50);

    assertThat(upgradeOps(schema(List.of(), TICKET_SEQ), schema(List.of(), elsewhere))).containsExactly(
        new CreateSchemaOp("billing"),
        new CreateSequenceOp(elsewhere),
        new DropSequenceOp(name("ticket_seq"), TICKET_SEQ));
  }

  @Test
  void sequenceOpsTakeTheirPhaseAmongTableOpsAndAreSortedByName() {
    SequenceModel a = new SequenceModel(name("a_seq"), 1, 1);
    SequenceModel b = new SequenceModel(name("b_seq"), 1, 1);
    SequenceModel z = new SequenceModel(name("z_seq"), 1, 1);
    ColumnModel note = column("note", TEXT);
    TableModel old = table("old", ID, PK_ID);
    SchemaModel current = schema(List.of(old, table("ticket", ID, note, PK_ID)), z, TICKET_SEQ, b);
    SchemaModel target = schema(List.of(TICKET, table("new", ID, PK_ID)), b, a, TICKET_SEQ.incrementBy(1));

    assertThat(upgradeOps(current, target)).containsExactly(
        new DropTableOp(name("old"), old),
        new CreateSequenceOp(a),
        new AlterSequenceOp(TICKET_SEQ, TICKET_SEQ.incrementBy(1)),
        new CreateTableOp(table("new", ID, PK_ID)),
        new DropColumnOp(name("ticket"), "note", note),
        new DropSequenceOp(name("z_seq"), z));
  }
}
