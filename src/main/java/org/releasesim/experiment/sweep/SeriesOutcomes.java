package org.releasesim.experiment.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.metrics.SeriesPoint;

/**
 * Reduces a run's full time series (every breakdown cell) to the time series of a few outcomes:
 * per output interval, the sum of the cells an outcome covers over all jurisdictions (the
 * outcome's breakdown categories must match; {@code all} matches any). Shares and indices that do
 * not add up (reporting rate, trust) take the single cell they name, so they need a group and
 * one jurisdiction; otherwise the value is NaN.
 */
public final class SeriesOutcomes {
  private final List<OutcomeSpec> outcomes;

  public SeriesOutcomes(List<OutcomeSpec> outcomes) {
    this.outcomes = List.copyOf(outcomes);
  }

  public List<OutcomeSpec> outcomes() {
    return outcomes;
  }

  /** The values of every outcome, outcome by outcome, day by day. */
  public List<SeriesValue> reduce(List<SeriesPoint> series) {
    List<SeriesValue> values = new ArrayList<>();
    for (int o = 0; o < outcomes.size(); o++) {
      OutcomeSpec spec = outcomes.get(o);
      Map<Integer, double[]> byDay = new TreeMap<>();
      for (SeriesPoint p : series) {
        if (matches(spec, p)) {
          double[] acc = byDay.computeIfAbsent(p.day(), d -> new double[2]);
          acc[0] += p.value();
          acc[1]++;
        }
      }
      for (Map.Entry<Integer, double[]> e : byDay.entrySet()) {
        double[] acc = e.getValue();
        values.add(new SeriesValue(o, e.getKey(),
            summable(spec) || acc[1] == 1 ? acc[0] : Double.NaN));
      }
    }
    return values;
  }

  /** Counts and levels add up over cells; shares and indices do not. */
  private static boolean summable(OutcomeSpec spec) {
    return spec.metric().additive() && spec.metric().kind() != Metric.Kind.RATIO;
  }

  private static boolean matches(OutcomeSpec spec, SeriesPoint p) {
    return p.metric().equals(spec.metric().id()) && covers(spec.type(), p.type())
        && covers(spec.group(), p.group()) && covers(spec.status(), p.status());
  }

  private static boolean covers(String wanted, String actual) {
    return wanted.equals(SeriesPoint.ALL) || wanted.equals(actual);
  }
}
