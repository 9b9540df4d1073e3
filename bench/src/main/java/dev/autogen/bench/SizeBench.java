package dev.autogen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Everything measured for one model size: prepares the models and the database, then times each contender. */
final class SizeBench {

  private final BenchSettings settings;
  private final int n;
  private final Path dir;
  private final String database;

  SizeBench(BenchSettings settings, int n) {
    this.settings = settings;
    this.n = n;
    this.dir = settings.work().resolve("n" + n);
    this.database = "bench_" + n;
  }

  SizeResult run() throws Exception {
    ModelSpec base = ModelSpec.base(n);
    ModelSpec changed = ModelSpec.changed(n);
    log("generating and compiling " + base.tables().size() + " + " + changed.tables().size() + " entities");
    Path baseClasses = new ModelCompiler().compile(base, dir.resolve("base"));
    Path changedClasses = new ModelCompiler().compile(changed, dir.resolve("changed"));
    createBaseDatabase(baseClasses);
    Path project = writeProject(changedClasses);

    log("autogen revision (process)");
    SizeResult.Run revision = revisionProcess(project);
    log("autogen phases (in process)");
    Map<String, SizeResult.Phase> phases = new LinkedHashMap<>();
    int ops = phases(changedClasses, phases);
    log("Hibernate update script (process)");
    List<SizeResult.Run> hibernateRuns = new ArrayList<>();
    List<Long> boot = new ArrayList<>();
    List<Long> update = new ArrayList<>();
    for (int i = 0; i < settings.runs(); i++) {
      TimedProcess run = TimedProcess.run(BenchJvm.command(HibernateUpdateMain.class, List.of(),
          changedClasses.toString(), settings.postgres().url(database), settings.postgres().user(),
          dir.resolve("hibernate-update.sql").toString()), dir);
      hibernateRuns.add(SizeResult.Run.of(run));
      Map<String, String> split = keyValues(run.stdout());
      boot.add(Long.parseLong(split.get("boot_ms")));
      update.add(Long.parseLong(split.get("update_ms")));
    }
    log("pg_dump and catalog queries");
    SizeResult.Run pgDump = median(settings.postgres().pgDumpSchema(database));
    Map<String, SizeResult.Run> catalog = new LinkedHashMap<>();
    CatalogQueries.QUERIES.forEach((name, sql) -> catalog.put(name,
        uncheckedMedian(settings.postgres().psql(database, "-A", "-t", "-o", "/dev/null", "-c", sql))));
    return new SizeResult(n, changed.changedTables(), changed.tables().size() - n, ops, revision, phases,
        SizeResult.Run.median(hibernateRuns), Median.of(boot), Median.of(update), pgDump, catalog);
  }

  /** The base schema as Hibernate itself would create it, applied by psql one statement at a time. */
  private void createBaseDatabase(Path baseClasses) throws Exception {
    Path script = dir.resolve("base-schema.sql");
    try (HibernateScripts hibernate = HibernateScripts.open(baseClasses, "create", script, Map.of())) {
      hibernate.generate(hibernate.boot(baseClasses));
    }
    log("creating database " + database + " from " + script);
    settings.postgres().recreate(database, script, dir);
  }

  private Path writeProject(Path changedClasses) throws IOException {
    Path project = dir.resolve("project");
    Files.createDirectories(project.resolve("migrations/versions"));
    Files.writeString(project.resolve("autogen.properties"), String.join("\n",
        "script_location = migrations",
        "url = " + settings.postgres().url(database),
        "user = " + settings.postgres().user(),
        "entities.packages = " + ModelSpec.PACKAGE,
        "entities.classpath = " + changedClasses,
        ""));
    return project;
  }

  private SizeResult.Run revisionProcess(Path project) throws Exception {
    List<SizeResult.Run> runs = new ArrayList<>();
    Path versions = project.resolve("migrations/versions");
    for (int i = 0; i < settings.runs(); i++) {
      clear(versions);
      TimedProcess run = TimedProcess.run(List.of(settings.autogen().toString(), "revision", "-c", "autogen.properties",
          "-m", "bench", "--rev-id", String.format("%012x", n)), project);
      runs.add(SizeResult.Run.of(run));
    }
    return SizeResult.Run.median(runs);
  }

  private int phases(Path changedClasses, Map<String, SizeResult.Phase> phases) throws Exception {
    TimedProcess run = TimedProcess.run(BenchJvm.command(PhaseMain.class, settings.phaseJvmOptions(),
        changedClasses.toString(), settings.postgres().url(database), settings.postgres().user(),
        Integer.toString(settings.runs())), dir);
    int ops = -1;
    for (String line : run.stdout().split("\n")) {
      String[] fields = line.trim().split(" ");
      if (fields[0].equals("ops")) {
        ops = Integer.parseInt(fields[1]);
      } else if (PhaseMain.PHASES.contains(fields[0])) {
        phases.put(fields[0], new SizeResult.Phase(Long.parseLong(fields[1]), Long.parseLong(fields[2])));
      }
    }
    return ops;
  }

  private SizeResult.Run median(List<String> command) throws Exception {
    List<SizeResult.Run> runs = new ArrayList<>();
    for (int i = 0; i < settings.runs(); i++) {
      TimedProcess run = TimedProcess.run(command, dir);
      runs.add(SizeResult.Run.of(run));
    }
    return SizeResult.Run.median(runs);
  }

  private SizeResult.Run uncheckedMedian(List<String> command) {
    try {
      return median(command);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> keyValues(String text) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String token : text.trim().split("\\s+")) {
      String[] pair = token.split("=", 2);
      if (pair.length == 2) {
        values.put(pair[0], pair[1]);
      }
    }
    return values;
  }

  private static void clear(Path versions) throws IOException {
    try (Stream<Path> files = Files.list(versions)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
  }

  private void log(String message) {
    System.err.printf("[N=%d] %s%n", n, message);
  }
}
