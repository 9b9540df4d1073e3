package dev.autogen.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.op.AlterSequenceOp;
import dev.autogen.op.CreateSequenceOp;
import dev.autogen.op.DropSequenceOp;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.SequenceModel;
import org.junit.jupiter.api.Test;

class PostgresDialectSequenceTest {

  private static final SequenceModel USER_SEQ = new SequenceModel(QualifiedName.of("user_seq"), 1, 50);

  private final PostgresDialect dialect = new PostgresDialect();

  @Test
  void createsWithExplicitStartAndIncrementAndQuotesAsNeeded() {
    assertThat(dialect.sql(new CreateSequenceOp(USER_SEQ)))
        .containsExactly("CREATE SEQUENCE user_seq START WITH 1 INCREMENT BY 50");
    assertThat(dialect.sql(new CreateSequenceOp(new SequenceModel(new QualifiedName("Billing", "user"), -1, -1))))
        .containsExactly("CREATE SEQUENCE \"Billing\".\"user\" START WITH -1 INCREMENT BY -1");
  }

  @Test
  void dropsByName() {
    assertThat(dialect.sql(new DropSequenceOp(new QualifiedName("app", "user_seq"), null)))
        .containsExactly("DROP SEQUENCE app.user_seq");
  }

  @Test
  void altersOnlyWhatChangedAndNeverRestarts() {
    assertThat(dialect.sql(new AlterSequenceOp(USER_SEQ, USER_SEQ.incrementBy(1))))
        .containsExactly("ALTER SEQUENCE user_seq INCREMENT BY 1");
    assertThat(dialect.sql(new AlterSequenceOp(USER_SEQ, USER_SEQ.startWith(1000).incrementBy(10))))
        .containsExactly("ALTER SEQUENCE user_seq INCREMENT BY 10 START WITH 1000");
    assertThat(dialect.sql(new AlterSequenceOp(USER_SEQ, USER_SEQ))).isEmpty();
  }
}
