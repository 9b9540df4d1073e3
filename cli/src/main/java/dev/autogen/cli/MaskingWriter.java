package dev.autogen.cli;

import java.io.IOException;
import java.io.Writer;

/**
 * Passes text on a line at a time with every credential masked: whatever reaches the error stream (the
 * {@code ERROR:} line, a {@code --verbose} stack trace with its causes and suppressed exceptions, picocli's usage
 * errors) goes through here, so no path can print a password.
 */
final class MaskingWriter extends Writer {

  private final Writer target;
  private final KnownSecrets secrets;
  private final StringBuilder line = new StringBuilder();

  MaskingWriter(Writer target, KnownSecrets secrets) {
    this.target = target;
    this.secrets = secrets;
  }

  @Override
  public synchronized void write(char[] buffer, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      line.append(buffer[i]);
      if (buffer[i] == '\n') {
        writeLine();
      }
    }
  }

  // a partial line is masked as it stands: a flush before its end is rare (a prompt), and it is never a trace
  @Override
  public synchronized void flush() throws IOException {
    writeLine();
    target.flush();
  }

  @Override
  public synchronized void close() throws IOException {
    flush();
    target.close();
  }

  private void writeLine() throws IOException {
    if (line.length() > 0) {
      target.write(secrets.mask(line.toString()));
      line.setLength(0);
    }
  }
}
