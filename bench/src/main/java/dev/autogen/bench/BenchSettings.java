package dev.autogen.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * What the harness needs to know, from system properties set by {@code bench/run-revision-bench.sh}.
 *
 * @param postgres        the cluster
 * @param autogen         the {@code autogen} launcher
 * @param work            where models, databases' scripts and projects go
 * @param runs            measured runs per contender (the median is reported)
 * @param phaseJvmOptions options for the JVM of the in-process phases ({@code bench.phaseJvm}, default
 *                        {@code -Xmx512m}: the heap goal of the issue)
 */
record BenchSettings(Postgres postgres, Path autogen, Path work, int runs, List<String> phaseJvmOptions) {

  static BenchSettings fromSystemProperties() {
    Postgres postgres = new Postgres(Path.of(required("bench.pgbin")),
        Integer.parseInt(required("bench.port")), required("bench.user"));
    String jvm = System.getProperty("bench.phaseJvm", "-Xmx512m").trim();
    return new BenchSettings(postgres, Path.of(required("bench.autogen")).toAbsolutePath(),
        Path.of(required("bench.work")).toAbsolutePath(), Integer.getInteger("bench.runs", 3),
        jvm.isEmpty() ? List.of() : Arrays.asList(jvm.split("\\s+")));
  }

  private static String required(String key) {
    String value = System.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("system property " + key + " is not set");
    }
    return value;
  }
}
