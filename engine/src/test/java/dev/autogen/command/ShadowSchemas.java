package dev.autogen.command;

import dev.autogen.introspect.IntrospectionFilter;
import dev.autogen.introspect.PostgresIntrospector;
import dev.autogen.runtime.RevisionInfo;
import dev.autogen.schema.SchemaModel;
import dev.autogen.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;

/** The schema a project's revisions build on a shadow database, for tests outside this package. */
public final class ShadowSchemas {

  private ShadowSchemas() {
  }

  /**
   * The revisions of {@code config}'s project upgraded to their heads on a shadow database on the test server, read
   * through {@code filter}; the shadow is dropped before this returns.
   */
  public static SchemaModel atHeads(AutogenConfig config, TestDatabase server, IntrospectionFilter filter) {
    AutogenConfig shadowed = config.toBuilder().shadowUrl(shadowUrl(server)).build();
    try (Project project = new Project(shadowed, line -> { }, Clock.systemUTC())) {
      Set<String> heads = project.graph().heads().stream().map(RevisionInfo::id).collect(Collectors.toSet());
      try (ShadowDatabase shadow = ShadowDatabase.upgradedTo(project, heads, "test");
          Connection connection = shadow.connect()) {
        return new PostgresIntrospector().read(connection, filter).schema();
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** The test server as a shadow URL: its own credentials in the URL. */
  public static String shadowUrl(TestDatabase db) {
    return db.jdbcUrl() + (db.jdbcUrl().contains("?") ? "&" : "?") + "user=" + db.user()
        + (db.password() == null ? "" : "&password=" + db.password());
  }
}
