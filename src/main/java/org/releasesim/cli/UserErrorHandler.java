package org.releasesim.cli;

import org.releasesim.experiment.sweep.SweepException;
import org.releasesim.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns errors the user can fix into one clear paragraph and exit code 2, without a stack trace;
 * anything else is a bug and keeps its stack trace.
 */
final class UserErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
    if (e instanceof ScenarioException || e instanceof UserInputException
        || e instanceof SweepException) {
      cl.getErr().println("error: " + e.getMessage());
      cl.getErr().flush();
      return ExitCodes.BAD_INPUT;
    }
    cl.getErr().println("internal error (please report it): " + e);
    e.printStackTrace(cl.getErr());
    cl.getErr().flush();
    return ExitCodes.INTERNAL;
  }
}
