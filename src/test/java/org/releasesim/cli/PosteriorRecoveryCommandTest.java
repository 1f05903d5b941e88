package org.releasesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recovery on the real model, as a user would run it: in each of 20 trials the true values are
 * drawn from the prior ({@code calibrate --posterior FILE --simulate-at prior --seed i}), the
 * county is run once at them to make the data, and the copy with those data is calibrated with
 * {@code calibrate --posterior}. When the truth is drawn from the prior, a calibrated posterior's
 * 90% credible interval holds it in 90% of trials; ABC's positive tolerance only widens the
 * intervals, so coverage may exceed 90%, and the test requires at least 80% (16 of 20) for each
 * parameter. If coverage were really 90%, 16 or more of 20 has probability 0.96.
 *
 * <p>Coverage alone is also met by a posterior as wide as the prior, so the intervals must be
 * informative too. Each parameter has a target that measures it almost directly, and the
 * targets' standard errors are the spread of each figure over 60 runs of this county at the
 * priors' means ({@code scripts/recovery-study.sh --noise 60 --at ...}: 0.035, 0.038 and 435),
 * so the exact posterior's SD is about that noise over the prior's SD: 0.035 / 0.173 = 0.20 for
 * violent reporting, 0.038 / 0.115 = 0.33 for property clearance, and (435 / 128,000
 * victimisations per unit of rate: 5,126 at the rate 0.04) / 0.0115 = 0.29 for the property
 * offending rate. Three generations of 20 particles stop at a tolerance well above 0,
 * which widens the posterior; the test requires the SD ratio, averaged over trials, below 0.6.
 *
 * <p>A county of 5,000 with half a year of warm-up and one-year cohort and follow-up windows
 * keeps a run near 0.06 s; 20 trials of 121 runs take about a minute on two cores.
 */
class PosteriorRecoveryCommandTest {
  static final int TRIALS = 20;
  static final List<String> KEYS = List.of("reporting.reportRates.violent",
      "policing.clearanceRates.property", "offending.baseRates.property");
  static final String FILE = """
      name: recovery
      seed: %d
      county: {population: 5000, warmupYears: 0.5, cohortYears: 1, followUpYears: 1}
      parameters:
        reporting.reportRates.violent: {uniform: {min: 0.2, max: 0.8}}
        policing.clearanceRates.property: {uniform: {min: 0.05, max: 0.45}}
        offending.baseRates.property: {uniform: {min: 0.02, max: 0.06}}
      targets:
        # the SD of each figure over 60 runs of this county at the priors' means
        reporting_violent: {se: 0.035}
        clearance_property: {se: 0.038}
        victimisations_property: {se: 435}
      sampler: {particles: 20, batch: 40, generations: 3}
      predictiveDraws: 0
      """;

  @Test
  void ninetyPercentIntervalsHoldTheTrueValuesInAtLeast80PercentOfTrials(@TempDir Path tmp)
      throws IOException {
    int[] covered = new int[KEYS.size()];
    double[] ratio = new double[KEYS.size()];
    for (int trial = 1; trial <= TRIALS; trial++) {
      // each trial's calibration has a master seed of its own, so the trials are independent
      Path file = tmp.resolve("recovery-" + trial + ".yaml");
      Files.writeString(file, FILE.formatted(1000 + trial));
      Path data = tmp.resolve("data-" + trial + ".yaml");
      CliRunner sim = CliRunner.run("calibrate", "--posterior", file.toString(),
          "--simulate-at", "prior", "--seed", Integer.toString(trial), "--out", data.toString());
      assertEquals(0, sim.exitCode, sim.err);
      Map<String, Double> truth = PosteriorSimulationCommandTest.truth(data);
      assertEquals(KEYS, new ArrayList<>(truth.keySet()));
      Path out = tmp.resolve("out-" + trial);
      CliRunner fit = CliRunner.run("calibrate", "--posterior", data.toString(), "--out",
          out.toString(), "--threads", "2", "--quiet");
      assertEquals(0, fit.exitCode, fit.err);
      Map<String, double[]> intervals = intervals(out);
      for (int k = 0; k < KEYS.size(); k++) {
        double[] row = intervals.get(KEYS.get(k));
        double t = truth.get(KEYS.get(k));
        if (t >= row[0] && t <= row[1]) {
          covered[k]++;
        }
        ratio[k] += row[2] / TRIALS;
      }
    }
    for (int k = 0; k < KEYS.size(); k++) {
      System.out.printf("recovery: %s covered in %d of %d trials, SD ratio %.3f%n", KEYS.get(k),
          covered[k], TRIALS, ratio[k]);
    }
    for (int k = 0; k < KEYS.size(); k++) {
      assertTrue(covered[k] >= 0.8 * TRIALS, KEYS.get(k) + ": the 90% interval held the truth"
          + " in " + covered[k] + " of " + TRIALS + " trials");
      assertTrue(ratio[k] < 0.6, KEYS.get(k) + ": posterior SD / prior SD averages " + ratio[k]
          + "; the targets should inform it");
    }
  }

  /** Per parameter, from parameters.csv: the 5% and 95% quantiles and the SD ratio. */
  static Map<String, double[]> intervals(Path out) throws IOException {
    Path folder;
    try (Stream<Path> s = Files.list(out.resolve("calibration").resolve("recovery"))) {
      folder = s.findFirst().orElseThrow();
    }
    List<String> lines = Files.readAllLines(folder.resolve("parameters.csv"));
    List<String> header = List.of(lines.get(0).split(","));
    Map<String, double[]> result = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      // the prior column is the only quoted one, and holds commas
      String[] cells = line.replaceAll("\"[^\"]*\"", "prior").split(",");
      result.put(cells[0], new double[] {Double.parseDouble(cells[header.indexOf("q05")]),
          Double.parseDouble(cells[header.indexOf("q95")]),
          Double.parseDouble(cells[header.indexOf("sd_ratio")])});
    }
    return result;
  }
}
