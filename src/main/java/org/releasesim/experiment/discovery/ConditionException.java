package org.releasesim.experiment.discovery;

/**
 * The condition given to scenario discovery cannot be used: bad syntax, a column that is not
 * there, something a condition may not do, or a value that is not true or false. The message is
 * one paragraph for the user, naming the condition, the position where known, and the columns
 * it may use.
 */
public final class ConditionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConditionException(String message) {
    super(message);
  }
}
