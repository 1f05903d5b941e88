package org.releasesim.app;

/** A problem with the command line or the file system that the user can fix (exit code 2). */
public final class UserInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserInputException(String message) {
    super(message);
  }
}
