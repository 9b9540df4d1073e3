package dev.autogen.command;

import java.util.List;

/**
 * What {@code autogen merge} was asked for.
 *
 * @param message      what the merge is for; may be empty
 * @param revisions    the revisions to join: {@code heads}, or ids, prefixes and labels
 * @param revisionId   the id to use, or {@code null} for a random one
 * @param branchLabels names for the branch the merge starts
 */
public record MergeRequest(String message, List<String> revisions, String revisionId, List<String> branchLabels) {

  public MergeRequest {
    revisions = List.copyOf(revisions);
    branchLabels = List.copyOf(branchLabels);
  }
}
