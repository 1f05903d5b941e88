package org.releasesim.experiment.calibration;

import static org.releasesim.experiment.calibration.SummaryLookup.ratio;
import static org.releasesim.model.metrics.SeriesPoint.ALL;

import java.util.HashMap;
import java.util.Map;
import org.releasesim.experiment.KeySeriesRecorder;
import org.releasesim.model.CrimeType;
import org.releasesim.model.ReleaseSim;
import org.releasesim.model.metrics.DetainerSubject;
import org.releasesim.model.metrics.JailStock;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.metrics.Summaries;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.model.param.TimeParams;

/**
 * One replication of the calibration county: runs it headless with the cohort and pretrial
 * trackers listening and the key series recorded, then measures every target from the trackers
 * and the run's summary.
 */
final class CalibrationRun {
  private static final double YEAR = TimeParams.DAYS_PER_YEAR;
  /** BJS counts "within 6 months" of release. */
  private static final double SIX_MONTHS = YEAR / 2;
  /** BJS computes the average stay with a 365-day year. */
  private static final double DAYS_PER_YEAR_BJS = 365;

  private CalibrationRun() {}

  /** Runs replication {@code r} of the design and measures it. */
  static Measurements run(CalibrationDesign design, int r) {
    return run(design, design.scenario(r));
  }

  /** Runs the design's county with the given scenario (its seed included) and measures it. */
  static Measurements run(CalibrationDesign design, ScenarioParams params) {
    KeySeriesRecorder keySeries = new KeySeriesRecorder();
    ReleaseSim sim = new ReleaseSim(params, keySeries);
    PrisonCohortTracker cohort = new PrisonCohortTracker(
        p -> sim.population().ageBand(p, sim.schedule.getTime()),
        design.windowStartDay(), design.windowEndDay());
    PretrialTracker pretrial = new PretrialTracker(
        PretrialTracker.CaseStatus.of(sim::population), design.windowStartDay(),
        design.windowEndDay());
    sim.setEventListener(e -> {
      cohort.happened(e);
      pretrial.happened(e);
    });
    sim.runToEnd();
    SummaryLookup summary = new SummaryLookup(
        new Summaries(sim.metrics(), params.time().recordedDays()).rows());
    Map<String, Double> values = new HashMap<>();
    measureCohort(cohort.cohort(), values);
    values.put(Targets.PRETRIAL, pretrial.episodes().share());
    measureReporting(summary, values);
    measureJail(summary, values);
    return new Measurements(params.seed(), values,
        cohort.cohort().curve(Measurements.curveDays()), keySeries.series());
  }

  static void measureCohort(ReleaseCohort c, Map<String, Double> values) {
    values.put(Targets.REARREST_1Y, c.rearrestedWithin(YEAR));
    values.put(Targets.REARREST_3Y, c.rearrestedWithin(3 * YEAR));
    values.put(Targets.REARREST_5Y, c.rearrestedWithin(5 * YEAR));
    values.put(Targets.REARREST_10Y, c.rearrestedWithin(10 * YEAR));
    values.put(Targets.EARLY_SHARE, c.shareOfRearrestsWithin(SIX_MONTHS, 5 * YEAR));
    for (int t = 0; t < CrimeType.count(); t++) {
      values.put(Targets.BY_OFFENCE.get(t), c.rearrestedWithin(5 * YEAR, t));
    }
    for (int band = 0; band < Targets.BY_AGE.size(); band++) {
      values.put(Targets.BY_AGE.get(band), c.rearrestedWithinByAge(5 * YEAR, band + 1));
    }
    values.put(Targets.CONCENTRATION, c.concentration(Targets.CONCENTRATION_ARREST_SHARE));
    values.put(Targets.COHORT_SIZE, (double) c.size());
  }

  /**
   * How far the rates by commitment offence are from failing "property highest, violent lowest":
   * the smaller of (property minus the highest of drug and public order) and (the lowest of
   * those minus violent). Positive when the ordering holds.
   */
  static double orderingMargin(double[] byType) {
    double violent = byType[CrimeType.VIOLENT.ordinal()];
    double property = byType[CrimeType.PROPERTY.ordinal()];
    double drug = byType[CrimeType.DRUG.ordinal()];
    double publicOrder = byType[CrimeType.PUBLIC_ORDER.ordinal()];
    return Math.min(property - Math.max(drug, publicOrder),
        Math.min(drug, publicOrder) - violent);
  }

  private static void measureReporting(SummaryLookup s, Map<String, Double> values) {
    String violent = CrimeType.VIOLENT.name();
    String property = CrimeType.PROPERTY.name();
    values.put(Targets.REPORTED_VIOLENT,
        ratio(s.ofType(Metric.REPORTED, violent), s.ofType(Metric.VICTIMISATIONS, violent)));
    values.put(Targets.REPORTED_PROPERTY,
        ratio(s.ofType(Metric.REPORTED, property), s.ofType(Metric.VICTIMISATIONS, property)));
    values.put(Targets.VICTIMS_VIOLENT, s.row(Metric.VICTIMISATIONS, violent, ALL, ALL)
        .per100kPerYear());
    values.put(Targets.VICTIMS_PROPERTY, s.row(Metric.VICTIMISATIONS, property, ALL, ALL)
        .per100kPerYear());
    values.put(Targets.CLEARED_VIOLENT,
        ratio(s.ofType(Metric.CLEARED, violent), s.ofType(Metric.REPORTED, violent)));
    values.put(Targets.CLEARED_PROPERTY,
        ratio(s.ofType(Metric.CLEARED, property), s.ofType(Metric.REPORTED, property)));
  }

  private static void measureJail(SummaryLookup s, Map<String, Double> values) {
    double admissionsPerYear = s.total(Metric.BOOKINGS).perYear();
    double adp = s.total(Metric.JAIL_POPULATION).value();
    values.put(Targets.ADMISSIONS, s.total(Metric.BOOKINGS).per100kPerYear());
    values.put(Targets.ADP, s.total(Metric.JAIL_POPULATION).per100kPerYear());
    values.put(Targets.STAY, ratio(adp * DAYS_PER_YEAR_BJS, admissionsPerYear));
    values.put(Targets.PRETRIAL_SHARE,
        ratio(s.ofStatus(Metric.JAIL_POPULATION, JailStock.PRETRIAL), adp));
    values.put(Targets.NO_CONVICTION,
        ratio(s.ofStatus(Metric.DETAINERS_LODGED, DetainerSubject.NO_CONVICTION),
            s.total(Metric.DETAINERS_LODGED).value()));
  }
}
