package org.releasesim.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/** A mistyped command line: say what is wrong and how to get help, exit 2. */
final class UsageErrorHandler implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    cl.getErr().println("error: " + e.getMessage());
    cl.getErr().println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for usage.");
    cl.getErr().flush();
    return ExitCodes.BAD_INPUT;
  }
}
