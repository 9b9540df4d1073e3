package dev.autogen.bench;

import dev.autogen.bench.SizeResult.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code autogen upgrade} benchmark: {@code UpgradeBench [length]} (1000) times {@code autogen upgrade head} of a
 * chain of small revisions, cold and warm, against Flyway's {@code migrate} of the same DDL, each on a fresh empty
 * database; then {@code autogen current} and {@code history} on that chain and on the sample app. Configured by
 * {@link BenchSettings}, {@code bench.sampleApp} (its directory), {@code bench.queryRuns} (runs of current and
 * history, 5) and {@code bench.out} (the Markdown report). Run by {@code bench/run-upgrade-bench.sh}.
 */
public final class UpgradeBench {

  private static final String AUTOGEN_DATABASE = "upgrade_autogen";
  private static final String FLYWAY_DATABASE = "upgrade_flyway";

  private final BenchSettings settings;
  private final UpgradeChain chain;
  private final int queryRuns;

  private UpgradeBench(BenchSettings settings, UpgradeChain chain, int queryRuns) {
    this.settings = settings;
    this.chain = chain;
    this.queryRuns = queryRuns;
  }

  public static void main(String[] args) throws Exception {
    BenchSettings settings = BenchSettings.fromSystemProperties();
    UpgradeChain chain = new UpgradeChain(args.length == 0 ? 1000 : Integer.parseInt(args[0]));
    UpgradeResult result = new UpgradeBench(settings, chain, Integer.getInteger("bench.queryRuns", 5))
        .run(Path.of(System.getProperty("bench.sampleApp", "sample-app")).toAbsolutePath());
    String report = new UpgradeReportWriter(result, settings.runs(), Integer.getInteger("bench.queryRuns", 5))
        .write("autogen upgrade benchmark, " + LocalDate.now(), System.getProperty("bench.context", ""));
    Path out = Path.of(System.getProperty("bench.out", "upgrade-bench.md"));
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, report);
    System.out.print(report);
  }

  private UpgradeResult run(Path sampleApp) throws Exception {
    Postgres postgres = settings.postgres();
    log("writing " + chain.length() + " revisions and Flyway scripts");
    Path project = chain.writeAutogenProject(settings.work().resolve("chain"), postgres.url(AUTOGEN_DATABASE),
        postgres.user());
    Path scripts = chain.writeFlywayScripts(settings.work().resolve("flyway"));

    log("autogen upgrade head, cold (compile cache deleted)");
    Run cold = upgrade(project, true);
    log("autogen upgrade head, warm (compile cache kept)");
    Run warm = upgrade(project, false);
    log("Flyway migrate");
    List<Run> flywayRuns = new ArrayList<>();
    for (int i = 0; i < settings.runs(); i++) {
      postgres.recreateEmpty(FLYWAY_DATABASE, project);
      TimedProcess run = TimedProcess.run(BenchJvm.command(FlywayMigrateMain.class, List.of(),
          postgres.url(FLYWAY_DATABASE), postgres.user(), scripts.toString()), project);
      expect(run, "migrations=" + chain.length());
      flywayRuns.add(Run.of(run));
    }

    // The last warm upgrade left the chain's database at head.
    log("autogen current and history on the chain");
    String head = UpgradeChain.revisionId(chain.length());
    Run chainCurrent = autogen(project, List.of("current"), head + " (head)");
    Run chainHistory = autogen(project, List.of("history"), head);
    log("autogen current and history on the sample app");
    Path sample = copySampleApp(sampleApp);
    TimedProcess.run(autogenCommand("upgrade", "head"), sample);
    Run sampleCurrent = autogen(sample, List.of("current"), "(head)");
    Run sampleHistory = autogen(sample, List.of("history"), "(head)");
    return new UpgradeResult(chain.length(), cold, warm, Run.median(flywayRuns), chainCurrent, chainHistory,
        sampleCurrent, sampleHistory);
  }

  /** {@code autogen upgrade head} on a fresh empty database, after deleting the compile cache if {@code cold}. */
  private Run upgrade(Path project, boolean cold) throws Exception {
    List<Run> runs = new ArrayList<>();
    for (int i = 0; i < settings.runs(); i++) {
      settings.postgres().recreateEmpty(AUTOGEN_DATABASE, project);
      if (cold) {
        deleteTree(project.resolve(".autogen/classes"));
      }
      TimedProcess run = TimedProcess.run(autogenCommand("upgrade", "head"), project);
      runs.add(Run.of(run));
    }
    expect(TimedProcess.run(autogenCommand("current"), project), UpgradeChain.revisionId(chain.length()) + " (head)");
    return Run.median(runs);
  }

  private Run autogen(Path project, List<String> args, String expected) throws Exception {
    List<Run> runs = new ArrayList<>();
    for (int i = 0; i < queryRuns; i++) {
      TimedProcess run = TimedProcess.run(autogenCommand(args.toArray(String[]::new)), project);
      expect(run, expected);
      runs.add(Run.of(run));
    }
    return Run.median(runs);
  }

  private List<String> autogenCommand(String... args) {
    List<String> command = new ArrayList<>(List.of(settings.autogen().toString()));
    command.addAll(List.of(args));
    command.addAll(List.of("-c", "autogen.properties"));
    return command;
  }

  /** The sample app's configuration and migrations, so its embedded database lives in the work directory. */
  private Path copySampleApp(Path sampleApp) throws IOException {
    Path copy = settings.work().resolve("sample-app");
    Files.createDirectories(copy);
    Files.copy(sampleApp.resolve("autogen.properties"), copy.resolve("autogen.properties"));
    try (Stream<Path> files = Files.walk(sampleApp.resolve("migrations"))) {
      for (Path file : files.toList()) {
        Path target = copy.resolve(sampleApp.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    return copy;
  }

  /** A timing is only worth reporting if the command did its job: a wrong result fails the benchmark. */
  private static void expect(TimedProcess run, String expected) {
    if (!run.stdout().contains(expected)) {
      throw new IllegalStateException("expected '" + expected + "' in:\n" + run.stdout());
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  private static void log(String message) {
    System.err.println("[upgrade] " + message);
  }
}
