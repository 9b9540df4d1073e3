package dev.autogen.corpus;

import java.util.List;

/**
 * A corpus model's library upgraded from an earlier release to the current one, as an application does when it
 * bumps the dependency: the schema the earlier release maps is in the database, and the revision autogen writes must
 * bring it to what the current release maps, and its downgrade back.
 *
 * @param model      the current release (on the test classpath)
 * @param earlierJar the earlier release's jar file name in {@link EarlierVersion#DIRECTORY}
 * @param known      the differences the protocol is known to observe, each with its reason
 */
record LibraryUpgrade(CorpusModel model, String earlierJar, List<KnownDifference> known) {

  LibraryUpgrade {
    known = List.copyOf(known);
  }

  List<String> knownObservations() {
    return known.stream().map(KnownDifference::observation).toList();
  }

  @Override
  public String toString() {
    return earlierJar + " to " + model;
  }
}
