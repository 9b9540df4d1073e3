package dev.autogen.bench;

import dev.autogen.bench.AppBench.Sample;
import java.util.Locale;

/**
 * The medians of the application benchmark, and its report.
 *
 * @param length      revisions in the chain
 * @param runs        runs of each upgrade
 * @param bootRuns    runs of each application start
 * @param api         {@code upgrade head} through the Java API, compiled revisions
 * @param flyway      Flyway's {@code migrate} of the same DDL
 * @param bootAutogen a Spring Boot start with autogen's auto-configuration, nothing to apply
 * @param bootFlyway  a Spring Boot start with Flyway's auto-configuration, nothing to apply
 */
record AppBenchResult(int length, int runs, int bootRuns, Sample api, Sample flyway, Sample bootAutogen,
    Sample bootFlyway) {

  String markdown(String title, String context) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(title).append("\n\n");
    out.append("- Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
        .append(System.getProperty("java.version")).append(", ").append(System.getProperty("os.name")).append("; ")
        .append(context).append("\n");
    out.append("- Chain: ").append(length).append(" revisions, each `createTable` (bigint key), `addColumn`"
        + " (varchar(100)) and `createIndex`, compiled by javac with the runtime's index processor; Flyway runs the"
        + " same DDL from ").append(length).append(" SQL files.\n");
    out.append("- Every process is a JVM of its own with the same options (-Xshare:auto -XX:TieredStopAtLevel=1),"
        + " the two contenders alternating; inner times are measured by the process itself. Upgrades: median of ")
        .append(runs).append(" runs, each on a fresh empty database. Spring Boot starts: median of ").append(bootRuns)
        .append(" runs, the database at head (nothing to apply); `SpringApplication.run` of a minimal application"
        + " (DataSource with HikariCP, no web, no JPA), the other integration's auto-configuration excluded. The"
        + " whole process also holds the check after the start (autogen's `pending()`, Flyway's `info()`, which"
        + " reads the SQL files again): `SpringApplication.run` is the figure to compare.\n\n");
    out.append("| measure | autogen | Flyway | ratio autogen / Flyway |\n|---|---:|---:|---:|\n");
    row(out, "upgrade head of " + length + " revisions, inner (load + upgrade / migrate)",
        api.innerMillis(), flyway.innerMillis());
    row(out, "the same, whole process (wall, peak RSS)", api, flyway);
    row(out, "Spring Boot start, nothing to apply, `SpringApplication.run`",
        bootAutogen.innerMillis(), bootFlyway.innerMillis());
    row(out, "the same, whole process (wall, peak RSS)", bootAutogen, bootFlyway);
    out.append("\n## Goals\n\n| goal | measured | met |\n|---|---|---|\n");
    goal(out, "`upgrade head` of " + length + " compiled revisions through the Java API no slower than Flyway's"
        + " migrate", api.innerMillis(), flyway.innerMillis());
    goal(out, "Spring Boot start with nothing to apply no slower than with Flyway's auto-configuration",
        bootAutogen.innerMillis(), bootFlyway.innerMillis());
    return out.toString();
  }

  private static void row(StringBuilder out, String name, long autogen, long flyway) {
    out.append(String.format(Locale.ROOT, "| %s | %d ms | %d ms | %.2fx |%n", name, autogen, flyway,
        (double) autogen / flyway));
  }

  private static void row(StringBuilder out, String name, Sample autogen, Sample flyway) {
    out.append(String.format(Locale.ROOT, "| %s | %.2f s, %.0f MiB | %.2f s, %.0f MiB | %.2fx |%n", name,
        autogen.seconds(), autogen.rssMib(), flyway.seconds(), flyway.rssMib(), autogen.seconds() / flyway.seconds()));
  }

  private static void goal(StringBuilder out, String name, long autogen, long flyway) {
    out.append(String.format(Locale.ROOT, "| %s | %d ms vs %d ms: ratio %.2fx | %s |%n", name, autogen, flyway,
        (double) autogen / flyway, autogen <= flyway ? "yes" : "no"));
  }
}
