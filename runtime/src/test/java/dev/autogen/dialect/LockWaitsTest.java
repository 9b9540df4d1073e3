package dev.autogen.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class LockWaitsTest {

  @Test
  void aConcurrentIndexBuildNamesTheIndexAndTableToLookFor() {
    assertThat(LockWaits.invalidIndexLeftBy("CREATE INDEX CONCURRENTLY item_n_idx ON item (n)")).contains(
        "SELECT i.indexrelid::regclass::text FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
            + " WHERE i.indrelid = to_regclass('item') AND c.relname = 'item_n_idx' AND NOT i.indisvalid");
    assertThat(LockWaits.invalidIndexLeftBy(
        "create unique index concurrently if not exists \"Odd\"\"Name\" on only app.\"Item\" using btree (n)"))
        .hasValueSatisfying(query -> assertThat(query)
            .contains("to_regclass('app.\"Item\"')").contains("c.relname = 'Odd\"Name'"));
    assertThat(LockWaits.invalidIndexLeftBy("CREATE INDEX CONCURRENTLY Item_N ON item(n)"))
        .hasValueSatisfying(query -> assertThat(query).contains("c.relname = 'item_n'"));
  }

  @Test
  void otherStatementsLeaveNothingToDrop() {
    assertThat(LockWaits.invalidIndexLeftBy("CREATE INDEX item_n_idx ON item (n)")).isEmpty();
    assertThat(LockWaits.invalidIndexLeftBy("CREATE INDEX CONCURRENTLY ON item (n)")).isEmpty();
    assertThat(LockWaits.invalidIndexLeftBy("ALTER TABLE item ADD COLUMN note text")).isEmpty();
  }

  @Test
  void aLockTimeoutIsRecognisedAnywhereInTheCauses() {
    SQLException timeout = new SQLException("canceling statement due to lock timeout", "55P03");
    assertThat(LockWaits.isLockTimeout(new RuntimeException(new IllegalStateException(timeout)))).isTrue();
    assertThat(LockWaits.isLockTimeout(new SQLException("deadlock detected", "40P01"))).isFalse();
  }
}
