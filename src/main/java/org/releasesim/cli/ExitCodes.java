package org.releasesim.cli;

/** Exit codes of every command. */
public final class ExitCodes {
  public static final int OK = 0;
  /** An internal failure (a bug): reported with a stack trace for the issue tracker. */
  public static final int INTERNAL = 1;
  /**
   * Bad input or an environment the user must fix: a scenario, option or file; an output folder
   * that is in use or not the tool's; a full disk or a read-only output folder.
   */
  public static final int BAD_INPUT = 2;

  private ExitCodes() {}
}
