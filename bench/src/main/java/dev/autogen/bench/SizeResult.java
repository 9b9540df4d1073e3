package dev.autogen.bench;

import java.util.List;
import java.util.Map;

/**
 * The medians measured for one model size.
 *
 * @param n              tables in the base model
 * @param changedTables  tables of the changed model that differ from the base
 * @param addedTables    tables of the changed model that are new
 * @param ops            upgrade ops autogen found
 * @param revision       the whole {@code autogen revision} process
 * @param phases         the in-process phases by name
 * @param hibernate      the whole Hibernate {@code update} script process
 * @param hibernateBoot  its metadata boot, ms
 * @param hibernateUpdate its introspect-and-generate step, ms
 * @param pgDump         {@code pg_dump --schema-only}
 * @param catalog        each plain catalog query through psql, by name
 */
record SizeResult(int n, long changedTables, int addedTables, int ops, Run revision, Map<String, Phase> phases,
    Run hibernate, long hibernateBoot, long hibernateUpdate, Run pgDump, Map<String, Run> catalog) {

  /** A process: wall seconds and peak RSS in MiB. */
  record Run(double seconds, double rssMib) {

    /** The median wall time and the median peak RSS of {@code runs}, each taken on its own. */
    static Run median(List<Run> runs) {
      return new Run(Median.ofDoubles(runs.stream().map(Run::seconds).toList()),
          Median.ofDoubles(runs.stream().map(Run::rssMib).toList()));
    }

    static Run of(TimedProcess process) {
      return new Run(process.seconds(), process.rssMib());
    }
  }

  /** An in-process phase: wall ms and peak heap in bytes. */
  record Phase(long millis, long heapBytes) {
  }

  long phaseMillis(String... names) {
    long sum = 0;
    for (String name : names) {
      sum += phases.get(name).millis();
    }
    return sum;
  }

  long peakHeapBytes() {
    return phases.values().stream().mapToLong(Phase::heapBytes).max().orElse(0);
  }
}
