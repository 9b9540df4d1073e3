package dev.autogen.introspect;

/** A catalog query failed. */
public final class IntrospectionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  IntrospectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
