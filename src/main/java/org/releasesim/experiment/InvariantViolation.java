package org.releasesim.experiment;

import java.util.List;

/** A conservation check failed during a run: a bug in the model, reported with what broke. */
public final class InvariantViolation extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public InvariantViolation(double day, List<String> problems) {
    super("conservation check failed at schedule day " + day + ": "
        + String.join("; ", problems));
  }
}
