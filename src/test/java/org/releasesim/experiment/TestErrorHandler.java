package org.releasesim.experiment;

import org.releasesim.cli.UserInputException;
import org.releasesim.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * What {@code cli.UserErrorHandler} does (that class is package-private): user errors become one
 * paragraph on stderr and exit code 2; anything else is a bug, with its stack trace and code 1.
 */
final class TestErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
    if (e instanceof ScenarioException || e instanceof UserInputException) {
      cl.getErr().println("error: " + e.getMessage());
      cl.getErr().flush();
      return 2;
    }
    cl.getErr().println("internal error (please report it): " + e);
    e.printStackTrace(cl.getErr());
    cl.getErr().flush();
    return 1;
  }
}
