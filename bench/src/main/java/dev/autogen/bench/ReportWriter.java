package dev.autogen.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Renders the results of all sizes as Markdown: the figures, then the goals of the issue against them. */
final class ReportWriter {

  private static final double MIB = 1024.0 * 1024.0;

  private final List<SizeResult> results;
  private final StringBuilder out = new StringBuilder();

  ReportWriter(List<SizeResult> results) {
    this.results = results.stream().sorted(Comparator.comparingInt(SizeResult::n)).toList();
  }

  String write(String title, List<String> context) {
    line("# " + title);
    line("");
    context.forEach(text -> line("- " + text));
    processes();
    phases();
    linearity();
    goals();
    return out.toString();
  }

  private void processes() {
    line("");
    line("## Whole processes (median wall time, median peak RSS)");
    line("");
    line("| N | changed / new tables | ops | autogen revision | Hibernate update script | Hibernate boot"
        + " | Hibernate introspect + generate | pg_dump --schema-only | catalog queries via psql (columns,"
        + " indexes, constraints) |");
    line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (SizeResult r : results) {
      List<String> catalog = new ArrayList<>();
      r.catalog().values().forEach(run -> catalog.add(seconds(run.seconds())));
      line("| %d | %d / %d | %d | %s | %s | %d ms | %d ms | %s | %s |", r.n(), r.changedTables(), r.addedTables(),
          r.ops(), process(r.revision()), process(r.hibernate()), r.hibernateBoot(), r.hibernateUpdate(),
          process(r.pgDump()), String.join(", ", catalog));
    }
  }

  private void phases() {
    line("");
    line("## autogen phases in one JVM (median wall time / peak heap used)");
    line("");
    line("| N | scan | Hibernate boot | introspection | canonicalize checks/defaults | diff | render "
        + "| introspection + canonicalize + diff + render |");
    line("|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (SizeResult r : results) {
      StringBuilder row = new StringBuilder("| " + r.n() + " |");
      PhaseMain.PHASES.forEach(phase -> {
        SizeResult.Phase p = r.phases().get(phase);
        row.append(String.format(Locale.ROOT, " %d ms / %.0f MiB |", p.millis(), p.heapBytes() / MIB));
      });
      row.append(" ").append(r.phaseMillis("introspect", "canonicalize", "diff", "render")).append(" ms |");
      line(row.toString());
    }
  }

  private void linearity() {
    if (results.size() < 2) {
      return;
    }
    SizeResult small = results.get(0);
    SizeResult large = results.get(results.size() - 1);
    line("");
    line("## Linearity from N=%d to N=%d (cost per table at %d / cost per table at %d; 1.0 is linear)",
        small.n(), large.n(), large.n(), small.n());
    line("");
    line("| autogen revision process | scan | Hibernate boot | introspection | canonicalize | diff | render |");
    line("|---:|---:|---:|---:|---:|---:|---:|");
    StringBuilder row = new StringBuilder("| " + ratio(perTable(large, large.revision().seconds())
        / perTable(small, small.revision().seconds())) + " |");
    PhaseMain.PHASES.forEach(phase -> row.append(" ").append(ratio(
        perTable(large, large.phaseMillis(phase)) / perTable(small, Math.max(1, small.phaseMillis(phase)))))
        .append(" |"));
    line(row.toString());
  }

  private void goals() {
    line("");
    line("## Goals of the issue");
    line("");
    line("| goal | measured | met |");
    line("|---|---|---|");
    SizeResult large = results.get(results.size() - 1);
    long ours = large.phaseMillis("introspect", "canonicalize", "diff", "render");
    double speedup = (double) large.hibernateUpdate() / Math.max(1, ours);
    line("| introspection + canonicalize + diff + render >= 3x faster than Hibernate's introspect + generate (N=%d) "
        + "| %d ms vs %d ms: speed-up %s | %s |", large.n(), ours, large.hibernateUpdate(), times(speedup),
        yes(speedup >= 3));
    for (SizeResult r : results) {
      double introspect = r.phases().get("introspect").millis() / 1000.0;
      line("| introspection faster than pg_dump --schema-only (N=%d) | %s vs %s | %s |", r.n(),
          seconds(introspect), seconds(r.pgDump().seconds()), yes(introspect < r.pgDump().seconds()));
    }
    Optional<SizeResult> thousand = results.stream().filter(r -> r.n() == 1000).findFirst();
    thousand.ifPresent(r -> line("| whole autogen revision faster than Hibernate's whole update (N=1000) "
        + "| %s vs %s: speed-up %s | %s |", seconds(r.revision().seconds()), seconds(r.hibernate().seconds()),
        times(r.hibernate().seconds() / r.revision().seconds()),
        yes(r.revision().seconds() < r.hibernate().seconds())));
    double heap = large.peakHeapBytes() / MIB;
    line("| peak heap < 512 MiB (N=%d, largest phase peak; the phases ran with the heap limit above) "
        + "| %.0f MiB | %s |", large.n(), heap, yes(heap < 512));
  }

  private static double perTable(SizeResult r, double cost) {
    return cost / r.n();
  }

  private static String process(SizeResult.Run run) {
    return String.format(Locale.ROOT, "%s, %.0f MiB", seconds(run.seconds()), run.rssMib());
  }

  private static String seconds(double value) {
    return String.format(Locale.ROOT, "%.2f s", value);
  }

  private static String ratio(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  private static String times(double value) {
    return String.format(Locale.ROOT, "%.2fx", value);
  }

  private static String yes(boolean met) {
    return met ? "yes" : "**no**";
  }

  private void line(String format, Object... args) {
    out.append(args.length == 0 ? format : String.format(Locale.ROOT, format, args)).append('\n');
  }
}
