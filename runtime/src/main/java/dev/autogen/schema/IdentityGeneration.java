package dev.autogen.schema;

/** How a column is an identity column ({@code GENERATED ... AS IDENTITY}), if at all. */
public enum IdentityGeneration {
  NONE,
  BY_DEFAULT,
  ALWAYS
}
