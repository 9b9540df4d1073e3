package dev.autogen.diff;

import static dev.autogen.diff.Fixtures.BIGINT;
import static dev.autogen.diff.Fixtures.PK_ID;
import static dev.autogen.diff.Fixtures.TEXT;
import static dev.autogen.diff.Fixtures.column;
import static dev.autogen.diff.Fixtures.name;
import static dev.autogen.diff.Fixtures.schema;
import static dev.autogen.diff.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.op.AlterColumnOp;
import dev.autogen.op.MigrationOp;
import dev.autogen.schema.ColumnModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A serial column the entity maps as identity: one alter, reversed by the alter back to serial. */
class SchemaDiffSerialTest {

  private static final ColumnModel SERIAL = column("id", BIGINT).notNull().serial("ticket_id_seq");
  private static final ColumnModel IDENTITY = column("id", BIGINT).identity();
  private static final ColumnModel TITLE = column("title", TEXT);

  @Test
  void serialColumnMappedAsIdentityIsConvertedAndBack() {
    DiffResult result = RoundTrip.diff(schema(table("ticket", SERIAL, TITLE, PK_ID)),
        schema(table("ticket", IDENTITY, TITLE, PK_ID)));

    List<MigrationOp> ops = result.plan().upgradeOps();
    assertThat(ops).containsExactly(new AlterColumnOp(name("ticket"), SERIAL, IDENTITY));
    assertThat(result.plan().downgradeOps()).containsExactly(new AlterColumnOp(name("ticket"), IDENTITY, SERIAL));
  }

  /** Whether a sequence is owned only tells how to undo a change; a default that calls it is no difference. */
  @Test
  void ownershipOfTheSequenceAloneIsNoDifference() {
    ColumnModel sameDefault = column("id", BIGINT).notNull().defaultValue("nextval('ticket_id_seq'::regclass)");
    assertThat(SchemaDiff.compare(schema(table("ticket", SERIAL, PK_ID)), schema(table("ticket", sameDefault, PK_ID)))
        .plan().upgradeOps()).isEmpty();
  }
}
