package org.releasesim.experiment.discovery;

/**
 * Scenario discovery cannot go on with what it was given: a condition with bad syntax, a column
 * that is not there, something a condition may not do, a value that is not true or false; a
 * table or input column that cannot be used. The message is one paragraph for the user, naming
 * the condition or file, the position where known, and what is allowed.
 */
public final class DiscoveryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DiscoveryException(String message) {
    super(message);
  }
}
