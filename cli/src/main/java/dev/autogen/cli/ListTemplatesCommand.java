package dev.autogen.cli;

import dev.autogen.command.Templates;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "list-templates", mixinStandardHelpOptions = true,
    description = "List the templates 'init --template NAME' can lay down.")
final class ListTemplatesCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.println("Available templates:");
    out.println();
    new Templates(ListTemplatesCommand.class.getClassLoader()).list()
        .forEach((name, description) -> out.println(name + " - " + description));
    out.println();
    out.println("Templates are used via the 'init' command, e.g.:");
    out.println();
    out.println("  autogen init --template generic ./migrations");
    return 0;
  }
}
