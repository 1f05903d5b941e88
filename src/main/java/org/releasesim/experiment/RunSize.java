package org.releasesim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.param.JurisdictionParams;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.model.param.TimeParams;

/**
 * The numbers a run's heap grows with, read from its scenario: each county's residents and tract
 * grid, and the recorded period and output interval, which fix how many time-series rows the run
 * produces, and when it holds them in memory ({@link Series}).
 *
 * <p>A sweep's factors change a scenario through {@code --set} keys; {@link #with} applies the
 * few keys that change a run's size to this record directly, so the largest design point of a
 * sweep is found without reading a scenario per point.
 *
 * @param counties each jurisdiction's size, in scenario order
 * @param years the recorded period, in years
 * @param intervalDays the output interval, in days
 * @param series when the run holds its time series in memory
 */
public record RunSize(List<County> counties, double years, int intervalDays, Series series) {
  /** When a run holds its time-series rows in memory. */
  public enum Series {
    /** Never (a sweep that asks for no time series). */
    NONE,
    /**
     * Once the model is gone: {@code run} streams the rows to disk and reads them all back for
     * the steady-state checks and the charts after the model has finished.
     */
    AFTER_MODEL,
    /** Beside the model, as it runs: a sweep keeps the rows of the series it asks for. */
    WITH_MODEL
  }

  /** Time-series rows one county writes per output interval: every cell of every metric. */
  static final int ROWS_PER_COUNTY_INTERVAL = rowsPerCountyInterval();

  private static final Pattern COUNTY_KEY =
      Pattern.compile("jurisdictions\\[(\\d+)]\\.(population|tractColumns|tractRows)");

  /**
   * One county's size.
   *
   * @param residents residents at the start
   * @param columns columns of its tract grid
   * @param rows rows of its tract grid
   */
  public record County(long residents, long columns, long rows) {}

  public RunSize {
    counties = List.copyOf(counties);
  }

  /** The size of a scenario's run as {@code run} makes it (series read back at the end). */
  public static RunSize of(ScenarioParams params) {
    List<County> counties = new ArrayList<>();
    for (JurisdictionParams j : params.jurisdictions()) {
      counties.add(new County(j.population(), j.tractColumns(), j.tractRows()));
    }
    TimeParams time = params.time();
    return new RunSize(counties, time.years(), time.outputIntervalDays(), Series.AFTER_MODEL);
  }

  /** This size with the time series held as given. */
  public RunSize holding(Series held) {
    return new RunSize(counties, years, intervalDays, held);
  }

  /**
   * This size after a {@code --set key=value}: keys that set a county's population or tract
   * grid, the recorded years or the output interval change it; any other key leaves it as it
   * is, as does a value that is not a number (the scenario reader refuses those with its own
   * message).
   */
  public RunSize with(String key, String value) {
    Optional<Double> number = number(value);
    if (number.isEmpty()) {
      return this;
    }
    double v = number.get();
    Matcher m = COUNTY_KEY.matcher(key);
    if (m.matches()) {
      int j = Integer.parseInt(m.group(1));
      return j < counties.size() ? withCounty(j, m.group(2), (long) Math.ceil(v)) : this;
    }
    return switch (key) {
      case "time.years" -> new RunSize(counties, v, intervalDays, series);
      case "time.outputIntervalDays" ->
          new RunSize(counties, years, (int) Math.max(1, Math.floor(v)), series);
      default -> this;
    };
  }

  /** Residents at the start, over all counties. */
  public long residents() {
    return counties.stream().mapToLong(County::residents).sum();
  }

  /** Tracts, over all counties. */
  public long tracts() {
    return counties.stream().mapToLong(c -> c.columns() * c.rows()).sum();
  }

  /** Time-series rows the run writes (and holds in memory, unless {@link Series#NONE}). */
  public long seriesRows() {
    long intervals = (long) Math.ceil(years * TimeParams.DAYS_PER_YEAR / intervalDays);
    return intervals * counties.size() * ROWS_PER_COUNTY_INTERVAL;
  }

  private RunSize withCounty(int j, String field, long v) {
    List<County> changed = new ArrayList<>(counties);
    County c = counties.get(j);
    changed.set(j, switch (field) {
      case "population" -> new County(v, c.columns(), c.rows());
      case "tractColumns" -> new County(c.residents(), v, c.rows());
      default -> new County(c.residents(), c.columns(), v);
    });
    return new RunSize(changed, years, intervalDays, series);
  }

  private static Optional<Double> number(String value) {
    try {
      double v = Double.parseDouble(value.strip());
      return Double.isFinite(v) && v >= 0 ? Optional.of(v) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * Counted metrics write a row per type, group and status; derived ones (ratios and rates) a
   * row per type and group, and fewer when a denominator is zero: an upper bound.
   */
  private static int rowsPerCountyInterval() {
    int rows = 0;
    for (Metric m : Metric.values()) {
      rows += m.types().size() * m.groups().size() * (m.derived() ? 1 : m.statuses().size());
    }
    return rows;
  }
}
