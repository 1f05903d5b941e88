package org.releasesim.scenario;

/**
 * A scenario cannot be read. The message is one paragraph meant for the person who wrote the
 * file: where (file, line, column or the command-line override), which key, what value, and what
 * is allowed. Callers print {@link #getMessage()} and nothing else; no stack trace is for users.
 */
public final class ScenarioException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ScenarioException(String message) {
    super(message);
  }

  /** A problem at a place in a scenario: {@code "<where>: <what>"}. */
  static ScenarioException at(Location where, String what) {
    return new ScenarioException(where + ": " + what);
  }
}
