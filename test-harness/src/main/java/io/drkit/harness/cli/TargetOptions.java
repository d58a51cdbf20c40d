package io.drkit.harness.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a command runs: the local lab, or a deployment described by its Terraform outputs (a picocli mixin). */
final class TargetOptions {

  @Option(names = "--target", defaultValue = "lab", description = "lab (default: brings the local lab up) or aws: "
      + "a deployment, given by --stack.")
  String target;

  @Option(names = "--stack", description = "aws: the Terraform outputs (terraform output -json > FILE).")
  Path stack;

  boolean aws() {
    return target.equals("aws");
  }

  /** A clear refusal for anything but lab and aws; empty when the target is one of them. */
  java.util.Optional<String> invalid() {
    return target.equals("lab") || aws() ? java.util.Optional.empty()
        : java.util.Optional.of("--target is lab or aws, not " + target);
  }
}
