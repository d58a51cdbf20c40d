package io.drkit.harness.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./dr}: the project's command line. */
@Command(
    name = "dr",
    mixinStandardHelpOptions = true,
    version = "dr 0.1.0",
    description = "Multi-region active-active disaster recovery: serve, measure and (soon) drill it locally.",
    subcommands = {DrillCommand.class, LabCommand.class, ServeCommand.class, BenchCommand.class, AslCommand.class, WorkflowCommand.class,
        RtoCommand.class, IntegrityCommand.class,
        CommandLine.HelpCommand.class})
public final class Dr implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    return new CommandLine(new Dr()).setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println(cmd.getColorScheme().errorText("dr: " + e.getMessage()));
      return 1;
    });
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
