package dev.autogen.schema.jpa;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The Hibernate settings a Spring Boot application boots with, so the target is what the application maps: Spring
 * Boot's naming strategies unless a setting names another, and the {@code spring.jpa.properties.*} and
 * {@code spring.jpa.hibernate.naming.*} of the {@code application.properties} on the entities' classpath.
 */
final class SpringBootSettings {

  static final String SPRING_IMPLICIT_NAMING = "org.springframework.boot.hibernate.SpringImplicitNamingStrategy";
  static final String SPRING_PHYSICAL_NAMING = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";

  private static final String PHYSICAL_KEY = "hibernate.physical_naming_strategy";
  private static final String IMPLICIT_KEY = "hibernate.implicit_naming_strategy";
  private static final String APPLICATION_PROPERTIES = "application.properties";
  private static final String PROPERTIES_PREFIX = "spring.jpa.properties.";

  private SpringBootSettings() {
  }

  /**
   * {@code settings} with what Spring Boot adds when {@code naming} asks for it: autogen's own settings win, then
   * {@code spring.jpa.hibernate.naming.*}, then {@code spring.jpa.properties.*}, then Spring Boot's defaults.
   */
  static Map<String, String> apply(EntityNaming naming, URLClassLoader loader, Map<String, String> settings) {
    if (naming == EntityNaming.HIBERNATE || naming == EntityNaming.AUTO && !onEntityClasspath(loader)) {
      return settings;
    }
    Map<String, String> spring = new TreeMap<>();
    Properties application = applicationProperties(loader);
    for (String key : application.stringPropertyNames()) {
      if (key.startsWith(PROPERTIES_PREFIX)) {
        spring.put(key.substring(PROPERTIES_PREFIX.length()), application.getProperty(key).trim());
      }
    }
    putIfSet(spring, PHYSICAL_KEY, application.getProperty("spring.jpa.hibernate.naming.physical-strategy"));
    putIfSet(spring, IMPLICIT_KEY, application.getProperty("spring.jpa.hibernate.naming.implicit-strategy"));
    spring.putIfAbsent(PHYSICAL_KEY, SPRING_PHYSICAL_NAMING);
    // Spring Boot's own class when the application has it, else autogen's copy of it
    spring.putIfAbsent(IMPLICIT_KEY,
        loadable(loader) ? SPRING_IMPLICIT_NAMING : SpringBootImplicitNaming.class.getName());
    spring.putAll(settings);
    return spring;
  }

  /**
   * Looks in the entities' own entries only: autogen's classpath is no application's. Spring Boot's Hibernate
   * integration there (a build tool's class path), or else the application's {@code @SpringBootApplication} class in
   * one of its directories ({@code target/classes} alone).
   */
  private static boolean onEntityClasspath(URLClassLoader loader) {
    return loader.findResource(SPRING_IMPLICIT_NAMING.replace('.', '/') + ".class") != null
        || SpringBootApplicationMarker.presentIn(loader);
  }

  private static boolean loadable(ClassLoader loader) {
    try {
      Class.forName(SPRING_IMPLICIT_NAMING, false, loader);
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  private static Properties applicationProperties(URLClassLoader loader) {
    Properties properties = new Properties();
    URL resource = loader.findResource(APPLICATION_PROPERTIES);
    if (resource == null) {
      return properties;
    }
    try (InputStream in = resource.openStream();
        Reader reader = new InputStreamReader(in, StandardCharsets.ISO_8859_1)) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new EntityScanException("cannot read " + resource + ": " + e.getMessage(), e);
    }
    return properties;
  }

  private static void putIfSet(Map<String, String> settings, String key, String value) {
    if (value != null && !value.isBlank()) {
      settings.put(key, value.trim());
    }
  }
}
