package org.releasesim.cli;

import java.util.Optional;
import org.releasesim.app.OutputFault;
import org.releasesim.app.UserInputException;
import org.releasesim.experiment.sweep.SweepException;
import org.releasesim.output.OutputFolderException;
import org.releasesim.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns errors the user can fix into one clear paragraph and exit code 2, without a stack trace:
 * bad input, an unusable output folder, and a failed write (a full disk, a read-only folder),
 * which the user must fix on the machine. Anything else is a bug and keeps its stack trace.
 */
final class UserErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
    if (e instanceof ScenarioException || e instanceof UserInputException
        || e instanceof SweepException || e instanceof OutputFolderException) {
      return userError(cl, e.getMessage());
    }
    Optional<OutputFault> fault = OutputFault.of(e);
    if (fault.isPresent()) {
      return userError(cl, fault.get().problem() + ". " + fault.get().cure() + ".");
    }
    cl.getErr().println("internal error (please report it): " + e);
    e.printStackTrace(cl.getErr());
    cl.getErr().flush();
    return ExitCodes.INTERNAL;
  }

  private static int userError(CommandLine cl, String message) {
    cl.getErr().println("error: " + message);
    cl.getErr().flush();
    return ExitCodes.BAD_INPUT;
  }
}
