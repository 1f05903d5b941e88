package org.releasesim.experiment.sweep;

/**
 * A sweep file, a sweep folder or a sweep option cannot be used. The message is one paragraph
 * for the user: where (file and line, or folder), which key, what is wrong and what is allowed.
 * Commands print it and exit with code 2; no stack trace is for users.
 */
public final class SweepException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SweepException(String message) {
    super(message);
  }

  public SweepException(String message, Throwable cause) {
    super(message, cause);
  }
}
