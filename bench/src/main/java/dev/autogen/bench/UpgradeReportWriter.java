package dev.autogen.bench;

import dev.autogen.bench.SizeResult.Run;
import java.util.Locale;

/** Renders the upgrade benchmark as Markdown: the figures, then the goals of the issue against them. */
final class UpgradeReportWriter {

  private final UpgradeResult result;
  private final int runs;
  private final int queryRuns;
  private final StringBuilder out = new StringBuilder();

  UpgradeReportWriter(UpgradeResult result, int runs, int queryRuns) {
    this.result = result;
    this.runs = runs;
    this.queryRuns = queryRuns;
  }

  String write(String title, String context) {
    line("# " + title);
    line("");
    line("- Machine: %d cores, Java %s, %s; %s", Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"), System.getProperty("os.name"), context);
    line("- Chain: %d revisions, each `createTable` (bigint key), `addColumn` (varchar(100)) and `createIndex`;"
        + " Flyway runs the same DDL from %d SQL files `V1__t_0001.sql` ...", result.length(), result.length());
    line("- Upgrades and Flyway's migrate: median of %d runs, each on a fresh empty database. Cold: the compile"
        + " cache `.autogen/classes` deleted first; warm: kept from the run before. Flyway 13.12.1 runs in its own"
        + " JVM with the autogen launcher's options (-Xshare:auto -XX:TieredStopAtLevel=1).", runs);
    line("- `current` and `history`: median of %d runs; the chain's database at head, the sample app's embedded"
        + " PostgreSQL upgraded to head first.", queryRuns);
    line("");
    line("## Whole processes (median wall time, median peak RSS)");
    line("");
    line("| command | %d-revision chain | sample app (embedded) |", result.length());
    line("|---|---:|---:|");
    line("| autogen upgrade head, cold | %s | |", process(result.upgradeCold()));
    line("| autogen upgrade head, warm | %s | |", process(result.upgradeWarm()));
    line("| Flyway migrate | %s | |", process(result.flyway()));
    line("| autogen current | %s | %s |", process(result.chainCurrent()), process(result.sampleCurrent()));
    line("| autogen history | %s | %s |", process(result.chainHistory()), process(result.sampleHistory()));
    line("");
    line("## Goals of the issue");
    line("");
    line("| goal | measured | met |");
    line("|---|---|---|");
    double flyway = result.flyway().seconds();
    double warm = result.upgradeWarm().seconds() / flyway;
    double cold = result.upgradeCold().seconds() / flyway;
    line("| warm `upgrade head` of %d revisions no slower than Flyway's migrate | %s vs %s: ratio %s | %s |",
        result.length(), seconds(result.upgradeWarm().seconds()), seconds(flyway), ratio(warm), yes(warm <= 1));
    line("| cold `upgrade head` within 2x of Flyway's migrate | %s vs %s: ratio %s | %s |",
        seconds(result.upgradeCold().seconds()), seconds(flyway), ratio(cold), yes(cold <= 2));
    line("| `autogen current` on the sample app under 1 s | %s | %s |", seconds(result.sampleCurrent().seconds()),
        yes(result.sampleCurrent().seconds() < 1));
    return out.toString();
  }

  private static String process(Run run) {
    return String.format(Locale.ROOT, "%s, %.0f MiB", seconds(run.seconds()), run.rssMib());
  }

  private static String seconds(double value) {
    return String.format(Locale.ROOT, "%.2f s", value);
  }

  private static String ratio(double value) {
    return String.format(Locale.ROOT, "%.2fx", value);
  }

  private static String yes(boolean met) {
    return met ? "yes" : "**no**";
  }

  private void line(String format, Object... args) {
    out.append(args.length == 0 ? format : String.format(Locale.ROOT, format, args)).append('\n');
  }
}
