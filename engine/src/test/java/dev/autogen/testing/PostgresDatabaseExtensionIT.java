package dev.autogen.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresDatabaseExtension.class)
class PostgresDatabaseExtensionIT {

  @Test
  void eachTestGetsItsOwnEmptyDatabase(TestDatabase first, TestDatabase second) throws Exception {
    assertThat(first.name()).isNotEqualTo(second.name());
    try (Connection connection = first.connect(); Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE t (id integer)");
      try (ResultSet rs = statement.executeQuery("SELECT current_database(), version()")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo(first.name());
        assertThat(rs.getString(2)).startsWith("PostgreSQL");
      }
    }
    try (Connection connection = second.connect(); Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
      rs.next();
      assertThat(rs.getInt(1)).isZero();
    }
  }
}
