package dev.autogen.cli;

import dev.autogen.command.Templates;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "init", mixinStandardHelpOptions = true,
    description = "Create a migrations directory and, in the current directory, autogen.properties.")
final class InitCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "DIRECTORY", description = "The migrations directory to create, e.g. migrations.")
  Path directory;

  @Option(names = {"-t", "--template"}, defaultValue = "generic",
      description = "Template to lay down (default: ${DEFAULT-VALUE}); see list-templates.")
  String template;

  @Option(names = "--config-dir", paramLabel = "DIR",
      description = "Directory to write autogen.properties into (default: the current directory).")
  Path configDirectory = Path.of("");

  @Option(names = {"-v", "--verbose"}, description = "Show stack traces on failure.")
  boolean verbose;

  @Override
  public Integer call() {
    new Templates(InitCommand.class.getClassLoader())
        .init(directory, template, configDirectory.toAbsolutePath(), spec.commandLine().getOut()::println);
    return 0;
  }
}
