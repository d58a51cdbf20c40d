package io.drkit.harness.cli;

import picocli.CommandLine.Command;

/** {@code ./dr asl}: run, validate and measure state machines on the local engine. */
@Command(
    name = "asl",
    mixinStandardHelpOptions = true,
    description = "Run, validate and measure Amazon States Language definitions on the local engine.",
    subcommands = {AslRunCommand.class, AslValidateCommand.class, AslConformanceCommand.class})
final class AslCommand implements Runnable {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
