package org.releasesim.output;

/**
 * An output folder cannot be used as asked: another process is writing it, it holds files
 * release-sim did not write, or what is there is damaged. The message is one paragraph for the
 * user, naming the folder or file, what is wrong and what to do; commands print it and exit with
 * code 2.
 */
public final class OutputFolderException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OutputFolderException(String message) {
    super(message);
  }

  public OutputFolderException(String message, Throwable cause) {
    super(message, cause);
  }
}
