package io.drkit.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DrTest {

  @Test
  void helpListsTheCommands() {
    StringWriter out = new StringWriter();
    CommandLine cli = Dr.commandLine();
    cli.setOut(new PrintWriter(out));
    assertThat(cli.execute("--help")).isZero();
    assertThat(out.toString()).contains("serve", "bench");
  }

  @Test
  void anUnknownCommandOrBadOptionIsAUsageError() {
    StringWriter err = new StringWriter();
    CommandLine cli = Dr.commandLine();
    cli.setErr(new PrintWriter(err));
    assertThat(cli.execute("fly")).isEqualTo(2);
    assertThat(cli.execute("serve", "--write-mode", "eventually")).isEqualTo(2);
    assertThat(err.toString()).contains("async", "replicated");
  }
}
