package org.releasesim.experiment.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.releasesim.experiment.stats.Estimate;
import org.releasesim.experiment.sweep.Contrast;
import org.releasesim.experiment.sweep.OutcomeSet;

/**
 * Sequential replication for a paired comparison: after each batch, compare the 95% half-width
 * of every paired difference of the named outcomes with its target; where one is wider, plan as
 * many replicates as {@code n (halfWidth / target)^2} suggests (at least one more), up to a cap.
 * The decision depends only on the results, never on threads or timing, so the same command
 * always stops at the same replicate count. (Stopping when an interval first looks narrow
 * enough slightly undercovers; with a dozen or more replicates the effect is small; see Law
 * 2015, "Simulation Modeling and Analysis", section 9.4.1.)
 *
 * @param targets half-width per outcome column
 * @param cap the most replicates allowed
 */
public record AdaptiveReplications(Map<String, Double> targets, int cap) {

  /**
   * What to do after a batch.
   *
   * @param replications replicates to have after the next batch (equal to now when stopping)
   * @param stop whether to stop
   * @param reached whether every target is met
   * @param message what happened, in a sentence
   */
  public record Step(int replications, boolean stop, boolean reached, String message) {}

  /** The next step, given the contrasts computed on {@code n} replicates. */
  public Step next(int n, List<Contrast> contrasts, OutcomeSet outcomes) {
    long needed = n;
    List<String> widest = new ArrayList<>();
    boolean reached = true;
    for (Map.Entry<String, Double> target : targets.entrySet()) {
      int column = outcomes.indexOf(target.getKey());
      double worst = Double.NaN;
      for (Contrast c : contrasts) {
        if (c.outcome() == column) {
          Estimate d = c.difference().difference();
          boolean ok = d.halfWidth() <= target.getValue();
          reached &= ok;
          needed = Math.max(needed, ok ? n : Math.max(n + 1, d.replicatesFor(target.getValue())));
          worst = Double.isNaN(worst) || d.halfWidth() > worst ? d.halfWidth() : worst;
        }
      }
      widest.add(String.format(Locale.ROOT, "%s half-width %.4g %s (target %s)",
          target.getKey(), worst, outcomes.columns().get(column).unit(), target.getValue()));
    }
    String state = String.join(", ", widest);
    if (reached) {
      return new Step(n, true, true, "precision reached with " + n + " replicates: " + state);
    }
    if (n >= cap) {
      return new Step(n, true, false, "stopped at the cap of " + cap + " replicates before"
          + " reaching the precision: " + state);
    }
    int next = (int) Math.min(cap, needed);
    return new Step(next, false, false, n + " replicates give " + state + "; running "
        + (next - n) + " more");
  }
}
