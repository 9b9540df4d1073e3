package dev.autogen.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One holder at a time; the next waits up to its timeout and then names the holder. */
class DataDirectoryLockTest {

  @TempDir
  Path directory;

  @Test
  void aSecondHolderGivesUpAfterItsTimeoutNamingTheHolderPid() throws Exception {
    Path lockFile = directory.resolve("pgdata.lock");
    Path data = directory.resolve("pgdata");
    try (DataDirectoryLock held = DataDirectoryLock.acquire(lockFile, Duration.ZERO, data)) {
      assertThat(Files.readString(lockFile)).isEqualTo(ProcessHandle.current().pid() + "\n");
      assertThatThrownBy(() -> DataDirectoryLock.acquire(lockFile, Duration.ofMillis(300), data))
          .isInstanceOf(EmbeddedServerException.class)
          .hasMessage("the embedded PostgreSQL in " + data + " is in use by another autogen process (pid "
              + ProcessHandle.current().pid() + "); waited 0 s (lock_timeout, --lock-timeout)");
    }
    DataDirectoryLock.acquire(lockFile, Duration.ZERO, data).close();
  }

  @Test
  void aSecondHolderWaitsForTheFirstToRelease() throws Exception {
    Path lockFile = directory.resolve("pgdata.lock");
    Path data = directory.resolve("pgdata");
    DataDirectoryLock first = DataDirectoryLock.acquire(lockFile, Duration.ZERO, data);
    CountDownLatch waiting = new CountDownLatch(1);
    CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> {
      waiting.countDown();
      try (DataDirectoryLock lock = DataDirectoryLock.acquire(lockFile, Duration.ofMinutes(1), data)) {
        return true;
      }
    });
    assertThat(waiting.await(1, TimeUnit.MINUTES)).isTrue();
    assertThat(second).isNotDone();
    first.close();
    assertThat(second.get(1, TimeUnit.MINUTES)).isTrue();
  }
}
