package dev.autogen.runtime.index;

import dev.autogen.runtime.RevisionInfo;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;

/**
 * The list of compiled {@code @Revision} classes that {@link RevisionIndexProcessor} writes into the class output
 * at compile time ({@value #RESOURCE}), so an application finds its migrations without scanning the class path and
 * without a compiler. One line per class, sorted by class name, tab-separated:
 *
 * <pre>
 * # autogen revision index v2
 * com.example.db.R3f2a9c41b7de_AddPhoneNumber	3f2a9c41b7de	5582287e...	a91c0e5d22f0			true	2026-...	Add phone
 * </pre>
 *
 * <p>The third field is the SHA-256 of the source file's bytes as compiled, or {@code -} when the compiler did not
 * say where the source was: it is what {@code autogen} records as a revision's file checksum when it compiles the
 * same file itself, so a revision applied by the application and one applied by the command line agree.
 *
 * <p>Version 2 adds what the revision graph reads from the {@code @Revision} annotation (revises, dependsOn and
 * branchLabels as comma-separated lists, transactional, created, message; text escaped with {@code \\},
 * {@code \t}, {@code \n}, {@code \r} and {@code \,}), so the graph is built and nothing pending is found without
 * loading a migration class. A version 1 line (three fields) is still read: its class is loaded for its annotation.
 * A squash's line has a tenth field, the revisions it replaces (a list as above); other lines end at the ninth.
 * Fields after the tenth, from a later version, are ignored.
 */
public final class RevisionIndex {

  /** Where the index lives in the class output, and so in the jar. */
  public static final String RESOURCE = "META-INF/autogen/revisions.idx";

  static final String HEADER = "# autogen revision index v2";
  private static final int V1_FIELDS = 3;
  private static final int V2_FIELDS = 9;
  private static final String NO_CHECKSUM = "-";

  private RevisionIndex() {
  }

  /**
   * One compiled revision class.
   *
   * @param info what its annotation says (without a source file), or {@code null} for a version 1 line, which does
   *     not carry it
   */
  public record Entry(String className, String revisionId, String sourceChecksum, RevisionInfo info) {

    /** A version 1 entry: the class must be loaded to learn the rest. */
    public Entry(String className, String revisionId, String sourceChecksum) {
      this(className, revisionId, sourceChecksum, null);
    }

    /** The package of the class, {@code ""} for the default package. */
    public String packageName() {
      int dot = className.lastIndexOf('.');
      return dot < 0 ? "" : className.substring(0, dot);
    }
  }

  /** Every index {@code loader} sees (one per jar or class directory that has one), entries sorted by class name. */
  public static List<Entry> read(ClassLoader loader) {
    List<Entry> entries = new ArrayList<>();
    try {
      Enumeration<URL> indexes = loader.getResources(RESOURCE);
      while (indexes.hasMoreElements()) {
        URL index = indexes.nextElement();
        try (InputStream in = index.openStream()) {
          entries.addAll(parse(in, index.toString()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the revision index " + RESOURCE + ": " + e.getMessage(), e);
    }
    entries.sort(Comparator.comparing(Entry::className));
    return Collections.unmodifiableList(entries);
  }

  static List<Entry> parse(InputStream in, String where) throws IOException {
    List<Entry> entries = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length != V1_FIELDS && fields.length < V2_FIELDS) {
        throw new IllegalStateException(where + ":" + number + ": not 'class<TAB>id<TAB>checksum' (v1) nor the "
            + V2_FIELDS + " fields of v2: " + line);
      }
      String checksum = NO_CHECKSUM.equals(fields[2]) ? null : fields[2];
      entries.add(fields.length == V1_FIELDS ? new Entry(fields[0], fields[1], checksum)
          : new Entry(fields[0], fields[1], checksum, info(fields)));
    }
    return entries;
  }

  /** The index's text for {@code entries}: the same entries give the same bytes. */
  static String format(List<Entry> entries) {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing(Entry::className));
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (Entry entry : sorted) {
      RevisionInfo info = entry.info();
      text.append(entry.className()).append('\t').append(entry.revisionId()).append('\t')
          .append(entry.sourceChecksum() == null ? NO_CHECKSUM : entry.sourceChecksum());
      if (info != null) {
        text.append('\t').append(IndexText.list(info.parents()))
            .append('\t').append(IndexText.list(info.dependsOn()))
            .append('\t').append(IndexText.list(info.branchLabels()))
            .append('\t').append(info.transactional())
            .append('\t').append(IndexText.escape(info.created()))
            .append('\t').append(IndexText.escape(info.message()));
        if (info.isSquash()) {
          text.append('\t').append(IndexText.list(info.replaces()));
        }
      }
      text.append('\n');
    }
    return text.toString();
  }

  private static RevisionInfo info(String[] fields) {
    if (!fields[6].equals("true") && !fields[6].equals("false")) {
      throw new IllegalStateException("transactional is '" + fields[6] + "', not true or false");
    }
    return new RevisionInfo(fields[1], IndexText.parseList(fields[3]), IndexText.unescape(fields[8]),
        IndexText.unescape(fields[7]), null, IndexText.parseList(fields[5]), IndexText.parseList(fields[4]),
        Boolean.parseBoolean(fields[6]), fields.length > V2_FIELDS ? IndexText.parseList(fields[V2_FIELDS]) : List.of());
  }
}
