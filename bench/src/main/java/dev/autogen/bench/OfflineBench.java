package dev.autogen.bench;

import dev.autogen.bench.SizeResult.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The {@code revision --offline} benchmark: {@code OfflineBench [chainLength] [tables]} (1000, 1000) times, as
 * processes in one run, {@code autogen revision} against a database at head (online), {@code revision --offline}
 * (the revisions replayed; the URL names a port nothing listens on), the same with the compile cache deleted, and
 * {@code revision --offline --shadow} (the revisions upgraded on a shadow database on the bench cluster), on two
 * projects: the upgrade benchmark's chain of revisions with entities that add one table, and a 1000-table model
 * (the revision benchmark's base model written as one revision, then its changed model as the entities). Checks that
 * each offline revision is byte for byte the online one. Configured by {@link BenchSettings} and {@code bench.out}.
 * Run by {@code bench/run-offline-bench.sh}.
 */
public final class OfflineBench {

  private static final String NEW_REVISION = "ffffffffffff";
  static final List<String> CONTENDERS = List.of("online", "offline", "offline, cold compile cache", "shadow");

  private final BenchSettings settings;

  private OfflineBench(BenchSettings settings) {
    this.settings = settings;
  }

  /** One project's medians, by contender, and how many revisions and tables it has. */
  record Result(String project, int revisions, int tables, Map<String, Run> runs, boolean identical) {
  }

  public static void main(String[] args) throws Exception {
    BenchSettings settings = BenchSettings.fromSystemProperties();
    int length = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int tables = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    OfflineBench bench = new OfflineBench(settings);
    List<Result> results = List.of(bench.chain(length), bench.model(tables));
    String report = report(results, settings);
    Path out = Path.of(System.getProperty("bench.out", "offline-bench.md"));
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, report);
    System.out.print(report);
  }

  /** The chain of {@code length} revisions at head; the entities add one table. */
  private Result chain(int length) throws Exception {
    String database = "offline_chain";
    Path dir = settings.work().resolve("offline-chain");
    log("chain: writing " + length + " revisions and their entities");
    Path project = new UpgradeChain(length).writeAutogenProject(dir, settings.postgres().url(database),
        settings.postgres().user());
    Path classes = new ChainEntities(length).compile(dir.resolve("entities"));
    Files.writeString(project.resolve("autogen.properties"), String.join("\n",
        "entities.packages = " + ChainEntities.PACKAGE, "entities.classpath = " + classes, ""),
        java.nio.file.StandardOpenOption.APPEND);
    settings.postgres().recreateEmpty(database, dir);
    log("chain: upgrade head");
    autogen(project, "upgrade", "head");
    return measure("chain of " + length + " revisions", project, database, length, length);
  }

  /** One revision creating {@code n} tables (the base model) at head; the entities are the changed model. */
  private Result model(int n) throws Exception {
    String database = "offline_" + n;
    Path dir = settings.work().resolve("offline-model-" + n);
    log("model: compiling " + n + " base and changed entities");
    Path baseClasses = new ModelCompiler().compile(ModelSpec.base(n), dir.resolve("base"));
    Path changedClasses = new ModelCompiler().compile(ModelSpec.changed(n), dir.resolve("changed"));
    Path project = Files.createDirectories(dir.resolve("project"));
    Files.createDirectories(project.resolve("migrations/versions"));
    writeConfig(project, database, baseClasses);
    settings.postgres().recreateEmpty(database, dir);
    log("model: the base model's revision, upgrade head");
    autogen(project, "revision", "-m", "base", "--rev-id", String.format(Locale.ROOT, "%012x", 1));
    autogen(project, "upgrade", "head");
    writeConfig(project, database, changedClasses);
    return measure(n + " tables in one revision", project, database, 1, n);
  }

  private void writeConfig(Path project, String database, Path classes) throws IOException {
    Files.writeString(project.resolve("autogen.properties"), String.join("\n",
        "script_location = migrations",
        "url = " + settings.postgres().url(database),
        "user = " + settings.postgres().user(),
        "entities.packages = " + ModelSpec.PACKAGE,
        "entities.classpath = " + classes,
        ""));
  }

  /** Each contender in turn, {@code runs} rounds; the new revision is removed after each and compared first. */
  private Result measure(String name, Path project, String database, int revisions, int tables) throws Exception {
    String unreachable = "jdbc:postgresql://127.0.0.1:1/" + database;
    String shadowServer = settings.postgres().url("postgres") + "?user=" + settings.postgres().user();
    Map<String, List<Run>> runs = new LinkedHashMap<>();
    CONTENDERS.forEach(contender -> runs.put(contender, new ArrayList<>()));
    boolean identical = true;
    for (int round = 0; round < settings.runs(); round++) {
      log(name + ": round " + (round + 1) + " of " + settings.runs());
      String online = null;
      for (String contender : CONTENDERS) {
        List<String> args = new ArrayList<>(List.of("revision", "-m", "bench", "--rev-id", NEW_REVISION));
        switch (contender) {
          case "online" -> { }
          case "offline" -> args.addAll(List.of("--offline", "--url", unreachable));
          case "offline, cold compile cache" -> {
            deleteRecursively(project.resolve(".autogen/classes"));
            args.addAll(List.of("--offline", "--url", unreachable));
          }
          case "shadow" -> args.addAll(List.of("--offline", "--shadow", "--shadow-url", shadowServer,
              "--url", unreachable));
          default -> throw new IllegalStateException(contender);
        }
        runs.get(contender).add(Run.of(autogen(project, args.toArray(String[]::new))));
        Path written = newRevision(project);
        String source = Files.readString(written);
        if (online == null) {
          online = source;
        } else if (!source.equals(online)) {
          identical = false;
          log(name + ": the " + contender + " revision differs from the online one");
        }
        Files.delete(written);
      }
    }
    Map<String, Run> medians = new LinkedHashMap<>();
    runs.forEach((contender, list) -> medians.put(contender, Run.median(list)));
    return new Result(name, revisions, tables, medians, identical);
  }

  private TimedProcess autogen(Path project, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(settings.autogen().toString(), args[0], "-c",
        "autogen.properties"));
    command.addAll(Arrays.asList(args).subList(1, args.length));
    return TimedProcess.run(command, project);
  }

  private static Path newRevision(Path project) throws IOException {
    try (Stream<Path> files = Files.list(project.resolve("migrations/versions"))) {
      return files.filter(file -> file.getFileName().toString().startsWith("R" + NEW_REVISION)).findFirst()
          .orElseThrow(() -> new IllegalStateException("no revision " + NEW_REVISION + " written in " + project));
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static String report(List<Result> results, BenchSettings settings) {
    StringBuilder out = new StringBuilder();
    out.append("# autogen revision --offline benchmark, ").append(LocalDate.now()).append("\n\n");
    out.append("- Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
        .append(System.getProperty("java.version")).append(", ").append(System.getProperty("os.name")).append("; ")
        .append(System.getProperty("bench.context", "PostgreSQL 15 on 127.0.0.1")).append(", load average before: ")
        .append(System.getProperty("bench.load", "?")).append("\n");
    out.append("- Every figure is the median of ").append(settings.runs()).append(" runs of the whole `autogen`"
        + " process (wall time, peak RSS), the contenders taking turns within each round.\n");
    out.append("- online: `revision` against the database at head. offline: `revision --offline`, the revisions"
        + " replayed from the compile cache (`--url` names a port nothing listens on). offline, cold compile cache:"
        + " the same after deleting `.autogen/classes`, so every revision is compiled first. shadow: `revision"
        + " --offline --shadow`, the revisions upgraded on a scratch database on the bench cluster, read and dropped"
        + " (compile cache warm).\n");
    out.append("- Ratios are the contender's time over online's: below 1 is faster.\n\n");
    out.append("| project | revisions | tables |");
    CONTENDERS.forEach(contender -> out.append(' ').append(contender).append(" |"));
    CONTENDERS.subList(1, CONTENDERS.size()).forEach(contender -> out.append(' ').append(contender)
        .append(" / online |"));
    out.append(" offline revisions byte-identical to online |\n|---|---:|---:|");
    out.append("---:|".repeat(CONTENDERS.size() * 2 - 1)).append("---|\n");
    for (Result result : results) {
      out.append("| ").append(result.project()).append(" | ").append(result.revisions()).append(" | ")
          .append(result.tables()).append(" |");
      Run online = result.runs().get("online");
      for (String contender : CONTENDERS) {
        Run run = result.runs().get(contender);
        out.append(String.format(Locale.ROOT, " %.2f s, %.0f MiB |", run.seconds(), run.rssMib()));
      }
      for (String contender : CONTENDERS.subList(1, CONTENDERS.size())) {
        out.append(String.format(Locale.ROOT, " %.2f |", result.runs().get(contender).seconds() / online.seconds()));
      }
      out.append(result.identical() ? " yes" : " NO").append(" |\n");
    }
    return out.toString();
  }

  private static void log(String message) {
    System.err.println("[offline] " + message);
  }
}
