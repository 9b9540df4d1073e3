package dev.autogen.cli;

import picocli.CommandLine;

/** The version from the jar's manifest (unknown when run from classes). */
final class VersionProvider implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = AutogenCli.class.getPackage().getImplementationVersion();
    return new String[] {"autogen " + (version == null ? "(development build)" : version)};
  }
}
