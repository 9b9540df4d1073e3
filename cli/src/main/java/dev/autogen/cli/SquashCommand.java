package dev.autogen.cli;

import dev.autogen.command.Project;
import dev.autogen.command.SquashRequest;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "squash", mixinStandardHelpOptions = true,
    description = "Write one revision equal to the revisions after FROM up to TO, once two scratch databases prove"
        + " it builds the same catalog and its downgrade returns to FROM's; databases at TO or past it keep working.")
final class SquashCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ProjectOptions options;

  @Option(names = {"-m", "--message"}, paramLabel = "MESSAGE", description = "What the squashed revisions do.")
  String message;

  @Option(names = "--rev-id", paramLabel = "ID", description = "Use this revision id instead of a random one.")
  String revisionId;

  @Parameters(paramLabel = "FROM:TO", description = "The range: FROM (a revision or base) and TO, which builds on it.")
  String range;

  @Override
  public Integer call() {
    try (Project project = options.project(spec)) {
      project.squash(new SquashRequest(range, message, revisionId), spec.commandLine().getOut()::println);
    }
    return 0;
  }
}
