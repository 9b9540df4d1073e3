package dev.autogen.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.op.DropColumnOp;
import dev.autogen.op.DropEnumTypeOp;
import dev.autogen.op.EnumColumn;
import dev.autogen.op.RecreateEnumTypeOp;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.EnumTypeModel;
import dev.autogen.schema.QualifiedName;
import dev.autogen.testing.OpRunner;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A database whose enum type Hibernate's own export created carries two implicit casts to and from varchar, which
 * would keep a plain {@code DROP TYPE} from dropping it: recreating and dropping the type work all the same.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class HibernateEnumCastsIT {

  private static final QualifiedName MOOD = QualifiedName.of("mood");
  private static final QualifiedName PERSON = QualifiedName.of("person");

  @Test
  void typeWithHibernatesCastsIsRecreatedWithThemAndDropped(TestDatabase db) throws SQLException {
    try (Connection connection = db.connect()) {
      // what Hibernate 7.4's schema export writes for a NAMED_ENUM mapping
      execute(connection, "create type mood as enum ('HAPPY','OK','SAD')");
      execute(connection, "create cast (varchar as mood) with inout as implicit");
      execute(connection, "create cast (mood as varchar) with inout as implicit");
      execute(connection, "create table person (id integer primary key, mood mood)");
      execute(connection, "insert into person values (1, 'OK')");

      OpRunner.run(connection, new RecreateEnumTypeOp(EnumTypeModel.of(MOOD, "HAPPY", "OK", "SAD"),
          EnumTypeModel.of(MOOD, "HAPPY", "OK"), List.of(EnumColumn.of(PERSON, "mood"))));

      assertThat(casts(connection)).containsExactlyInAnyOrder("character varying -> mood", "mood -> character varying");
      assertThat(query(connection, "select mood::text from person")).containsExactly("OK");

      OpRunner.run(connection, new DropColumnOp(PERSON, "mood", ColumnModel.of("mood", new ColumnType("mood"))),
          new DropEnumTypeOp(MOOD, EnumTypeModel.of(MOOD, "HAPPY", "OK")));

      assertThat(query(connection, "select typname::text from pg_type where typtype = 'e'")).isEmpty();
      assertThat(casts(connection)).isEmpty();
    }
  }

  private static List<String> casts(Connection connection) throws SQLException {
    return query(connection, "select castsource::regtype || ' -> ' || casttarget::regtype from pg_cast"
        + " where castsource in (select oid from pg_type where typtype = 'e')"
        + " or casttarget in (select oid from pg_type where typtype = 'e')");
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static List<String> query(Connection connection, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}
