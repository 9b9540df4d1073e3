package dev.autogen.command;

/**
 * What {@code autogen revision} was asked for.
 *
 * @param message      what the revision does; may be empty
 * @param empty        write empty bodies even when entities are configured ({@code --empty})
 * @param autogenerate autogenerate was asked for explicitly ({@code --autogenerate}); an error without entities
 * @param revisionId   the id to use, or {@code null} for a random one
 * @param renames      whether the diff may propose renames ({@code --no-renames} turns it off)
 */
public record RevisionRequest(String message, boolean empty, boolean autogenerate, String revisionId,
    boolean renames) {

  /** A request that lets the diff propose renames. */
  public RevisionRequest(String message, boolean empty, boolean autogenerate, String revisionId) {
    this(message, empty, autogenerate, revisionId, true);
  }
}
