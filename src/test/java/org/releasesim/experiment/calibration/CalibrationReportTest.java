package org.releasesim.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.releasesim.experiment.KeySeries;
import org.releasesim.experiment.stats.IntervalSeries;

/** The report and the table from made-up replications, without running the model. */
class CalibrationReportTest {
  private static final CalibrationDesign DESIGN = CalibrationDesign.quick(7);

  /** Two replications measuring every target at its published value, plus a spread. */
  private static List<Measurements> atPublished(double spread) {
    Map<String, Double> a = new HashMap<>();
    Map<String, Double> b = new HashMap<>();
    for (Target t : Targets.all()) {
      double v = Double.isNaN(t.published()) ? 100 : t.published();
      a.put(t.id(), v - spread);
      b.put(t.id(), v + spread);
    }
    double[] curve = new double[Measurements.CURVE_MONTHS + 1];
    return List.of(new Measurements(7, a, curve, List.of()),
        new Measurements(8, b, curve, List.of()));
  }

  @Test
  void publishedValuesPassAndTheReportSaysSo() {
    CalibrationResult r = Calibration.summarise(DESIGN, atPublished(0.001));
    assertTrue(r.allPassed(), r.failures().toString());
    String md = CalibrationReport.markdown(r, "release-sim calibrate --quick");
    assertTrue(md.contains("targets pass.**"), md);
    assertFalse(md.contains("## Why targets fail"));
    assertTrue(md.contains("seeds 7, 8"));
    assertTrue(md.contains("`population.propensityShape`"), "lists the fitted defaults");
  }

  @Test
  void aFailingTargetIsNamedWithItsKnownCause() {
    List<Measurements> runs = atPublished(0.001);
    Map<String, Double> shifted = new HashMap<>(runs.get(0).values());
    shifted.put(Targets.BY_OFFENCE.get(0), 0.99);
    List<Measurements> bad = List.of(new Measurements(7, shifted, runs.get(0).curve(),
        List.of()), new Measurements(8, shifted, runs.get(1).curve(), List.of()));
    CalibrationResult r = Calibration.summarise(DESIGN, bad);
    assertEquals(List.of(Targets.ORDERING),
        r.failures().stream().map(f -> f.target().id()).toList());
    String md = CalibrationReport.markdown(r, "release-sim calibrate");
    assertTrue(md.contains("## Why targets fail"));
    assertTrue(md.contains("criminal history"), md);
  }

  /** A jail of {@code level} people throughout twelve years of 30-day intervals. */
  private static List<KeySeries> flatJail(double level) {
    int[] days = java.util.stream.IntStream.rangeClosed(1, 146).map(i -> 30 * i).toArray();
    double[] values = new double[days.length];
    java.util.Arrays.fill(values, level);
    return List.of(new KeySeries(KeySeries.JAIL_POPULATION, "all", "persons",
        new IntervalSeries(days, values)));
  }

  @Test
  void theReportChecksTheSteadyStateOfTheSeriesAveragedOverReplications() {
    List<Measurements> runs = atPublished(0.001);
    List<Measurements> withSeries = List.of(
        new Measurements(7, runs.get(0).values(), runs.get(0).curve(), flatJail(100)),
        new Measurements(8, runs.get(1).values(), runs.get(1).curve(), flatJail(300)));
    CalibrationResult r = Calibration.summarise(DESIGN, withSeries);
    String md = CalibrationReport.markdown(r, "release-sim calibrate --quick");
    assertTrue(md.contains("## Steady state"), md);
    assertTrue(md.contains("**All 1 key series pass.**"), md);
    assertTrue(md.contains("| jail_population | persons | 200 | 200 | +0.0% | pass |"), md);
    StringWriter text = new StringWriter();
    CalibrationSteadyState.print(r, new PrintWriter(text));
    assertTrue(text.toString().contains("averaged over 2 replications"), text.toString());
    assertTrue(text.toString().lines().anyMatch(l -> l.startsWith("jail_population")
        && l.contains("+0.0%")), text.toString());
  }

  @Test
  void theTableHasARowPerTargetAndTheCount() {
    StringWriter text = new StringWriter();
    CalibrationTable.print(Calibration.summarise(DESIGN, atPublished(0.001)),
        new PrintWriter(text));
    long checked = Targets.all().stream()
        .filter(t -> t.check() != Target.Check.DIAGNOSTIC).count();
    assertTrue(text.toString().contains(checked + " of " + checked + " targets pass."),
        text.toString());
    assertEquals(Targets.all().size() + 4, text.toString().split("\n").length);
  }
}
