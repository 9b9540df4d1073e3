package dev.autogen.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.runtime.Autogen;
import dev.autogen.spring.fixtures.Book;
import dev.autogen.spring.fixtures.BookRepository;
import dev.autogen.spring.fixtures.FixtureApplication;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real application context on the embedded PostgreSQL: the auto-configuration upgrades the database before JPA
 * validates its entities against it ({@code ddl-auto=validate}), from the migrations compiled with the application.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class AutogenAutoConfigurationIT {

  private static final String MIGRATIONS = "classpath:dev/autogen/spring/fixtures/migrations";
  private static final String BROKEN = "classpath:dev/autogen/spring/fixtures/broken";
  private static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";

  @Test
  void upgradesAtStartupBeforeJpaAndTheRepositoryRoundTrips(TestDatabase db) throws Exception {
    try (ConfigurableApplicationContext context = start(db, MIGRATIONS)) {
      assertThat(query(db, "SELECT version_num FROM autogen_version")).containsExactly("1b00c0000002");
      assertThat(context.getBean(AutogenMigrationInitializer.class).result().steps()).hasSize(2);

      BookRepository books = context.getBean(BookRepository.class);
      assertThat(books.findAll()).extracting(Book::getTitle).containsExactlyInAnyOrder(
          "Structure and Interpretation of Computer Programs", "A Discipline of Programming");
      books.save(new Book(3L, "The Art of Computer Programming"));
      assertThat(books.findById(3L)).map(Book::getTitle).hasValue("The Art of Computer Programming");

      Health health = context.getBean(AutogenHealthIndicator.class).health();
      assertThat(health.getStatus()).isEqualTo(Status.UP);
      assertThat(health.getDetails()).containsEntry("current", java.util.Set.of("1b00c0000002"))
          .containsEntry("pending", List.of());
    }
  }

  @Test
  void aFailingRevisionStopsStartupNamingTheRevisionAndTheStatement(TestDatabase db) throws Exception {
    Throwable failure = catchStartup(db);
    assertThat(failure).as("startup must fail").isNotNull();
    assertThat(failure).rootCause().isInstanceOf(org.postgresql.util.PSQLException.class);
    AutogenStartupException startup = findCause(failure, AutogenStartupException.class);
    assertThat(startup).as("an AutogenStartupException among the causes of %s", failure).isNotNull();
    assertThat(startup.getMessage())
        .startsWith("autogen could not upgrade the database to 'head': Revision 2b00c0000002"
            + " (dev.autogen.spring.fixtures.broken.R2b00c0000002_Broken) failed: ERROR: column \"label\" of relation"
            + " \"shelf\" already exists")
        .endsWith("; statement: ALTER TABLE shelf ADD COLUMN label text");
    // the revision before it stays applied; the failing one left nothing behind
    assertThat(query(db, "SELECT version_num FROM autogen_version")).containsExactly("2b00c0000001");
    assertThat(query(db, "SELECT column_name FROM information_schema.columns WHERE table_name = 'shelf'"))
        .containsExactly("id");
  }

  /**
   * Spring Boot's logging set-up is one per JVM and not made for applications starting in parallel in it: the
   * contexts here use no logging system, as each of eight JVMs would have its own.
   */
  @Test
  void eightContextsStartingAtOnceApplyEachRevisionOnce(TestDatabase db) throws Exception {
    String loggingSystem = System.setProperty(LOGGING_SYSTEM, "none");
    try {
      startEightAtOnce(db);
    } finally {
      if (loggingSystem == null) {
        System.clearProperty(LOGGING_SYSTEM);
      } else {
        System.setProperty(LOGGING_SYSTEM, loggingSystem);
      }
    }
  }

  private static void startEightAtOnce(TestDatabase db) throws Exception {
    int instances = 8;
    ExecutorService pool = Executors.newFixedThreadPool(instances);
    CountDownLatch ready = new CountDownLatch(instances);
    List<Future<ConfigurableApplicationContext>> started = new ArrayList<>();
    try {
      for (int i = 0; i < instances; i++) {
        Callable<ConfigurableApplicationContext> instance = () -> {
          ready.countDown();
          ready.await();
          return start(db, MIGRATIONS);
        };
        started.add(pool.submit(instance));
      }
      int upgraded = 0;
      for (Future<ConfigurableApplicationContext> context : started) {
        try (ConfigurableApplicationContext running = context.get(5, TimeUnit.MINUTES)) {
          upgraded += running.getBean(AutogenMigrationInitializer.class).result().steps().size();
          assertThat(running.getBean(BookRepository.class).count()).isEqualTo(2);
        }
      }
      assertThat(upgraded).isEqualTo(2);
      assertThat(query(db, "SELECT revision || ' ' || action FROM autogen_version_history ORDER BY id"))
          .containsExactly("1b00c0000001 upgrade", "1b00c0000002 upgrade");
      assertThat(query(db, "SELECT count(*) FROM book")).containsExactly("2");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void disabledLeavesTheDatabaseAlone(TestDatabase db) throws Exception {
    try (ConfigurableApplicationContext context = builder(db, MIGRATIONS)
        .properties("autogen.enabled=false", "spring.jpa.hibernate.ddl-auto=none").run()) {
      assertThat(context.getBeanNamesForType(Autogen.class)).isEmpty();
      assertThat(query(db, "SELECT to_regclass('autogen_version')::text")).containsExactly((String) null);
    }
  }

  @Test
  void theStatementLockTimeoutAndRetriesAreBoundFromTheProperties(TestDatabase db) throws Exception {
    try (ConfigurableApplicationContext context = builder(db, MIGRATIONS).properties(
        "autogen.statement-lock-timeout=2s", "autogen.lock-retries=3", "autogen.lock-retry-delay=100ms").run()) {
      assertThat(query(db, "SELECT version_num FROM autogen_version")).containsExactly("1b00c0000002");
    }
    Throwable failure = null;
    try (ConfigurableApplicationContext context =
        builder(db, MIGRATIONS).properties("autogen.lock-retries=3").run()) {
      // not reached: retries without a timeout are refused when the Autogen bean is made
    } catch (RuntimeException e) {
      failure = e;
    }
    assertThat(failure).as("startup must fail").isNotNull();
    assertThat(failure).rootCause().isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("lockRetries(3) needs a statementLockTimeout");
  }

  private static ConfigurableApplicationContext start(TestDatabase db, String locations) {
    return builder(db, locations).run();
  }

  private static Throwable catchStartup(TestDatabase db) {
    try (ConfigurableApplicationContext context = start(db, BROKEN)) {
      return null;
    } catch (RuntimeException e) {
      return e;
    }
  }

  private static SpringApplicationBuilder builder(TestDatabase db, String locations) {
    return new SpringApplicationBuilder(FixtureApplication.class)
        .web(WebApplicationType.NONE)
        .properties(
            "spring.datasource.url=" + db.jdbcUrl(),
            "spring.datasource.username=" + db.user(),
            "spring.datasource.password=" + db.password(),
            "spring.datasource.hikari.maximum-pool-size=3",
            "spring.jpa.hibernate.ddl-auto=validate",
            "spring.main.banner-mode=off",
            "autogen.locations=" + locations,
            "autogen.lock-timeout=120s");
  }

  private static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }

  private static List<String> query(TestDatabase db, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection connection = db.connect(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}
