package dev.autogen.diff;

import static dev.autogen.diff.Fixtures.ID;
import static dev.autogen.diff.Fixtures.PK_ID;
import static dev.autogen.diff.Fixtures.VARCHAR;
import static dev.autogen.diff.Fixtures.column;
import static dev.autogen.diff.Fixtures.index;
import static dev.autogen.diff.Fixtures.name;
import static dev.autogen.diff.Fixtures.schema;
import static dev.autogen.diff.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.op.CreateIndexOp;
import dev.autogen.op.DropIndexOp;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.IndexModel;
import dev.autogen.schema.TableModel;
import org.junit.jupiter.api.Test;

class SchemaDiffIndexOrderingTest {

  private static final ColumnModel LAST_NAME = column("last_name", VARCHAR);
  private static final ColumnModel CITY = column("city", VARCHAR);
  private static final IndexModel ASCENDING = index("ix_person_name_city", "last_name", "city");

  private static TableModel person(IndexModel index) {
    return table("person", ID, LAST_NAME, CITY, PK_ID, index);
  }

  @Test
  void anAscendingColumnMadeDescendingIsADropAndACreate() {
    IndexModel descending = ASCENDING.desc("city");

    DiffResult result = RoundTrip.diff(schema(person(ASCENDING)), schema(person(descending)));

    assertThat(result.plan().upgradeOps()).containsExactly(
        new DropIndexOp(name("person"), "ix_person_name_city", ASCENDING),
        new CreateIndexOp(name("person"), descending));
    assertThat(result.plan().upgradeOps().get(1).description())
        .isEqualTo("added index 'ix_person_name_city' on 'person' [last_name, city DESC]");
  }

  @Test
  void aDescendingColumnMadeAscendingIsADropAndACreate() {
    IndexModel descending = ASCENDING.desc("city");

    assertThat(RoundTrip.diff(schema(person(descending)), schema(person(ASCENDING))).plan().upgradeOps())
        .containsExactly(
            new DropIndexOp(name("person"), "ix_person_name_city", descending),
            new CreateIndexOp(name("person"), ASCENDING));
  }

  @Test
  void nullsMovedToTheOtherEndIsAChange() {
    IndexModel nullsFirst = ASCENDING.nullsFirst("last_name");
    IndexModel descendingNullsLast = ASCENDING.desc("city").nullsLast("city");

    assertThat(RoundTrip.diff(schema(person(ASCENDING)), schema(person(nullsFirst))).plan().upgradeOps())
        .hasSize(2);
    assertThat(RoundTrip.diff(schema(person(ASCENDING.desc("city"))), schema(person(descendingNullsLast)))
        .plan().upgradeOps()).hasSize(2);
  }

  @Test
  void theSameOrderingIsNoChange() {
    IndexModel ordered = ASCENDING.desc("city").nullsFirst("last_name");

    assertThat(RoundTrip.diff(schema(person(ordered)), schema(person(ordered))).plan().upgradeOps()).isEmpty();
  }
}
