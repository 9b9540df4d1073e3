package dev.autogen.op;

/** Thrown by {@link MigrationOp#reverse()} when an op lacks what undoing it needs. */
public class IrreversibleOpException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public IrreversibleOpException(String message) {
    super(message);
  }
}
