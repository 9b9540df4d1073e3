package dev.autogen.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code lint} and {@code verify} benchmark: {@code SafetyBench [length] [tables]} (1000, 1000) times, as
 * processes of the launcher, {@code lint} (static table), {@code lint --measure} and {@code verify} on a chain of
 * {@code length} revisions ({@link UpgradeChain}) and on a revision altering {@code tables} tables
 * ({@link WideRevision}). Time per revision: {@code verify}'s own per revision (its {@code --json} {@code millis}),
 * median; for {@code lint}, the command's wall time over its revisions. {@code lint --measure} migrates a fresh
 * scratch database from base for each revision, so on the chain it measures only the last {@code bench.measureLast}
 * (10) revisions. Writes {@code bench.out}; run by {@code bench/run-safety-bench.sh}.
 */
public final class SafetyBench {

  private static final Pattern MILLIS = Pattern.compile("\"millis\":(\\d+)");

  private final BenchSettings settings;
  private final List<String> rows = new ArrayList<>();
  private Path out;
  private String header;
  private String footer;

  private SafetyBench(BenchSettings settings) {
    this.settings = settings;
  }

  public static void main(String[] args) throws Exception {
    BenchSettings settings = BenchSettings.fromSystemProperties();
    int length = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int tables = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    int measureLast = Integer.getInteger("bench.measureLast", 10);
    SafetyBench bench = new SafetyBench(settings);
    Path out = Path.of(System.getProperty("bench.out", "safety-bench.md"));
    Files.createDirectories(out.toAbsolutePath().getParent());
    bench.out = out;
    bench.header = String.join("\n",
        "# autogen lint and verify benchmark, " + LocalDate.now(),
        "",
        System.getProperty("bench.context", "") + "; launcher `cli/target/autogen`; lint median of "
            + settings.runs() + " runs, verify and lint --measure one run each.",
        "",
        "| project | command | revisions | wall (s) | per revision (ms) | peak RSS (MiB) |",
        "|---|---|---|---|---|---|",
        "");
    bench.footer = String.join("\n",
        "",
        "Per revision: for `verify`, the median of the times it reports per revision (upgrade to just before it, rows"
            + " into every table, upgrade, downgrade, catalog and rows compared, upgrade again); for `lint`, the"
            + " wall time over the revisions, start-up and compilation included.",
        "");
    bench.wide(tables);
    bench.chain(length, measureLast);
    System.out.print(Files.readString(out));
  }

  private void chain(int length, int measureLast) throws Exception {
    String database = "safety_chain";
    Path project = new UpgradeChain(length).writeAutogenProject(settings.work().resolve("chain"),
        settings.postgres().url(database), settings.postgres().user());
    settings.postgres().recreateEmpty(database, project);
    String name = "chain of " + length;
    lint(project, name, length, "base:head");
    String from = UpgradeChain.revisionId(Math.max(1, length - measureLast + 1));
    measured(project, name, Math.min(measureLast, length), from + ":head");
    verify(project, name, length, "base:head");
  }

  private void wide(int tables) throws Exception {
    String database = "safety_wide";
    Path project = new WideRevision(tables).writeAutogenProject(settings.work().resolve("wide"),
        settings.postgres().url(database), settings.postgres().user());
    settings.postgres().recreateEmpty(database, project);
    String name = "revision altering " + tables + " tables";
    lint(project, name, 1, WideRevision.ALTER);
    measured(project, name, 1, WideRevision.ALTER);
    verify(project, name, 1, WideRevision.ALTER);
  }

  private void lint(Path project, String name, int revisions, String target) throws Exception {
    List<SizeResult.Run> runs = new ArrayList<>();
    for (int i = 0; i < settings.runs(); i++) {
      log("lint " + target + " on the " + name);
      runs.add(SizeResult.Run.of(linted(run(project, true, "lint", target))));
    }
    SizeResult.Run run = SizeResult.Run.median(runs);
    row(name, "`lint " + target + "`", revisions, run, run.seconds() * 1000 / revisions);
  }

  private void measured(Path project, String name, int revisions, String target) throws Exception {
    log("lint --measure " + target + " on the " + name);
    SizeResult.Run run = SizeResult.Run.of(linted(run(project, true, "lint", "--measure", target)));
    row(name, "`lint --measure " + target + "`", revisions, run, run.seconds() * 1000 / revisions);
  }

  private void verify(Path project, String name, int revisions, String target) throws Exception {
    log("verify " + target + " on the " + name);
    TimedProcess process = run(project, false, "verify", "--json", target);
    if (!process.stdout().startsWith("{\"ok\":true")) {
      throw new IllegalStateException("verify failed:\n" + process.stdout());
    }
    List<Long> millis = new ArrayList<>();
    Matcher matcher = MILLIS.matcher(process.stdout());
    while (matcher.find()) {
      millis.add(Long.parseLong(matcher.group(1)));
    }
    if (millis.size() != revisions) {
      throw new IllegalStateException("verify reported " + millis.size() + " revisions, not " + revisions);
    }
    row(name, "`verify " + target + "`", revisions, SizeResult.Run.of(process), Median.of(millis));
  }

  /** The launcher in {@code project}; lint exits 1 on error findings, which is a result here, not a failure. */
  private TimedProcess run(Path project, boolean findingsAllowed, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    if (findingsAllowed) {
      // lint's exit 1 means error findings: a result here, so a shell turns it into 0 and keeps other failures
      command.addAll(List.of("sh", "-c", "\"$@\"; s=$?; [ $s -le 1 ] || exit $s", "sh"));
    }
    command.add(settings.autogen().toString());
    command.addAll(List.of(args));
    command.addAll(List.of("-c", "autogen.properties"));
    return TimedProcess.run(command, project);
  }

  /** lint exits 1 both on error findings and on a failure: only a report that ends in its summary is a result. */
  private static TimedProcess linted(TimedProcess process) {
    if (!process.stdout().contains("revision(s) linted")) {
      throw new IllegalStateException("lint did not lint:\n" + process.stdout());
    }
    return process;
  }

  private void row(String project, String command, int revisions, SizeResult.Run run, double perRevision) {
    rows.add(String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %.0f | %.0f |", project, command, revisions,
        run.seconds(), perRevision, run.rssMib()));
    // written after every row: a long run that fails late keeps what it measured
    try {
      Files.writeString(out, header + String.join("\n", rows) + "\n" + footer);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void log(String message) {
    System.err.println("[safety] " + message);
  }
}
