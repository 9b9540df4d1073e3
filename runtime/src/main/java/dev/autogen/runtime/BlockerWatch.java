package dev.autogen.runtime;

import dev.autogen.dialect.LockWaits;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Finds out whom a statement waits for. Once its lock wait fails, PostgreSQL no longer says who was in the way, so a
 * watch looks while it is still waiting: three quarters into the {@code lock_timeout}, one query of
 * {@code pg_blocking_pids} on another connection (the migration lock's, idle while the migration runs). A statement
 * that finishes sooner costs a scheduled task, cancelled.
 */
abstract class BlockerWatch implements AutoCloseable {

  /** Sees nothing: the lock retries still work, their messages name no session. */
  static final BlockerWatch NONE = new BlockerWatch() {
    @Override
    Watching watch(Duration timeout) {
      return new Watching() {
        @Override
        public List<LockHolder> blockers() {
          return List.of();
        }

        @Override
        public void stop() {
        }
      };
    }

    @Override
    public void close() {
    }
  };

  /** One statement under watch. */
  interface Watching {

    /** The sessions seen blocking the statement; empty when it was not seen waiting. */
    List<LockHolder> blockers();

    void stop();
  }

  /** Starts watching a statement about to run with {@code timeout} as its {@code lock_timeout}. */
  abstract Watching watch(Duration timeout);

  @Override
  public abstract void close();

  /** Watches the backend of {@code watched} from {@code probe}, a connection nothing else uses meanwhile. */
  static BlockerWatch probing(Connection watched, Connection probe) throws SQLException {
    int pid;
    try (Statement statement = watched.createStatement();
        ResultSet row = statement.executeQuery(LockWaits.backendPid())) {
      row.next();
      pid = row.getInt(1);
    }
    return new Probing(probe, pid);
  }

  private static final class Probing extends BlockerWatch {

    private final Connection probe;
    private final int pid;
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
      Thread thread = new Thread(task, "autogen-lock-wait-watch");
      thread.setDaemon(true);
      return thread;
    });

    Probing(Connection probe, int pid) {
      this.probe = probe;
      this.pid = pid;
      timer.setRemoveOnCancelPolicy(true); // one task per statement: those that were not needed must not pile up
    }

    @Override
    Watching watch(Duration timeout) {
      ScheduledFuture<List<LockHolder>> look = timer.schedule(this::blockers, timeout.toMillis() * 3 / 4,
          TimeUnit.MILLISECONDS);
      return new Watching() {
        @Override
        public List<LockHolder> blockers() {
          try {
            return look.get(1, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
          } catch (ExecutionException | TimeoutException | CancellationException e) {
            return List.of(); // naming the blocker is a courtesy: the failure is reported without it
          }
        }

        @Override
        public void stop() {
          look.cancel(false);
        }
      };
    }

    private List<LockHolder> blockers() throws SQLException {
      List<LockHolder> holders = new ArrayList<>();
      try (Statement statement = probe.createStatement();
          ResultSet rows = statement.executeQuery(LockWaits.blockingSessions(pid))) {
        while (rows.next()) {
          holders.add(new LockHolder(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getString(4)));
        }
      }
      return holders;
    }

    // the probe connection goes back to its owner only once no look can still be running on it
    @Override
    public void close() {
      timer.shutdownNow();
      try {
        timer.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
