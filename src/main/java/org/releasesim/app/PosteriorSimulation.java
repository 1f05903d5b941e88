package org.releasesim.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.releasesim.experiment.posterior.FittedParameter;
import org.releasesim.experiment.posterior.ObservedTarget;
import org.releasesim.experiment.posterior.PosteriorFileReader;
import org.releasesim.experiment.posterior.PosteriorSpec;
import org.releasesim.experiment.posterior.Prior;
import org.releasesim.experiment.posterior.SimulatedData;
import org.releasesim.output.AtomicFiles;
import org.releasesim.scenario.ScenarioException;

/**
 * {@code release-sim calibrate --posterior FILE --simulate-at KEY=VALUE ... [--seed N] --out
 * COPY} without picocli: runs the calibration county of FILE once at the given values of its
 * fitted parameters and writes COPY, the same calibration file with every target's {@code
 * value:} the run's figure. Calibrating COPY shows whether the calibration recovers the values:
 * a check of identifiability before fitting real data, and the unit of a recovery study. A
 * parameter is drawn from its prior only when asked ({@code --simulate-at prior}), so that
 * nothing random enters the truth unnoticed.
 */
public final class PosteriorSimulation {
  /** The {@code --simulate-at} word that draws every parameter not given from its prior. */
  public static final String PRIOR = "prior";

  private final PrintWriter out;

  public PosteriorSimulation(PrintWriter out) {
    this.out = out;
  }

  /**
   * Simulates and writes the copy.
   *
   * @param at the {@code --simulate-at} arguments: {@code KEY=VALUE}, or {@link #PRIOR}
   * @param seed the run's seed (and the prior draws'); null: the calibration file's seed
   * @param command the command line, recorded in the copy's header
   * @return the exit code, 0
   */
  public int write(Path file, List<String> at, Long seed, Path copy, String command)
      throws IOException {
    PosteriorSpec spec = new PosteriorFileReader().read(file);
    if (copy == null) {
      throw new UserInputException("--simulate-at needs --out FILE: the calibration file to"
          + " write, a copy of " + file + " whose targets carry the simulated values.");
    }
    if (Files.exists(copy) && Files.exists(file) && Files.isSameFile(copy, file)) {
      throw new UserInputException("--out " + copy + " is the calibration file --posterior"
          + " reads; write the simulated copy to another file.");
    }
    if (Files.isDirectory(copy)) {
      throw new UserInputException("--out " + copy + " is a folder; with --simulate-at it"
          + " names the calibration file to write, such as simulated.yaml.");
    }
    long runSeed = seed != null ? seed : spec.settings().seed();
    if (runSeed < 0 || runSeed > Integer.MAX_VALUE) {
      throw new UserInputException("--seed " + runSeed + ": the simulated run's seed must be a"
          + " whole number from 0 to " + Integer.MAX_VALUE + ".");
    }
    List<FittedParameter> parameters = spec.parameters();
    boolean fromPrior = at.stream().anyMatch(a -> a.strip().equals(PRIOR));
    Map<String, Double> given = given(file, spec, at);
    List<String> missing = spec.keys().stream().filter(k -> !given.containsKey(k)).toList();
    if (!missing.isEmpty() && !fromPrior) {
      throw new UserInputException("--simulate-at gives no value for " + String.join(", ",
          missing) + " (fitted in " + file + "); give every fitted parameter a value, or add"
          + " --simulate-at " + PRIOR + " to draw the ones not given from their priors (with"
          + " --seed).");
    }
    double[] theta = SimulatedData.priorDraws(spec, runSeed);
    List<String> header = new ArrayList<>();
    header.add("the targets' value: entries below are one run of this calibration county at");
    header.add("known parameter values (docs/uncertainty.md, Recovery); each target keeps its se"
        + " or range.");
    header.add("command: " + command);
    header.add("run seed " + runSeed);
    for (int k = 0; k < theta.length; k++) {
      String key = parameters.get(k).key();
      boolean isGiven = given.containsKey(key);
      if (isGiven) {
        theta[k] = given.get(key);
      }
      header.add("truth " + key + "=" + theta[k] + (isGiven ? " (given)"
          : " (drawn from the prior)"));
    }
    try {
      SimulatedData.check(spec, theta);
    } catch (ScenarioException e) {
      throw new UserInputException("--simulate-at: the calibration county of " + file
          + " cannot take these values: " + e.getMessage());
    }
    double[] simulated = SimulatedData.simulate(spec, theta, (int) runSeed);
    List<ObservedTarget> targets = spec.targets();
    for (int t = 0; t < targets.size(); t++) {
      if (!Double.isFinite(simulated[t])) {
        throw new UserInputException("--simulate-at: the run measured no " + targets.get(t).id()
            + " (it had nobody to measure it on: a county of " + spec.population()
            + " with a cohort window of " + spec.cohortYears() + " years is too small for it);"
            + " raise county.population or county.cohortYears in " + file + ", or leave the"
            + " target out.");
      }
    }
    String text;
    try {
      text = SimulatedData.rewrite(spec, simulated, header);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(file + ": its targets cannot be rewritten line by line ("
          + e.getMessage() + "); write targets: as a block of its own, one target a line.");
    }
    SimulatedData.verify(spec, text, copy, simulated);
    AtomicFiles.writeString(copy, text);
    print(spec, theta, given, simulated, runSeed);
    out.println("wrote " + copy);
    out.flush();
    return 0;
  }

