package dev.autogen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.PostgresDialect;
import dev.autogen.introspect.IntrospectionFilter;
import dev.autogen.introspect.PostgresIntrospector;
import dev.autogen.op.AlterSequenceOp;
import dev.autogen.op.CreateSequenceOp;
import dev.autogen.op.CreateTableOp;
import dev.autogen.op.MigrationPlan;
import dev.autogen.runtime.Operations;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.SequenceModel;
import dev.autogen.schema.jpa.EntityModelReader;
import dev.autogen.schema.jpa.EntityScanner;
import dev.autogen.schema.jpa.ScannedEntities;
import dev.autogen.schema.jpa.fixtures.Fixture;
import dev.autogen.testing.OpRunner;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Entities with generated ids, all the way: Hibernate's model, the diff against a real database, the ops run through
 * {@link Operations}, read back by the introspector. After the upgrade nothing is left to do; after the downgrade
 * nothing is left at all.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class SequenceEndToEndIT {

  private static final QualifiedName TICKET_SEQ = QualifiedName.of("ticket_seq");
  private static final QualifiedName SHIPMENT_SEQ = QualifiedName.of("shipment_number_seq");

  private final PostgresIntrospector introspector = new PostgresIntrospector();
  private final IntrospectionFilter filter = IntrospectionFilter.defaults();

  @Test
  void generatedIdsReachAFixpointAndDowngradeToAnEmptyDatabase(TestDatabase db) throws SQLException {
    SchemaModel target = entities("sequences");
    try (Connection connection = db.connect()) {
      SchemaModel empty = introspector.introspect(connection, filter);
      assertThat(empty).isEqualTo(SchemaModel.EMPTY);
      MigrationPlan plan = SchemaDiff.compare(empty, target).plan();
      assertThat(plan.upgradeOps()).hasSize(4).first().isInstanceOf(CreateSequenceOp.class);
      assertThat(plan.upgradeOps().get(2)).isInstanceOf(CreateTableOp.class);

      OpRunner.run(connection, plan.upgradeOps());

      SchemaModel upgraded = introspector.introspect(connection, filter);
      assertThat(upgraded.sequences()).isEqualTo(target.sequences());
      assertThat(SchemaDiff.compare(upgraded, target).plan().upgradeOps()).as("diff after upgrade").isEmpty();
      // what Hibernate's pooled optimizer relies on: the first value, then one allocation further
      assertThat(nextValues(connection, SHIPMENT_SEQ)).containsExactly(1000L, 1010L);
      assertThat(nextValues(connection, TICKET_SEQ)).containsExactly(1L, 51L);

      OpRunner.run(connection, plan.downgradeOps());

      assertThat(introspector.introspect(connection, filter)).isEqualTo(SchemaModel.EMPTY);
    }
  }

  @Test
  void changedAllocationSizeIsAlteredInPlaceWithoutRestarting(TestDatabase db) throws SQLException {
    SchemaModel entities = entities("sequences");
    try (Connection connection = db.connect()) {
      OpRunner.run(connection, SchemaDiff.compare(SchemaModel.EMPTY, entities).plan().upgradeOps());
      assertThat(nextValues(connection, TICKET_SEQ)).containsExactly(1L, 51L);
      SequenceModel ticketSeq = entities.sequence(TICKET_SEQ).orElseThrow();
      SequenceModel changed = ticketSeq.incrementBy(1).startWith(500);
      SchemaModel target = new SchemaModel(entities.tables(), List.of(
          entities.sequence(SHIPMENT_SEQ).orElseThrow(), changed));

      MigrationPlan plan = SchemaDiff.compare(introspector.introspect(connection, filter), target).plan();
      assertThat(plan.upgradeOps()).containsExactly(new AlterSequenceOp(ticketSeq, changed));
      OpRunner.run(connection, plan.upgradeOps());

      SchemaModel altered = introspector.introspect(connection, filter);
      assertThat(SchemaDiff.compare(altered, target).plan().upgradeOps()).isEmpty();
      assertThat(nextValues(connection, TICKET_SEQ)).as("goes on from where it was").containsExactly(52L, 53L);

      OpRunner.run(connection, plan.downgradeOps());
      assertThat(introspector.introspect(connection, filter).sequence(TICKET_SEQ)).contains(ticketSeq);
    }
  }

  private static SchemaModel entities(String scenario) {
    try (ScannedEntities entities =
        EntityScanner.scan(List.of(Fixture.classesDirectory()), List.of(Fixture.scenario(scenario)))) {
      return new EntityModelReader(Map.of()).read(entities).model();
    }
  }

  private static List<Long> nextValues(Connection connection, QualifiedName sequence) throws SQLException {
    String call = "nextval('" + new PostgresDialect().qualify(sequence) + "')";
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT " + call + ", " + call)) {
      row.next();
      return List.of(row.getLong(1), row.getLong(2));
    }
  }
}
