package dev.autogen.schema.jpa;

/** The entity classes could not be found or loaded: a problem with the configured classpath or packages. */
public final class EntityScanException extends RuntimeException {

  public EntityScanException(String message) {
    super(message);
  }

  public EntityScanException(String message, Throwable cause) {
    super(message, cause);
  }
}
