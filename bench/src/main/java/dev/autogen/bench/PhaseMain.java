package dev.autogen.bench;

import dev.autogen.diff.DiffResult;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.introspect.ExpressionCanonicalizer;
import dev.autogen.introspect.IntrospectionFilter;
import dev.autogen.introspect.IntrospectionResult;
import dev.autogen.introspect.PostgresIntrospector;
import dev.autogen.render.MigrationFileRenderer;
import dev.autogen.render.RenderedMigration;
import dev.autogen.render.RevisionSource;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.jpa.EntityModelReader;
import dev.autogen.schema.jpa.EntitySchema;
import dev.autogen.schema.jpa.EntityScanner;
import dev.autogen.schema.jpa.ScannedEntities;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The phases of {@code autogen revision}, one after the other in this process through the engine's public API:
 * {@code PhaseMain <classes dir> <jdbc url> <user> <runs>}. One warm-up, then {@code runs} measured runs; prints
 * one line per phase, {@code <phase> <median ms> <median peak heap bytes>}, and {@code ops <count>}.
 */
public final class PhaseMain {

  static final List<String> PHASES = List.of("scan", "boot", "introspect", "canonicalize", "diff", "render");

  private final Map<String, List<Long>> millis = new LinkedHashMap<>();
  private final Map<String, List<Long>> heap = new LinkedHashMap<>();

  private PhaseMain() {
    PHASES.forEach(phase -> {
      millis.put(phase, new ArrayList<>());
      heap.put(phase, new ArrayList<>());
    });
  }

  public static void main(String[] args) throws Exception {
    Path classes = Path.of(args[0]);
    int runs = Integer.parseInt(args[3]);
    PhaseMain bench = new PhaseMain();
    int ops = 0;
    // two connections, as `revision` reads the catalog with (it opens the second while Hibernate boots)
    try (Connection connection = DriverManager.getConnection(args[1], args[2], "");
        Connection second = DriverManager.getConnection(args[1], args[2], "")) {
      for (int run = 0; run <= runs; run++) {
        ops = bench.run(classes, connection, second, run > 0);
      }
    }
    for (String phase : PHASES) {
      System.out.printf("%s %d %d%n", phase, Median.of(bench.millis.get(phase)), Median.of(bench.heap.get(phase)));
    }
    System.out.println("ops " + ops);
  }

  /** One revision's phases; returns the number of upgrade ops. */
  private int run(Path classes, Connection connection, Connection second, boolean record) {
    ScannedEntities scanned = measure("scan", record,
        () -> EntityScanner.scan(List.of(classes), List.of(ModelSpec.PACKAGE)));
    EntitySchema target;
    try (scanned) {
      target = measure("boot", record, () -> new EntityModelReader(Map.of()).read(scanned));
    }
    IntrospectionResult current = measure("introspect", record,
        () -> new PostgresIntrospector().read(connection, second, IntrospectionFilter.defaults()));
    // as `revision` does: PostgreSQL reprints the target's checks and defaults so they compare with the catalog's
    SchemaModel canonical = measure("canonicalize", record,
        () -> new ExpressionCanonicalizer().canonicalize(connection, target.model()));
    DiffResult diff = measure("diff", record, () -> SchemaDiff.compare(current.schema(), canonical));
    RenderedMigration rendered = measure("render", record, () -> new MigrationFileRenderer().render(
        new RevisionSource("0123456789ab", List.of(), "bench", Instant.now(), "bench", diff.plan())));
    if (rendered.source().isEmpty()) {
      throw new IllegalStateException("nothing rendered");
    }
    return diff.plan().upgradeOps().size();
  }

  private <T> T measure(String phase, boolean record, Supplier<T> work) {
    HeapPeak.reset();
    long start = System.nanoTime();
    T result = work.get();
    long elapsed = (System.nanoTime() - start) / 1_000_000;
    if (record) {
      millis.get(phase).add(elapsed);
      heap.get(phase).add(HeapPeak.peakBytes());
    }
    return result;
  }
}
