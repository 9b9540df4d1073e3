package dev.autogen.introspect;

/** A catalog query failed, or the target holds an expression or type PostgreSQL cannot take. */
public final class IntrospectionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  IntrospectionException(String message) {
    super(message);
  }

  IntrospectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
