import dev.autogen.embedded.EmbeddedServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

/**
 * The walk-through's stand-in for psql: prints the columns of table "user" and its rows, from the embedded
 * PostgreSQL in .autogen/pgdata. With {@code --insert USERNAME EMAIL} it first adds a user.
 * Run with: java -cp cli/target/autogen.jar ShowUsers.java [--insert USERNAME EMAIL]
 */
public class ShowUsers {

  public static void main(String[] args) throws Exception {
    try (EmbeddedServer postgres = EmbeddedServer.start(Path.of(".autogen", "pgdata"), Duration.ofSeconds(60),
            System.err::println);
        Connection connection = postgres.connect()) {
      if (args.length == 3 && args[0].equals("--insert")) {
        try (PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO \"user\" (username, email, created_at) VALUES (?, ?, now())")) {
          insert.setString(1, args[1]);
          insert.setString(2, args[2]);
          insert.executeUpdate();
        }
      }
      try (Statement statement = connection.createStatement()) {
        StringBuilder columns = new StringBuilder();
        try (ResultSet rs = statement.executeQuery(
            "SELECT column_name, data_type, is_nullable FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND table_name = 'user' ORDER BY ordinal_position")) {
          while (rs.next()) {
            columns.append(String.format("  %-14s %-26s %s%n", rs.getString(1), rs.getString(2),
                rs.getString(3).equals("YES") ? "null" : "not null"));
          }
        }
        System.out.print("Table \"user\":\n" + columns);
        try (ResultSet rs = statement.executeQuery("SELECT * FROM \"user\" ORDER BY id")) {
          int count = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            StringBuilder row = new StringBuilder("  row:");
            for (int i = 1; i <= count; i++) {
              row.append(' ').append(rs.getMetaData().getColumnName(i)).append('=').append(rs.getString(i));
            }
            System.out.println(row);
          }
        }
      }
    }
  }
}
