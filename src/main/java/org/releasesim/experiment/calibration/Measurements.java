package org.releasesim.experiment.calibration;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.releasesim.experiment.KeySeries;
import org.releasesim.model.param.TimeParams;

/**
 * What one replication measured: a value for every target id, the cohort's cumulative
 * re-arrest curve on a monthly grid (for the chart), and the key series that show whether the
 * warm-up was long enough.
 *
 * @param seed the replication's seed
 * @param values target id to the measured value (shares 0-1, counts in the target's unit)
 * @param curve cumulative re-arrest at {@link #curveDays()}
 * @param keySeries the run's key series (see {@link KeySeries})
 */
public record Measurements(long seed, Map<String, Double> values, double[] curve,
    List<KeySeries> keySeries) {
  /** Months on the curve's grid: 0 to 120 (10 years). */
  public static final int CURVE_MONTHS = 120;

  public Measurements {
    values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
    curve = curve.clone();
    keySeries = List.copyOf(keySeries);
  }

  /** The value measured for a target id. */
  public double value(String id) {
    Double v = values.get(id);
    if (v == null) {
      throw new IllegalArgumentException("no measurement " + id);
    }
    return v;
  }

  @Override
  public double[] curve() {
    return curve.clone();
  }

  /** Days since release of the curve's points: every month (a twelfth of a year). */
  public static double[] curveDays() {
    double[] days = new double[CURVE_MONTHS + 1];
    for (int m = 0; m <= CURVE_MONTHS; m++) {
      days[m] = m * TimeParams.DAYS_PER_YEAR / 12;
    }
    return days;
  }
}
