package dev.autogen.command;

/**
 * A revision whose effect on the schema the model cannot know without a database ({@code op.execute}, a data step):
 * {@link RevisionReplay} stops at it, and the caller may build the schema on a shadow database instead.
 */
public final class UnreplayableRevisionException extends AutogenException {

  private static final long serialVersionUID = 1L;

  private final String reason;

  UnreplayableRevisionException(String reason, String remedy) {
    super(reason + "; " + remedy);
    this.reason = reason;
  }

  /** What cannot be replayed, naming the revision: {@code revision abc (file) calls op.execute}. */
  public String reason() {
    return reason;
  }
}
