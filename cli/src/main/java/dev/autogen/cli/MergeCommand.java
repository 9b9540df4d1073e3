package dev.autogen.cli;

import dev.autogen.command.MergeRequest;
import dev.autogen.command.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "merge", mixinStandardHelpOptions = true,
    description = "Write a revision that joins several heads again; its upgrade() and downgrade() are empty.")
final class MergeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ProjectOptions options;

  @Option(names = {"-m", "--message"}, paramLabel = "MESSAGE", description = "What the merge is for.")
  String message;

  @Option(names = "--rev-id", paramLabel = "ID", description = "Use this revision id instead of a random one.")
  String revisionId;

  @Option(names = "--branch-label", paramLabel = "LABEL", description = "Name the branch the merge starts.")
  List<String> branchLabels = new ArrayList<>();

  @Parameters(paramLabel = "REV", arity = "0..*", defaultValue = "heads",
      description = "The revisions to join (default: heads).")
  List<String> revisions = new ArrayList<>();

  @Override
  public Integer call() {
    try (Project project = options.project(spec)) {
      project.merge(new MergeRequest(message == null ? "" : message, revisions, revisionId, branchLabels),
          spec.commandLine().getOut()::println);
    }
    return 0;
  }
}
