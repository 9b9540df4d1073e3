package dev.autogen.maven;

import dev.autogen.command.SettingNames;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * autogen's settings as a Maven build gives them, merged into the keys of {@code autogen.properties}. Later sources
 * win: {@code autogen.properties}, then the POM's {@code <properties>} ({@code autogen.KEY}), then the plugin's
 * {@code <configuration>}, then {@code -Dautogen.KEY} on the command line, as a command line overrides a POM.
 */
final class MavenSettings {

  static final String PREFIX = "autogen.";

  /** {@code autogen.*} properties that are goal parameters, not settings. */
  static final Set<String> GOAL_PROPERTIES = Set.of("autogen.skip", "autogen.configFile", "autogen.message",
      "autogen.empty", "autogen.autogenerate", "autogen.revId", "autogen.head", "autogen.splice",
      "autogen.branchLabels", "autogen.dependsOn", "autogen.noRenames", "autogen.target", "autogen.acceptChanged",
      "autogen.acceptAllChanges", "autogen.verbose", "autogen.checkHeads", "autogen.range",
      "autogen.indicateCurrent", "autogen.sqlFile", "autogen.scratchUrl");

  /** The build's class path replaces this key; in a file shared with the command line it is left to the CLI. */
  static final String ENTITY_CLASSPATH = "entities.classpath";

  /**
   * How errors name the settings to Maven users: the plugin's parameters, and every key of {@code autogen.properties}
   * but {@code entities.classpath}, which does not apply (there is no target database option either).
   */
  static final SettingNames NAMES = new SettingNames(
      "<entityPackages> in the plugin's configuration (or autogen.entities.packages)", "-Dautogen.autogenerate", null,
      SettingNames.PROPERTIES_FILE.keys().stream().filter(key -> !key.equals(ENTITY_CLASSPATH))
          .collect(Collectors.toSet()));

  private final Map<String, String> merged = new TreeMap<>();

  MavenSettings fromFile(Map<String, String> file) {
    file.forEach((key, value) -> {
      if (!key.equals(ENTITY_CLASSPATH)) {
        merged.put(key, value);
      }
    });
    return this;
  }

  /**
   * {@code autogen.KEY} entries of the POM's properties that are settings. A POM's properties are shared with
   * everything else in the build ({@code autogen.version} for the plugin's version, the parent's own switches), so
   * a name that is no setting is left alone there; on the command line it is an error ({@link #fromProperties}).
   */
  MavenSettings fromPomProperties(Properties properties) {
    for (String name : properties.stringPropertyNames()) {
      String key = name.startsWith(PREFIX) ? name.substring(PREFIX.length()) : null;
      if (key != null && !GOAL_PROPERTIES.contains(name) && (NAMES.keys().contains(key)
          || key.startsWith("hibernate.") || key.startsWith("jakarta.persistence."))) {
        merged.put(key, properties.getProperty(name));
      }
    }
    return this;
  }

  /** {@code autogen.KEY} entries of the command line's properties: a mistyped key reaches the loader's error. */
  MavenSettings fromProperties(Properties properties) {
    for (String name : properties.stringPropertyNames()) {
      if (name.startsWith(PREFIX) && !GOAL_PROPERTIES.contains(name)) {
        merged.put(name.substring(PREFIX.length()), properties.getProperty(name));
      }
    }
    return this;
  }

  /** The plugin's {@code <configuration>}: keys of {@code autogen.properties}, {@code null} values not given. */
  MavenSettings fromConfiguration(Map<String, String> configuration) {
    configuration.forEach((key, value) -> {
      if (value != null) {
        merged.put(key, value);
      }
    });
    return this;
  }

  Map<String, String> merged() {
    return Map.copyOf(merged);
  }
}
