package dev.autogen.maven;

import dev.autogen.command.AutogenConfig;
import dev.autogen.command.ConfigLoader;
import dev.autogen.command.LockRetrySettings;
import dev.autogen.command.Project;
import dev.autogen.runtime.TerminalText;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: the settings (see {@link MavenSettings} for their order), the project's class path as the
 * entities' class path, and failures as one line. Each goal is a thin call into the engine's {@link Project}.
 */
abstract class AbstractAutogenMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  /** {@code autogen.properties} shared with the command line; read when it exists. */
  @Parameter(property = "autogen.configFile", defaultValue = "${project.basedir}/autogen.properties")
  File configFile;

  /** A PostgreSQL JDBC URL, or {@code embedded} (data in {@code .autogen/} beside the POM). */
  @Parameter
  String url;

  /** The database user; the password comes from {@code AUTOGEN_PASSWORD} or {@code autogen.properties}. */
  @Parameter
  String user;

  /** The directory holding {@code versions/} (default {@code migrations}), relative to the project. */
  @Parameter
  String scriptLocation;

  /** Packages holding the {@code @Entity} classes (subpackages included). */
  @Parameter
  List<String> entityPackages;

  @Parameter
  String versionTable;

  /** Seconds {@code upgrade} and {@code downgrade} wait for another process's migration. */
  @Parameter
  Integer lockTimeout;

  @Parameter
  List<String> includeSchemas;

  @Parameter
  List<String> excludeTables;

  @Parameter
  Boolean transactionPerMigration;

  /** The longest each migration statement waits for a lock ({@code lock_timeout}): {@code 5s}, {@code 500ms}. */
  @Parameter
  String statementLockTimeout;

  /** How often a statement that ran out of {@code statementLockTimeout} is tried again. */
  @Parameter
  Integer lockRetries;

  /** The pause before the first lock retry ({@code 1s} unless set); it doubles with each retry, up to 30s. */
  @Parameter
  String lockRetryDelay;

  /** {@code hibernate.*} and {@code jakarta.persistence.*} settings handed to Hibernate's boot. */
  @Parameter
  Map<String, String> hibernate;

  /** Skips the goal (for a module that holds entities but no migrations). */
  @Parameter(property = "autogen.skip", defaultValue = "false")
  boolean skip;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping autogen (autogen.skip)");
      return;
    }
    if ("pom".equals(project.getPackaging())) {
      getLog().info("Skipping autogen in " + project.getArtifactId() + ": a pom module has no entities");
      return;
    }
    LibraryLogging.quiet();
    try (Project autogen = new Project(config(), getLog()::info, Clock.systemUTC())) {
      run(autogen);
    } catch (RuntimeException e) {
      // engine failures carry one line written for users; Maven prints the stack trace with -e
      throw new MojoFailureException(oneLine(e), e);
    }
  }

  /** Runs the goal; failures are {@link MojoFailureException}s with one line, or the engine's exceptions. */
  abstract void run(Project autogen) throws MojoFailureException;

  AutogenConfig config() throws MojoExecutionException {
    Path file = configFile.toPath();
    boolean fileExists = Files.isRegularFile(file);
    Map<String, String> settings = new MavenSettings()
        .fromFile(fileExists ? read(file) : Map.of())
        .fromPomProperties(project.getProperties())
        .fromConfiguration(configuration())
        .fromProperties(session.getUserProperties())
        .merged();
    // errors name the file the settings came from, else the POM (relative paths resolve against its directory)
    Path source = fileExists ? file : project.getFile().toPath();
    ConfigLoader.Overrides overrides = new ConfigLoader.Overrides(
        session.getUserProperties().getProperty("autogen.url"),
        session.getUserProperties().getProperty("autogen.user"));
    AutogenConfig config = new ConfigLoader(System.getenv(), MavenSettings.NAMES).load(source, settings, overrides);
    try {
      return config.withEntityClasspath(MavenProjectClasspath.of(project));
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("the dependencies of " + project.getId() + " are not resolved", e);
    }
  }

  private Map<String, String> configuration() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("url", url);
    values.put("user", user);
    values.put("script_location", scriptLocation);
    values.put("entities.packages", join(entityPackages));
    values.put("version_table", versionTable);
    values.put("lock_timeout", lockTimeout == null ? null : lockTimeout.toString());
    values.put("include.schemas", join(includeSchemas));
    values.put("exclude.tables", join(excludeTables));
    values.put("transaction_per_migration", transactionPerMigration == null ? null : transactionPerMigration.toString());
    values.put(LockRetrySettings.LOCK_TIMEOUT, statementLockTimeout);
    values.put(LockRetrySettings.LOCK_RETRIES, lockRetries == null ? null : lockRetries.toString());
    values.put(LockRetrySettings.LOCK_RETRY_DELAY, lockRetryDelay);
    if (hibernate != null) {
      values.putAll(hibernate);
    }
    return values;
  }

  private static String join(List<String> values) {
    return values == null || values.isEmpty() ? null : String.join(",", values);
  }

  private static Map<String, String> read(Path file) throws MojoExecutionException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new MojoExecutionException("cannot read " + file + ": " + e.getMessage(), e);
    }
    Map<String, String> values = new TreeMap<>();
    properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
    return values;
  }

  /** The message's first line, with any escape sequence or other line break in it made visible. */
  static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
    int newline = message.indexOf('\n');
    return TerminalText.line(newline < 0 ? message : message.substring(0, newline));
  }
}
