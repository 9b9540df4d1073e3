package dev.autogen.command;

import java.util.List;

/**
 * What {@code autogen revision} was asked for.
 *
 * @param message      what the revision does; may be empty
 * @param empty        write empty bodies even when entities are configured ({@code --empty})
 * @param autogenerate autogenerate was asked for explicitly ({@code --autogenerate}); an error without entities
 * @param revisionId   the id to use, or {@code null} for a random one
 * @param head         the revision to base the new one on ({@code --head}), or {@code null} for the single head
 * @param splice       {@code head} may be a revision that already has children, starting a new branch there
 * @param branchLabels names for the branch the new revision starts ({@code --branch-label})
 * @param dependsOn    revisions the new one depends on without revising them ({@code --depends-on})
 * @param renames      whether the diff may propose renames ({@code --no-renames} turns it off)
 * @param safe         write the safe form of each step on an existing table ({@code --safe}), whatever
 *                     {@code revision.safe} says
 */
public record RevisionRequest(String message, boolean empty, boolean autogenerate, String revisionId, String head,
    boolean splice, List<String> branchLabels, List<String> dependsOn, boolean renames, boolean safe) {

  public RevisionRequest {
    branchLabels = List.copyOf(branchLabels);
    dependsOn = List.copyOf(dependsOn);
  }

  /** A request that leaves the safe forms to {@code revision.safe}. */
  public RevisionRequest(String message, boolean empty, boolean autogenerate, String revisionId, String head,
      boolean splice, List<String> branchLabels, List<String> dependsOn, boolean renames) {
    this(message, empty, autogenerate, revisionId, head, splice, branchLabels, dependsOn, renames, false);
  }

  /** A revision on the single head, without labels or dependencies, that lets the diff propose renames. */
  public RevisionRequest(String message, boolean empty, boolean autogenerate, String revisionId) {
    this(message, empty, autogenerate, revisionId, null, false, List.of(), List.of(), true);
  }

  /** The same request with renames turned off. */
  public RevisionRequest withoutRenames() {
    return new RevisionRequest(message, empty, autogenerate, revisionId, head, splice, branchLabels, dependsOn, false,
        safe);
  }

  /** The same request asking for the safe forms ({@code --safe}). */
  public RevisionRequest withSafeForms() {
    return new RevisionRequest(message, empty, autogenerate, revisionId, head, splice, branchLabels, dependsOn, renames,
        true);
  }
}
