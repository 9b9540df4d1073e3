package dev.autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.script.MigrationLoader;
import dev.autogen.script.MigrationSources;
import dev.autogen.script.ScriptDirectory;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two sessions against a migration: session A holds a lock on the table in a long transaction, session B keeps
 * inserting. With a statement lock timeout, the migration's statement that needs a stronger lock than A's gives up
 * after the timeout, so B (queued behind it) is never held up longer; it is retried until A commits. With the
 * retries used up, the revision fails and the database stays at the revision before it.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class StatementLockTimeoutIT {

  private static final String CREATE = "0a0000000001";
  private static final String ADD_COLUMN = "0a0000000002";
  private static final String INDEX = "0a0000000003";
  private static final Duration LOCK_TIMEOUT = Duration.ofMillis(300);
  // what the machine may add to a wait of LOCK_TIMEOUT: a correctness bound, not a speed measurement
  private static final Duration SCHEDULING_MARGIN = Duration.ofMillis(1500);

  @TempDir
  Path location;

  private final List<String> report = new CopyOnWriteArrayList<>();

  @BeforeEach
  void writeMigrations() throws Exception {
    MigrationSources sources = new MigrationSources(location);
    sources.write(CREATE, null, "create item",
        "op.createTable(\"item\", column(\"id\", bigint()).notNull(), column(\"n\", integer()));",
        "op.dropTable(\"item\");");
    sources.write(ADD_COLUMN, CREATE, "add note", "op.addColumn(\"item\", column(\"note\", text()));",
        "op.dropColumn(\"item\", \"note\");");
    sources.writeWithoutTransaction(INDEX, ADD_COLUMN, "index n",
        "op.execute(\"CREATE INDEX CONCURRENTLY item_n_idx ON item (n)\");",
        "op.execute(\"DROP INDEX CONCURRENTLY item_n_idx\");");
  }

  private Autogen autogen(TestDatabase db, int retries) {
    return Autogen.configure()
        .connections(db::connect)
        .revisions(new MigrationLoader().load(new ScriptDirectory(location).sources()))
        .statementLockTimeout(LOCK_TIMEOUT)
        .lockRetries(retries)
        .lockRetryDelay(Duration.ofMillis(100))
        .reporter(report::add)
        .load();
  }

  @Test
  void anAlterWaitingBehindALongTransactionNeverHoldsUpWritersAndSucceedsOnceItCommits(TestDatabase db)
      throws Exception {
    Autogen autogen = autogen(db, 50);
    autogen.upgrade(CREATE);
    seed(db);

    Contention contention = underContention(db, () -> autogen.upgrade(ADD_COLUMN), 4);

    assertThat(contention.migration()).isNull();
    assertThat(autogen.current()).containsExactly(ADD_COLUMN);
    assertThat(retryLines(ADD_COLUMN)).hasSizeGreaterThanOrEqualTo(4).allSatisfy(line -> assertThat(line)
        .contains("lock_timeout (300ms) ran out on statement 'ALTER TABLE item ADD COLUMN note text'")
        .contains("waiting for pid " + contention.holderPid()));
    contention.assertWriterNeverHeldUpLongerThanTheTimeout();
    assertThat(appliedRows(db, ADD_COLUMN)).isEqualTo(1);
  }

  /** The control: the contention above is real, so the bound on the writer's waits is what the timeout achieves. */
  @Test
  void withoutAStatementLockTimeoutTheWriterWaitsAsLongAsTheLongTransaction(TestDatabase db) throws Exception {
    Autogen plain = Autogen.configure()
        .connections(db::connect)
        .revisions(new MigrationLoader().load(new ScriptDirectory(location).sources()))
        .load();
    plain.upgrade(CREATE);
    seed(db);
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicLong longest = new AtomicLong();
    Duration held = LOCK_TIMEOUT.plus(SCHEDULING_MARGIN).multipliedBy(2);
    try (Connection holder = db.connect(); Statement holding = holder.createStatement()) {
      holder.setAutoCommit(false);
      holding.executeQuery("SELECT count(*) FROM item").close();
      CompletableFuture<Void> migrating = CompletableFuture.runAsync(() -> plain.upgrade(ADD_COLUMN));
      awaitWaitingAlter(db);
      CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> write(db, writing, new AtomicLong(), longest));
      Thread.sleep(held.toMillis());
      holder.commit();
      migrating.get(60, TimeUnit.SECONDS);
      writing.set(false);
      writer.get(60, TimeUnit.SECONDS);
    }
    assertThat(Duration.ofNanos(longest.get())).as("longest insert").isGreaterThan(LOCK_TIMEOUT.plus(SCHEDULING_MARGIN));
  }

  // the ALTER TABLE is queued for its lock once pg_locks shows an ungranted AccessExclusiveLock on the table
  private static void awaitWaitingAlter(TestDatabase db) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
      while (System.nanoTime() < deadline) {
        try (ResultSet waiting = statement.executeQuery("SELECT count(*) FROM pg_locks WHERE NOT granted"
            + " AND mode = 'AccessExclusiveLock' AND relation = 'item'::regclass")) {
          waiting.next();
          if (waiting.getInt(1) > 0) {
            return;
          }
        }
        Thread.sleep(20);
      }
    }
    throw new AssertionError("the ALTER TABLE never queued for its lock");
  }

  @Test
  void aConcurrentIndexBuildThatRanOutOfTimeDropsItsInvalidIndexAndIsTriedAgain(TestDatabase db) throws Exception {
    Autogen autogen = autogen(db, 50);
    autogen.upgrade(ADD_COLUMN);
    seed(db);

    Contention contention = underContention(db, () -> autogen.upgrade(INDEX), 2);

    assertThat(contention.migration()).isNull();
    assertThat(autogen.current()).containsExactly(INDEX);
    assertThat(retryLines(INDEX)).hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(line -> assertThat(line).contains("the statement alone is tried again"));
    assertThat(report).contains("Dropping the invalid index item_n_idx the interrupted build left behind");
    try (Connection connection = db.connect(); Statement statement = connection.createStatement();
        ResultSet valid = statement.executeQuery("SELECT i.indisvalid FROM pg_index i"
            + " WHERE i.indexrelid = 'item_n_idx'::regclass")) {
      assertThat(valid.next()).isTrue();
      assertThat(valid.getBoolean(1)).isTrue();
    }
    contention.assertWriterNeverHeldUpLongerThanTheTimeout();
  }

  @Test
  void withTheRetriesUsedUpTheRevisionFailsNamingStatementAndBlockerAndLeavesThePreviousRevision(TestDatabase db)
      throws Exception {
    Autogen autogen = autogen(db, 2);
    autogen.upgrade(CREATE);
    seed(db);

    try (Connection holder = db.connect(); Statement statement = holder.createStatement()) {
      holder.setAutoCommit(false);
      statement.executeQuery("SELECT count(*) FROM item").close();
      int pid = pid(holder);

      assertThatThrownBy(() -> autogen.upgrade("head"))
          .isInstanceOf(MigrationFailedException.class)
          .hasMessageStartingWith("Revision " + ADD_COLUMN + " (")
          .hasMessageContaining("upgrade step: lock_timeout (300ms) ran out 3 times on statement"
              + " 'ALTER TABLE item ADD COLUMN note text' (waiting for pid " + pid + " ");
      holder.rollback();
    }
    assertThat(retryLines(ADD_COLUMN)).hasSize(2);
    assertThat(autogen.current()).containsExactly(CREATE);
    assertThat(appliedRows(db, ADD_COLUMN)).isZero();
    try (Connection connection = db.connect(); Statement statement = connection.createStatement();
        ResultSet column = statement.executeQuery("SELECT count(*) FROM information_schema.columns"
            + " WHERE table_name = 'item' AND column_name = 'note'")) {
      column.next();
      assertThat(column.getInt(1)).isZero();
    }
  }

  @Test
  void withoutAStatementLockTimeoutNothingIsSetNorRetried(TestDatabase db) throws Exception {
    Autogen plain = Autogen.configure()
        .connections(db::connect)
        .revisions(new MigrationLoader().load(new ScriptDirectory(location).sources()))
        .reporter(report::add)
        .load();
    plain.upgrade("head");
    assertThat(report).noneMatch(line -> line.contains("lock_timeout"));
    assertThatThrownBy(() -> Autogen.configure().connections(db::connect).revisions(List.of()).lockRetries(3).load())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("lockRetries(3) needs a statementLockTimeout");
  }

  /** What happened while session A held its lock and session B inserted. */
  private record Contention(Throwable migration, int holderPid, long insertsDuring, long longestInsertNanos) {

    void assertWriterNeverHeldUpLongerThanTheTimeout() {
      assertThat(insertsDuring).as("inserts while the migration waited").isPositive();
      assertThat(Duration.ofNanos(longestInsertNanos)).as("longest insert")
          .isLessThan(LOCK_TIMEOUT.plus(SCHEDULING_MARGIN));
    }
  }

  /**
   * Runs {@code migration} while session A holds {@code ACCESS SHARE} on the table in an open transaction and session
   * B inserts rows one by one; A commits once the migration reported {@code retries} retries.
   */
  private Contention underContention(TestDatabase db, Runnable migration, int retries) throws Exception {
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicLong inserts = new AtomicLong();
    AtomicLong longest = new AtomicLong();
    try (Connection holder = db.connect(); Statement holding = holder.createStatement()) {
      holder.setAutoCommit(false);
      holding.executeQuery("SELECT count(*) FROM item").close();
      int pid = pid(holder);
      CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> write(db, writing, inserts, longest));
      CompletableFuture<Void> migrating = CompletableFuture.runAsync(migration);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (retryLines(null).size() < retries && !migrating.isDone() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      long insertsWhileHeld = inserts.get();
      holder.commit();
      Throwable failure = null;
      try {
        migrating.get(60, TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException e) {
        failure = e.getCause();
      }
      writing.set(false);
      writer.get(60, TimeUnit.SECONDS);
      return new Contention(failure, pid, insertsWhileHeld, longest.get());
    }
  }

  private static void write(TestDatabase db, AtomicBoolean writing, AtomicLong inserts, AtomicLong longest) {
    try (Connection writer = db.connect(); Statement statement = writer.createStatement()) {
      for (long i = 0; writing.get(); i++) {
        long start = System.nanoTime();
        statement.executeUpdate("INSERT INTO item (id, n) VALUES (" + (1000 + i) + ", " + (i % 10) + ")");
        longest.accumulateAndGet(System.nanoTime() - start, Math::max);
        inserts.incrementAndGet();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<String> retryLines(String revision) {
    return report.stream()
        .filter(line -> line.startsWith("Revision " + (revision == null ? "" : revision)) && line.contains(", retry "))
        .toList();
  }

  private static void seed(TestDatabase db) throws SQLException {
    try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
      statement.executeUpdate("INSERT INTO item (id, n) SELECT g, g % 10 FROM generate_series(1, 500) g");
    }
  }

  private static int pid(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
      row.next();
      return row.getInt(1);
    }
  }

  private static int appliedRows(TestDatabase db, String revision) throws SQLException {
    try (Connection connection = db.connect(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM autogen_version_history"
            + " WHERE revision = '" + revision + "' AND action = 'upgrade'")) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
