package org.releasesim.cli;

/** Exit codes of every command. */
public final class ExitCodes {
  public static final int OK = 0;
  /** An internal failure (a bug): reported with a stack trace for the issue tracker. */
  public static final int INTERNAL = 1;
  /** Bad input: a scenario, option or file the user can fix. */
  public static final int BAD_INPUT = 2;

  private ExitCodes() {}
}
