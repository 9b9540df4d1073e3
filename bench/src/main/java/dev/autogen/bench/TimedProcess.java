package dev.autogen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a command under {@code /usr/bin/time -f "%e %M"}: its wall time and its peak resident set size.
 *
 * @param seconds elapsed wall time
 * @param rssKib  peak resident set size in KiB
 * @param stdout  what the command printed
 */
record TimedProcess(double seconds, long rssKib, String stdout) {

  static TimedProcess run(List<String> command, Path workDir) throws IOException, InterruptedException {
    Path timing = Files.createTempFile("bench-time", ".txt");
    Path stdout = Files.createTempFile("bench-out", ".txt");
    Path stderr = Files.createTempFile("bench-err", ".txt");
    try {
      List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %M", "-o", timing.toString()));
      timed.addAll(command);
      int exit = new ProcessBuilder(timed).directory(workDir.toFile())
          .redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
          .start().waitFor();
      if (exit != 0) {
        throw new IllegalStateException("exit " + exit + " from " + String.join(" ", command) + "\n"
            + Files.readString(stdout) + Files.readString(stderr));
      }
      List<String> lines = Files.readAllLines(timing);
      String[] fields = lines.get(lines.size() - 1).trim().split(" ");
      return new TimedProcess(Double.parseDouble(fields[0]), Long.parseLong(fields[1]), Files.readString(stdout));
    } finally {
      Files.deleteIfExists(timing);
      Files.deleteIfExists(stdout);
      Files.deleteIfExists(stderr);
    }
  }

  double rssMib() {
    return rssKib / 1024.0;
  }
}
