package org.releasesim.experiment.calibration;

import java.util.List;
import org.releasesim.model.param.BundledPolicy;
import org.releasesim.model.param.JurisdictionParams;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.model.param.TimeParams;

/**
 * The calibration county and how it is run. The county is {@link ScenarioParams#DEFAULTS} (US
 * population shares, every mechanism at its default) with two changes: its size, and a jail that
 * honours detainers, the common arrangement in the periods the targets come from (the BJS 2005
 * and 2008 release cohorts, TRAC's FY2012 detainers, under Secure Communities). ICE officers
 * scale with the population at the default staffing per 100,000 residents.
 *
 * <p>Time: a warm-up, then a cohort window in which prison releases join the cohort, then ten
 * years so that everyone released in the window is followed for ten years (the BJS NCJ 256094
 * horizon). Every other target is measured over the whole recorded period (window plus ten
 * years).
 *
 * @param base the parameters calibrated: {@link ScenarioParams#DEFAULTS} unless exploring an
 *     alternative (its first jurisdiction gives the group shares and clustering; its time,
 *     seed and policy are replaced)
 * @param population residents of the county
 * @param warmupYears years before the window, dropped from every measure
 * @param cohortYears length of the cohort window
 * @param followUpYears years recorded after the window: {@link #FOLLOW_UP_YEARS} for the
 *     calibration, fewer in a cheap posterior calibration whose targets need no longer horizon
 * @param replications independent runs, each with its own seed
 * @param seed seed of the first replication; replication r uses {@code seed + r}
 * @param quick whether this is the quick form (CI-aware pass rule; see {@link Target})
 */
public record CalibrationDesign(ScenarioParams base, int population, double warmupYears,
    double cohortYears, double followUpYears, int replications, long seed, boolean quick) {
  /** Follow-up after the cohort window: the longest BJS horizon, 10 years. */
  public static final double FOLLOW_UP_YEARS = 10;
  /** Output grid of the runs; only totals are used, so a coarse grid saves time. */
  private static final int OUTPUT_INTERVAL_DAYS = 30;
  private static final int MIN_POPULATION = 1_000;

  public CalibrationDesign {
    java.util.Objects.requireNonNull(base, "base");
    if (population < MIN_POPULATION) {
      throw new IllegalArgumentException("population must be at least " + MIN_POPULATION
          + ", not " + population);
    }
    if (!(followUpYears >= 1 && followUpYears <= FOLLOW_UP_YEARS)) {
      throw new IllegalArgumentException("the follow-up must be from 1 to " + FOLLOW_UP_YEARS
          + " years, not " + followUpYears);
    }
    if (replications < 2) {
      throw new IllegalArgumentException("replications must be at least 2 (for a confidence"
          + " interval), not " + replications);
    }
    if (seed < 0 || seed + replications - 1 > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("seed must be between 0 and "
          + (Integer.MAX_VALUE - replications + 1) + " with " + replications
          + " replications, not " + seed);
    }
  }

  /** Warm-up of both forms: the scenario default, long enough for a steady state. */
  private static final double DEFAULT_WARMUP = TimeParams.DEFAULTS.warmupYears();

  /** The full form: a county of 500,000, eight replications (a minute or two on one core). */
  public static CalibrationDesign full(long seed) {
    return new CalibrationDesign(ScenarioParams.DEFAULTS, 500_000, DEFAULT_WARMUP, 2,
        FOLLOW_UP_YEARS, 8, seed, false);
  }

  /** The quick form for CI: a county of 150,000, four replications (well under a minute). */
  public static CalibrationDesign quick(long seed) {
    return new CalibrationDesign(ScenarioParams.DEFAULTS, 150_000, DEFAULT_WARMUP, 2,
        FOLLOW_UP_YEARS, 4, seed, true);
  }

  /** The same design with another number of replications. */
  public CalibrationDesign withReplications(int r) {
    return new CalibrationDesign(base, population, warmupYears, cohortYears, followUpYears, r,
        seed, quick);
  }

  /** The same design calibrating other parameters. */
  public CalibrationDesign withBase(ScenarioParams parameters) {
    return new CalibrationDesign(parameters, population, warmupYears, cohortYears,
        followUpYears, replications, seed, quick);
  }

  /** Seed of replication {@code r} (0-based). */
  public long seedOf(int r) {
    return seed + r;
  }

  /** Schedule day at which the cohort window opens (the end of the warm-up). */
  public double windowStartDay() {
    return warmupYears * TimeParams.DAYS_PER_YEAR;
  }

  /** Schedule day at which the cohort window closes. */
  public double windowEndDay() {
    return (warmupYears + cohortYears) * TimeParams.DAYS_PER_YEAR;
  }

  /** The scenario of replication {@code r}. */
  public ScenarioParams scenario(int r) {
    return scenarioWithSeed(seedOf(r));
  }

  /**
   * The calibration county with a seed of its own choosing (a posterior calibration gives each
   * simulated particle a seed derived from its master seed).
   */
  public ScenarioParams scenarioWithSeed(long runSeed) {
    ScenarioParams d = base;
    JurisdictionParams j = d.jurisdictions().get(0);
    int officers = (int) Math.round(j.iceOfficers() * (double) population / j.population());
    JurisdictionParams county = j.withName("Calibration County").withPopulation(population)
        .withPolicyChanges(List.of()).withPolicy(BundledPolicy.HONOR_DETAINERS.name())
        .withIceOfficers(officers);
    TimeParams time = new TimeParams(warmupYears, cohortYears + followUpYears,
        OUTPUT_INTERVAL_DAYS);
    // the county first: its bundled policy and no changes are valid under any time and without
    // the base's own policies, so every intermediate copy is a valid scenario
    return d.withJurisdictions(List.of(county)).withPolicies(List.of()).withTime(time)
        .withSeed(runSeed)
        .withDescription("Calibration county: US-average rates, jail honours detainers");
  }
}
