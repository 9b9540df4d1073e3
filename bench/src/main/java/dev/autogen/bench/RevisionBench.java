package dev.autogen.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code autogen revision} benchmark: {@code RevisionBench <N>...}, configured by the system properties of
 * {@link BenchSettings} and {@code bench.out} (the Markdown report). Run by {@code bench/run-revision-bench.sh}.
 */
public final class RevisionBench {

  private RevisionBench() {
  }

  public static void main(String[] args) throws Exception {
    BenchSettings settings = BenchSettings.fromSystemProperties();
    List<SizeResult> results = new ArrayList<>();
    for (String n : args) {
      results.add(new SizeBench(settings, Integer.parseInt(n)).run());
    }
    String report = new ReportWriter(results)
        .write("autogen revision benchmark, " + LocalDate.now(), context(settings));
    Path out = Path.of(System.getProperty("bench.out", "revision-bench.md"));
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, report);
    System.out.print(report);
  }

  private static List<String> context(BenchSettings settings) {
    return List.of(
        "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
            + System.getProperty("java.version") + ", " + System.getProperty("os.name") + "; "
            + System.getProperty("bench.context", "PostgreSQL 15 on 127.0.0.1"),
        "Models: N tables of 14 columns (identity key, varchar, integer, numeric(12,2), boolean, date, timestamp,"
            + " timestamptz, uuid, bytea, enum as varchar, double, a many-to-one foreign key), two indexes, a"
            + " unique constraint and two defaults each. The database holds the base model (created from"
            + " Hibernate's own create script); the entities are the changed model: 5% of the tables get an"
            + " added, a dropped and a retyped column and a new index, 1% are new.",
        "Every figure is the median of " + settings.runs() + " runs; the in-process phases after one warm-up. The"
            + " Hibernate processes use the same JVM options as the autogen launcher (-Xshare:auto"
            + " -XX:TieredStopAtLevel=1) and its default heap; the in-process phases ran with "
            + (settings.phaseJvmOptions().isEmpty() ? "the default heap" : String.join(" ", settings.phaseJvmOptions()))
            + ".",
        "Hibernate's update only adds (tables, columns, indexes, keys); it neither drops nor retypes, so it"
            + " does less than autogen's diff.");
  }
}
