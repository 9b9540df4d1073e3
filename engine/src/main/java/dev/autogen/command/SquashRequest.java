package dev.autogen.command;

/**
 * What {@code autogen squash} was asked for.
 *
 * @param range      {@code FROM:TO}: the revisions after FROM up to TO are squashed; FROM may be {@code base}
 * @param message    what the squash says it does; may be empty
 * @param revisionId the id to use, or {@code null} for a random one
 */
public record SquashRequest(String range, String message, String revisionId) {

  public SquashRequest {
    message = message == null ? "" : message;
  }
}
