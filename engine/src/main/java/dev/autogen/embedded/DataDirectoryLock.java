package dev.autogen.embedded;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;

/**
 * One process at a time on a data directory: an operating-system lock on a file beside it, which the system frees
 * when the process dies however it dies. A second process waits up to its lock timeout, then fails naming the
 * holder, whose pid the file holds.
 */
final class DataDirectoryLock implements AutoCloseable {

  private static final Duration POLL = Duration.ofMillis(100);

  private final FileChannel channel;
  private final FileLock lock;

  private DataDirectoryLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static DataDirectoryLock acquire(Path lockFile, Duration timeout, Path dataDirectory) {
    try {
      OwnerOnly.createDirectories(lockFile.getParent());
      FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      try {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
          FileLock lock = tryLock(channel);
          if (lock != null) {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(false);
            return new DataDirectoryLock(channel, lock);
          }
          if (!Instant.now().isBefore(deadline)) {
            throw new EmbeddedServerException("the embedded PostgreSQL in " + dataDirectory
                + " is in use by another autogen process (pid " + holder(channel) + "); waited " + timeout.toSeconds()
                + " s (lock_timeout, --lock-timeout)");
          }
          Thread.sleep(POLL.toMillis());
        }
      } catch (RuntimeException | IOException | InterruptedException e) {
        channel.close();
        if (e instanceof InterruptedException) {
          Thread.currentThread().interrupt();
        }
        throw e;
      }
    } catch (IOException e) {
      throw new EmbeddedServerException("cannot lock " + lockFile + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      throw new EmbeddedServerException("interrupted while waiting for the lock on " + lockFile, e);
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null; // held by another thread of this process
    }
  }

  private static String holder(FileChannel channel) throws IOException {
    ByteBuffer content = ByteBuffer.allocate(32);
    channel.read(content, 0);
    String pid = new String(content.array(), 0, content.position(), StandardCharsets.US_ASCII).strip();
    return pid.matches("\\d+") ? pid : "unknown";
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new EmbeddedServerException("cannot release the lock on the embedded PostgreSQL: " + e.getMessage(), e);
    }
  }
}