  /** The {@code KEY=VALUE} arguments, checked against the file's parameters and priors. */
  private static Map<String, Double> given(Path file, PosteriorSpec spec, List<String> at) {
    Map<String, Double> given = new LinkedHashMap<>();
    for (String a : at) {
      String arg = a.strip();
      if (arg.equals(PRIOR)) {
        continue;
      }
      int eq = arg.indexOf('=');
      if (eq <= 0) {
        throw new UserInputException("--simulate-at '" + a + "': expected KEY=VALUE, a"
            + " parameter fitted in " + file + " and its true value (such as "
            + spec.keys().get(0) + "=" + spec.parameters().get(0).prior().mean()
            + "), or the word " + PRIOR + ".");
      }
      String key = arg.substring(0, eq).strip();
      String value = arg.substring(eq + 1).strip();
      int k = spec.keys().indexOf(key);
      if (k < 0) {
        throw new UserInputException("--simulate-at " + arg + ": " + file + " does not fit "
            + key + "; allowed: the keys under its parameters:, " + String.join(", ",
            spec.keys()) + ".");
      }
      if (given.containsKey(key)) {
        throw new UserInputException("--simulate-at gives " + key + " twice; give each"
            + " parameter once.");
      }
      double v;
      try {
        v = Double.parseDouble(value);
      } catch (NumberFormatException e) {
        v = Double.NaN;
      }
      Prior prior = spec.parameters().get(k).prior();
      if (!Double.isFinite(v) || !prior.inSupport(v)) {
        throw new UserInputException("--simulate-at " + arg + ": the value must be a number"
            + " inside the prior's support, [" + prior.min() + ", " + prior.max() + "] ("
            + prior.describe() + " in " + file + "): a value the prior rules out cannot be"
            + " recovered.");
      }
      given.put(key, v);
    }
    return given;
  }

  private void print(PosteriorSpec spec, double[] theta, Map<String, Double> given,
      double[] simulated, long seed) {
    out.printf(Locale.ROOT, "Simulated the calibration county (%,d residents) once, run seed"
        + " %d, at:%n", spec.population(), seed);
    int width = spec.keys().stream().mapToInt(String::length).max().orElse(10);
    int valueWidth = java.util.Arrays.stream(theta).mapToInt(v -> Double.toString(v).length())
        .max().orElse(10);
    for (int k = 0; k < theta.length; k++) {
      String key = spec.keys().get(k);
      out.printf(Locale.ROOT, "  %-" + width + "s  %-" + valueWidth + "s  %s%n", key,
          Double.toString(theta[k]), given.containsKey(key) ? "given" : "drawn from the prior");
    }
    int idWidth = spec.targets().stream().mapToInt(t -> t.id().length()).max().orElse(6);
    out.printf(Locale.ROOT, "  %-" + idWidth + "s  %13s  %12s  %10s%n", "target", "fitted before",
        "simulated", "se");
    for (int t = 0; t < simulated.length; t++) {
      ObservedTarget target = spec.targets().get(t);
      out.printf(Locale.ROOT, "  %-" + idWidth + "s  %13.5g  %12.5g  %10.4g%n", target.id(),
          target.published(), simulated[t], target.se());
    }
  }
}
