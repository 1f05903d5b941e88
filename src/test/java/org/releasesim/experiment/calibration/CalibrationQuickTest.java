package org.releasesim.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.releasesim.output.calibration.CalibrationFiles;

/**
 * The quick calibration (a county of 150,000, four replications, about 15 s): every target must
 * pass, so that a change of a default or of the model that moves the model away from a
 * published figure fails the build.
 *
 * <p>The rule is the quick form's: the 95% interval over replications must reach the tolerance
 * band. With four small replications, the mean of a noisy target (the detainer mix, the rates by
 * offence) moves by about its interval from seed to seed; asking the mean itself to sit within
 * the tolerance would fail on noise, while the CI-aware band still fails on any drift larger
 * than the noise. The full form (docs/calibration.md) uses the strict rule.
 *
 * <p>Targets that the model cannot reach without a change of its logic are listed in
 * {@link #KNOWN_FAILURES} with the reason; they must keep failing, so that the list is emptied
 * as soon as the model reaches them.
 */
class CalibrationQuickTest {
  private static final long SEED = 20_260_501L;
  /** Target id to why it fails today; see docs/calibration.md, "Why targets fail". */
  private static final Map<String, String> KNOWN_FAILURES = Map.of();

  private static CalibrationResult result;

  @BeforeAll
  static void runQuickCalibration() {
    result = Calibration.run(CalibrationDesign.quick(SEED), 1, done -> { });
  }

  @Test
  void everyTargetPassesExceptTheKnownFailures() {
    List<Executable> checks = new ArrayList<>();
    for (TargetResult r : result.results()) {
      String id = r.target().id();
      String shown = id + ": model " + r.estimate().mean() + " +- " + r.estimate().halfWidth()
          + ", published " + r.target().published();
      if (KNOWN_FAILURES.containsKey(id)) {
        checks.add(() -> assertFalse(r.passed(), id + " passes now: remove it from"
            + " KNOWN_FAILURES and from the report's known causes (" + shown + ")"));
      } else {
        checks.add(() -> assertTrue(r.passed(), shown));
      }
    }
    assertAll(checks);
  }

  @Test
  void theCohortIsLargeEnoughToMeasure() {
    assertTrue(result.result(Targets.COHORT_SIZE).estimate().mean() > 200,
        "a cohort of at least 200 releasees per replication");
    assertEquals(4, result.seeds().size());
    assertEquals(Set.of(SEED, SEED + 1, SEED + 2, SEED + 3), Set.copyOf(result.seeds()));
  }

  @Test
  void everyKeySeriesIsCheckedForASteadyState() {
    assertEquals(List.of("jail_population", "jail_pretrial_share", "residents (CITIZEN)",
        "residents (LAWFUL_NONCITIZEN)", "residents (UNAUTHORIZED)",
        "offending_per_100k (CITIZEN)", "offending_per_100k (LAWFUL_NONCITIZEN)",
        "offending_per_100k (UNAUTHORIZED)", "ice_custody_population"),
        result.steadyState().rows().stream().map(row -> row.series().label()).toList());
    // twelve recorded years: the first and last three are compared
    assertTrue(result.steadyState().rows().stream()
        .noneMatch(row -> row.check().windows().thirds()));
  }

  @Test
  void theReportAndChartAreWritten(@TempDir Path dir) throws IOException {
    Path report = dir.resolve("calibration.md");
    CalibrationFiles.write(report, result, "release-sim calibrate --quick");
    String text = Files.readString(report);
    assertTrue(text.contains("| Prison releasees re-arrested within 1 year | 43.0% ± 3 pp |"),
        text);
    assertTrue(text.contains("![Simulated and BJS cumulative re-arrest](images/"
        + CalibrationReport.CHART + ")"));
    assertTrue(text.contains("## Steady state"), text);
    assertTrue(text.contains("| jail_population | persons | "), text);
    assertTrue(Files.size(dir.resolve("images").resolve(CalibrationReport.CHART)) > 10_000);
    List<String> csv = Files.readAllLines(dir.resolve("images")
        .resolve(CalibrationReport.CHART_DATA));
    assertEquals(Measurements.CURVE_MONTHS + 2, csv.size());
  }
}
