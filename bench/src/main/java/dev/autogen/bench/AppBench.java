package dev.autogen.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/**
 * The benchmark of autogen inside an application: {@code AppBench [length]} (1000)
 * <ol>
 *   <li>compiles the chain of {@link UpgradeChain} as an application's build does (javac with the runtime's
 *       revision index processor);</li>
 *   <li>times {@code upgrade head} of it through the Java API ({@link ApiUpgradeMain}) against Flyway's
 *       {@code migrate} of the same DDL ({@link FlywayMigrateMain}), each on a fresh empty database, the two
 *       alternating, {@code bench.runs} (5) of each;</li>
 *   <li>times the start of a minimal Spring Boot application with a DataSource ({@link BootStartupMain}) with
 *       autogen's auto-configuration against one with Flyway's, both with nothing to apply (the databases the last
 *       runs left at head), alternating, {@code bench.bootRuns} (10) of each.</li>
 * </ol>
 * Every run's result is checked. Reports medians and ratios to {@code bench.out}. Run by
 * {@code bench/run-app-bench.sh}.
 */
public final class AppBench {

  private static final String AUTOGEN_DATABASE = "app_autogen";
  private static final String FLYWAY_DATABASE = "app_flyway";
  private static final List<String> JVM_OPTIONS = List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
      "-Dorg.springframework.boot.logging.LoggingSystem=none");

  private final BenchSettings settings;
  private final UpgradeChain chain;
  private final int bootRuns;

  private AppBench(BenchSettings settings, UpgradeChain chain, int bootRuns) {
    this.settings = settings;
    this.chain = chain;
    this.bootRuns = bootRuns;
  }

  public static void main(String[] args) throws Exception {
    BenchSettings settings = BenchSettings.fromSystemProperties();
    UpgradeChain chain = new UpgradeChain(args.length == 0 ? 1000 : Integer.parseInt(args[0]));
    AppBenchResult result = new AppBench(settings, chain, Integer.getInteger("bench.bootRuns", 10)).run();
    String report = result.markdown("autogen inside an application, benchmark of " + LocalDate.now(),
        System.getProperty("bench.context", ""));
    Path out = Path.of(System.getProperty("bench.out", "app-bench.md"));
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, report);
    System.out.print(report);
  }

  private AppBenchResult run() throws Exception {
    Postgres postgres = settings.postgres();
    Path work = settings.work();
    log("writing and compiling " + chain.length() + " revisions; writing the Flyway scripts");
    Path project = chain.writeAutogenProject(work.resolve("chain"), postgres.url(AUTOGEN_DATABASE), postgres.user());
    Path classes = compile(project.resolve("migrations/versions"), work.resolve("classes"));
    Path scripts = chain.writeFlywayScripts(work.resolve("flyway"));

    List<Sample> api = new ArrayList<>();
    List<Sample> flyway = new ArrayList<>();
    for (int i = 0; i < settings.runs(); i++) {
      log("upgrade head through the Java API, then Flyway migrate: run " + (i + 1) + " of " + settings.runs());
      postgres.recreateEmpty(AUTOGEN_DATABASE, work);
      api.add(Sample.of(TimedProcess.run(BenchJvm.command(ApiUpgradeMain.class, JVM_OPTIONS,
          postgres.url(AUTOGEN_DATABASE), postgres.user(), classes.toString()), work),
          "steps=" + chain.length() + " upgrade_ms=(\\d+)"));
      postgres.recreateEmpty(FLYWAY_DATABASE, work);
      flyway.add(Sample.of(TimedProcess.run(BenchJvm.command(FlywayMigrateMain.class, JVM_OPTIONS,
          postgres.url(FLYWAY_DATABASE), postgres.user(), scripts.toString()), work),
          "migrations=" + chain.length() + " migrate_ms=(\\d+)"));
    }

    List<Sample> bootAutogen = new ArrayList<>();
    List<Sample> bootFlyway = new ArrayList<>();
    for (int i = 0; i < bootRuns; i++) {
      log("Spring Boot start, nothing to apply, autogen then Flyway: run " + (i + 1) + " of " + bootRuns);
      bootAutogen.add(boot("autogen", AUTOGEN_DATABASE, classes, scripts));
      bootFlyway.add(boot("flyway", FLYWAY_DATABASE, classes, scripts));
    }
    return new AppBenchResult(chain.length(), settings.runs(), bootRuns, Sample.median(api), Sample.median(flyway),
        Sample.median(bootAutogen), Sample.median(bootFlyway));
  }

  /** Both applications have the compiled revisions on their class path, so they differ by the integration only. */
  private Sample boot(String integration, String database, Path classes, Path scripts) throws Exception {
    Postgres postgres = settings.postgres();
    return Sample.of(TimedProcess.run(BenchJvm.command(BootStartupMain.class, JVM_OPTIONS,
        List.of(classes.toString()), integration, postgres.url(database), postgres.user(), scripts.toString()),
        settings.work()), "refresh_ms=(\\d+) uptime_ms=\\d+ pending=0 known=" + chain.length() + "\n");
  }

  /** javac over the revisions with the runtime's index processor, as an application's build compiles them. */
  private static Path compile(Path versions, Path classes) throws IOException {
    Files.createDirectories(classes);
    List<String> arguments = new ArrayList<>(List.of("--release", "17", "-classpath",
        System.getProperty("java.class.path"), "-processor", "dev.autogen.runtime.index.RevisionIndexProcessor",
        "-d", classes.toString()));
    try (Stream<Path> files = Files.list(versions)) {
      files.filter(file -> file.toString().endsWith(".java")).sorted().forEach(file -> arguments.add(file.toString()));
    }
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int exit = ToolProvider.getSystemJavaCompiler().run(null, diagnostics, diagnostics,
        arguments.toArray(String[]::new));
    if (exit != 0 || !Files.exists(classes.resolve("META-INF/autogen/revisions.idx"))) {
      throw new IllegalStateException("javac failed:\n" + diagnostics.toString(StandardCharsets.UTF_8));
    }
    return classes;
  }

  private static void log(String message) {
    System.err.println("[app] " + message);
  }

  /**
   * One process: its wall seconds, peak RSS and the milliseconds it measured itself (the upgrade, or the
   * application's start).
   */
  record Sample(double seconds, double rssMib, long innerMillis) {

    /** A timing is only worth reporting if the process did its job: {@code expected} must match its output. */
    static Sample of(TimedProcess process, String expected) {
      Matcher matcher = Pattern.compile(expected).matcher(process.stdout());
      if (!matcher.find()) {
        throw new IllegalStateException("expected '" + expected + "' in:\n" + process.stdout());
      }
      return new Sample(process.seconds(), process.rssMib(), Long.parseLong(matcher.group(1)));
    }

    /** Each figure's median, taken on its own. */
    static Sample median(List<Sample> samples) {
      return new Sample(Median.ofDoubles(samples.stream().map(Sample::seconds).toList()),
          Median.ofDoubles(samples.stream().map(Sample::rssMib).toList()),
          Median.of(samples.stream().map(Sample::innerMillis).toList()));
    }
  }
}
