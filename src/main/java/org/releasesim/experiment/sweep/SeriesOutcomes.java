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
 * outcome's breakdown categories must match; {@code all} matches any). An index that does not
 * add up (trust) takes the single cell it names, so it needs a group and one jurisdiction;
 * otherwise the value is NaN. A ratio or a rate (reporting rate, victimisation rate) is
 * recomputed from its numerator and denominator, each summed over the same cells and every
 * jurisdiction: a ratio of the interval's two sums; a rate of the interval's count over the
 * residents of the group at the interval's end, per 100,000 and annualised from the interval's
 * length. An interval with nothing to divide by (no victimisations, no residents) has no value.
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
      if (spec.metric().derived()) {
        addDerived(values, o, spec, series);
      } else {
        addCounted(values, o, spec, series);
      }
    }
    return values;
  }

  private static void addCounted(List<SeriesValue> values, int o, OutcomeSpec spec,
      List<SeriesPoint> series) {
    Map<Integer, double[]> byDay = sums(spec.metric(), spec, series);
    for (Map.Entry<Integer, double[]> e : byDay.entrySet()) {
      double[] acc = e.getValue();
      values.add(new SeriesValue(o, e.getKey(),
          spec.metric().additive() || acc[1] == 1 ? acc[0] : Double.NaN));
    }
  }

  private static void addDerived(List<SeriesValue> values, int o, OutcomeSpec spec,
      List<SeriesPoint> series) {
    Metric metric = spec.metric();
    Map<Integer, double[]> numerators = sums(metric.numerator(), spec, series);
    Map<Integer, double[]> denominators = sums(metric.denominator(), spec, series);
    int previousDay = 0;
    for (Map.Entry<Integer, double[]> e : denominators.entrySet()) {
      int day = e.getKey();
      double denominator = e.getValue()[0];
      double[] numerator = numerators.get(day);
      double count = numerator == null ? 0 : numerator[0];
      double value = metric.kind() == Metric.Kind.RATIO
          ? (denominator > 0 ? count / denominator : Double.NaN)
          : Metric.per100kPerYear(count, denominator, day - previousDay);
      previousDay = day;
      if (!Double.isNaN(value)) {
        values.add(new SeriesValue(o, day, value));
      }
    }
  }

  /**
   * Per day, the sum of {@code metric}'s values over the cells the outcome covers and over
   * jurisdictions, and how many cells were added. A category the outcome names selects among
   * {@code metric}'s cells only if {@code metric} has that breakdown (a rate by crime type
   * divides by the residents of every type's victims).
   */
  private static Map<Integer, double[]> sums(Metric metric, OutcomeSpec spec,
      List<SeriesPoint> series) {
    Map<Integer, double[]> byDay = new TreeMap<>();
    String id = metric.id();
    for (SeriesPoint p : series) {
      if (p.metric().equals(id) && covers(spec.type(), p.type())
          && covers(spec.group(), p.group()) && covers(spec.status(), p.status())) {
        double[] acc = byDay.computeIfAbsent(p.day(), d -> new double[2]);
        acc[0] += p.value();
        acc[1]++;
      }
    }
    return byDay;
  }

  /** A point matches a category the outcome names, or any if either is {@code all}. */
  private static boolean covers(String wanted, String actual) {
    return wanted.equals(SeriesPoint.ALL) || actual.equals(SeriesPoint.ALL)
        || wanted.equals(actual);
  }
}
