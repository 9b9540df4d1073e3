package dev.autogen.schema.jpa;

import java.util.Locale;

/**
 * Which defaults name the entities' tables and columns when the settings name no naming strategy
 * ({@code entities.naming}).
 */
public enum EntityNaming {
  /** Spring Boot's defaults when its Hibernate integration is on the entities' classpath, else Hibernate's. */
  AUTO,
  /** Spring Boot's defaults, and the {@code spring.jpa.*} settings of the application's application.properties. */
  SPRING,
  /** Hibernate's own defaults, whatever the classpath holds. */
  HIBERNATE;

  public static final String KEY = "entities.naming";

  /** Parses {@code spring}, {@code hibernate} or {@code auto} (any case); {@code null} for anything else. */
  public static EntityNaming parse(String value) {
    for (EntityNaming naming : values()) {
      if (naming.name().equalsIgnoreCase(value.trim())) {
        return naming;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
