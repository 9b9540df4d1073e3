package dev.autogen.cli;

import java.util.Map;
import picocli.CommandLine;

/** Creates command objects, handing the environment to those that read configuration. */
final class CliFactory implements CommandLine.IFactory {

  private final Map<String, String> environment;
  private final KnownSecrets secrets;
  private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

  CliFactory(Map<String, String> environment, KnownSecrets secrets) {
    this.environment = Map.copyOf(environment);
    this.secrets = secrets;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    K instance = fallback.create(type);
    if (instance instanceof ProjectOptions options) {
      options.environment = environment;
      options.secrets = secrets;
    }
    if (instance instanceof TargetOptions target) {
      target.secrets = secrets;
    }
    return instance;
  }
}
