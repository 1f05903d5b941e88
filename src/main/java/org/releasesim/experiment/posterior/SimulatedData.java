package org.releasesim.experiment.posterior;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.releasesim.experiment.sweep.SeedSequence;
import org.releasesim.experiment.sweep.YamlFields;
import org.releasesim.scenario.ScenarioException;
import org.releasesim.scenario.YamlNode;
import org.releasesim.scenario.YamlNode.Entry;
import org.releasesim.scenario.YamlNode.Scalar;

/**
 * Data simulated at known parameter values, for {@code calibrate --posterior FILE
 * --simulate-at}: the calibration county run once at the true values, exactly as the sampler
 * runs a particle (the same county, fixed overrides and measurement; a seed of its own), and
 * the calibration file rewritten so that every target carries that run's figure as its
 * {@code value:}. Each target keeps its {@code se:} or {@code range:}: the copy poses the same
 * calibration problem as the original, with other data. Calibrating the copy and checking that
 * the credible intervals hold the true values is the recovery check of docs/uncertainty.md.
 *
 * <p>The figures carry no draw of the published figures' error on top of the run: the sampler
 * compares one run per particle with the data, so its posterior treats a run's chance variation
 * as the data's noise and a target's standard error as its scale in the distance. Data made the
 * same way are what that posterior is calibrated for; an added error would test a noise model the
 * sampler represents only through its tolerance.
 */
public final class SimulatedData {
  /** Starts every line of the header the copy gets, so a copy of a copy replaces it. */
  public static final String HEADER = "# simulate-at: ";

  private SimulatedData() {}

  /**
   * Every fitted parameter drawn from its prior, in the file's order, from a stream of {@code
   * seed} of its own. All are drawn whether or not the caller keeps them, so that a parameter's
   * draw does not depend on which others were given.
   */
  public static double[] priorDraws(PosteriorSpec spec, long seed) {
    RandomGenerator random = new Well19937c(new SeedSequence(seed).auxiliary(
        "simulate-at prior draws"));
    double[] theta = new double[spec.parameters().size()];
    for (int k = 0; k < theta.length; k++) {
      theta[k] = spec.parameters().get(k).prior().sample(random);
    }
    return theta;
  }

  /**
   * Checks that the county takes these values, as the sampler would apply them.
   *
   * @throws ScenarioException with the scenario reader's reason when it does not
   */
  public static void check(PosteriorSpec spec, double[] theta) {
    CountySimulator.scenario(spec, theta);
  }

  /**
   * One run of the calibration county at {@code theta} with run seed {@code seed}: every target's
   * figure, in the file's order (NaN where the run could not measure one).
   */
  public static double[] simulate(PosteriorSpec spec, double[] theta, int seed) {
    return new CountySimulator(spec, 1, () -> { })
        .simulate(List.of(new Candidate(0, theta, seed))).get(0);
  }

  /**
   * The calibration file's text with the header (each line starting with {@link #HEADER}) put
   * first, in place of any header a previous simulation left, and the {@code targets:} block
   * rewritten: each target, in order, with {@code value:} the simulated figure (as {@code
   * Double.toString} writes it, which reads back exactly) and its {@code se:} or {@code range:}
   * as written. The other keys and their comments are left as they are.
   *
   * @param header the header's lines, without the prefix
   * @throws IllegalArgumentException when {@code targets:} shares a line with another top-level
   *     key (a file written in flow style), which cannot be rewritten line by line
   */
  public static String rewrite(PosteriorSpec spec, double[] simulated, List<String> header) {
    String[] lines = spec.text().split("\n", -1);
    YamlFields top = YamlFields.parseTop(spec.text(), spec.file(), PosteriorFileReader.KIND);
    List<Entry> entries = top.entries();
    Entry targets = entries.stream().filter(e -> e.key().equals("targets")).findFirst()
        .orElseThrow();
    int first = targets.keyLocation().line() - 1;
    int end = lines.length;
    for (Entry e : entries) {
      int line = e.keyLocation().line() - 1;
      if (e != targets && line == first) {
        throw new IllegalArgumentException("targets: shares line " + (first + 1) + " with "
            + e.key() + ":");
      }
      if (line > first) {
        end = Math.min(end, line);
      }
    }
    // blank lines and comments at the margin before the next key belong to that key
    int last = end - 1;
    while (last > first && (lines[last].isBlank() || lines[last].startsWith("#"))) {
      last--;
    }
    StringBuilder text = new StringBuilder();
    for (String h : header) {
      text.append(HEADER).append(h).append('\n');
    }
    int start = 0;
    while (start < first && lines[start].startsWith(HEADER)) {
      start++;
    }
    for (int i = start; i < first; i++) {
      text.append(lines[i]).append('\n');
    }
    text.append(block(top.child("targets", targets.value()), spec, simulated));
    for (int i = last + 1; i < lines.length; i++) {
      text.append(lines[i]);
      if (i < lines.length - 1) {
        text.append('\n');
      }
    }
    return text.toString();
  }

  private static String block(YamlFields map, PosteriorSpec spec, double[] simulated) {
    StringBuilder b = new StringBuilder("targets:\n");
    List<ObservedTarget> targets = spec.targets();
    List<Entry> written = map.entries();
    for (int t = 0; t < targets.size(); t++) {
      // the reader keeps the targets in file order, one per entry
      ObservedTarget target = targets.get(t);
      YamlFields u = map.child(target.id(), written.get(t).value());
      boolean range = u.has("range");
      String error = range
          ? "range: [" + String.join(", ", u.list("range").stream().map(SimulatedData::text)
              .toList()) + "]"
          : "se: " + text(u.node("se").orElseThrow());
      b.append("  # simulated; fitted to ").append(target.published()).append(" before")
          .append(range ? "; the range gives only the standard error, "
              + new BigDecimal(target.se()).round(new MathContext(4)).stripTrailingZeros()
                  .toPlainString() : "")
          .append('\n');
      b.append("  ").append(target.id()).append(": {value: ")
          .append(Double.toString(simulated[t])).append(", ").append(error).append("}\n");
    }
    return b.toString();
  }

  private static String text(YamlNode n) {
    return ((Scalar) n).text();
  }

  /**
   * Reads the copy back and checks that it holds exactly the simulated figures and otherwise the
   * original's calibration: a rewrite that changed anything else would be a silent error in
   * every recovery study built on it.
   */
  public static PosteriorSpec verify(PosteriorSpec original, String copy, Path where,
      double[] simulated) {
    PosteriorSpec read = new PosteriorFileReader().parse(copy, where);
    List<ObservedTarget> expected = new ArrayList<>();
    for (int t = 0; t < original.targets().size(); t++) {
      ObservedTarget o = original.targets().get(t);
      expected.add(new ObservedTarget(o.id(), simulated[t], o.se()));
    }
    if (!read.targets().equals(expected) || !read.parameters().equals(original.parameters())
        || !read.settings().equals(original.settings()) || !read.fixed().equals(original.fixed())
        || read.population() != original.population()
        || !Arrays.equals(new double[] {read.warmupYears(), read.cohortYears(),
            read.followUpYears()}, new double[] {original.warmupYears(),
            original.cohortYears(), original.followUpYears()})) {
      throw new IllegalStateException("the rewritten calibration file does not read back as"
          + " the original with the simulated values");
    }
    return read;
  }
}
