package dev.autogen.corpus;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One published JPA model of the corpus: the jar its entities come in, the packages they live in, and the settings
 * the product itself boots Hibernate with, which both autogen and Hibernate's own export are given.
 *
 * @param name        short name, used in test names
 * @param artifacts   Maven coordinates of the jars, for the report
 * @param jars        the jars holding the entities (autogen's {@code entities.classpath})
 * @param packages    the packages holding the entities (autogen's {@code entities.packages})
 * @param settings    the product's {@code hibernate.*} settings
 * @param tableCount  how many tables the model maps
 * @param known       the differences the protocol is known to observe, each with its reason
 */
record CorpusModel(String name, List<String> artifacts, List<Path> jars, List<String> packages,
    Map<String, String> settings, int tableCount, List<KnownDifference> known) {

  CorpusModel {
    artifacts = List.copyOf(artifacts);
    jars = List.copyOf(jars);
    packages = List.copyOf(packages);
    settings = Map.copyOf(settings);
    known = List.copyOf(known);
  }

  /** The jar a class was loaded from: the model's own artifact, wherever Maven put it. */
  static Path jarOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the jar of " + type.getName(), e);
    }
  }

  /** The observations alone, in the order the protocol reports them. */
  List<String> knownObservations() {
    return known.stream().map(KnownDifference::observation).toList();
  }

  @Override
  public String toString() {
    return name;
  }
}
