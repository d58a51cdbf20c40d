package io.drkit.harness.cli;

import io.drkit.core.replication.WriteMode;
import picocli.CommandLine.ITypeConverter;

/** Parses async|replicated with the router's own message on anything else. */
final class WriteModeConverter implements ITypeConverter<WriteMode> {
  @Override
  public WriteMode convert(String value) {
    return WriteMode.parse(value);
  }
}
