package org.releasesim.experiment.compare;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.releasesim.experiment.sweep.SweepException;
import org.releasesim.model.param.ParamSchema;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.scenario.InputFiles;
import org.releasesim.scenario.ScenarioException;
import org.releasesim.scenario.ScenarioReader;
import org.releasesim.scenario.UserText;
import org.releasesim.scenario.Utf8Text;

/**
 * Reads posterior.csv: a header {@code particle,weight,<key>,...} and one row per particle, the
 * weights normalised. Everything a calibration could get wrong, or a hand could mistype, is
 * refused with a {@link SweepException} naming the file, the line and what is allowed: a missing
 * file, a missing {@code particle} or {@code weight} column, a negative or non-finite weight,
 * weights that do not sum to 1 within {@value #SUM_TOLERANCE}, a key that names no scenario
 * parameter, a value that is not a finite number.
 */
public final class PosteriorFile {
  /** How far the weights' sum may be from 1: they are written normalised, to full precision. */
  public static final double SUM_TOLERANCE = 1e-9;
  private static final long MAX_BYTES = 64L << 20;
  private static final String FORMAT = "; posterior.csv has the header particle,weight,<key>,..."
      + " (each key a scenario parameter as --set takes it, such as"
      + " population.propensityShape) and one row per particle with its normalised weight";

  private PosteriorFile() {}

  /** Reads and checks a posterior file. */
  public static Posterior read(Path file) {
    String problem = InputFiles.problem(file);
    if (problem != null) {
      throw new SweepException("--posterior " + file + ": " + problem);
    }
    String text;
    try {
      text = Utf8Text.decode(InputFiles.read(file, MAX_BYTES));
    } catch (Utf8Text.NotUtf8Exception e) {
      throw new SweepException(file + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new SweepException(file + ": cannot read the posterior file (" + e.getMessage()
          + ").", e);
    }
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    CSVParser parser;
    try {
      parser = format.parse(new StringReader(text));
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      throw new SweepException(file + ", line 1: not a posterior file: the header must name each"
          + " column once" + FORMAT + ".", e);
    }
    List<String> header = parser.getHeaderNames();
    for (String required : List.of("particle", "weight")) {
      if (!header.contains(required)) {
        throw new SweepException(file + ", line 1: no '" + required + "' column" + FORMAT
            + ".");
      }
    }
    List<String> keys = new ArrayList<>();
    for (String column : header) {
      if (column.equals("particle") || column.equals("weight")) {
        continue;
      }
      if (ParamSchema.componentAt(column).isEmpty() || column.strip().equals("seed")) {
        throw new SweepException(file + ", line 1: column '" + UserText.quote(column) + "' is"
            + " not a scenario parameter key" + FORMAT + " (release-sim schema lists the"
            + " keys).");
      }
      keys.add(column);
    }
    if (keys.isEmpty()) {
      throw new SweepException(file + ", line 1: no parameter columns after particle and"
          + " weight" + FORMAT + ".");
    }
    List<Posterior.Particle> particles = new ArrayList<>();
    double sum = 0;
    try (parser) {
      Set<Integer> seen = new HashSet<>();
      for (CSVRecord r : parser) {
        Posterior.Particle p = particle(file, r, keys, seen);
        particles.add(p);
        sum += p.weight();
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new SweepException(file + ", line " + parser.getCurrentLineNumber() + ": not valid"
          + " CSV (a quoted value is not closed, or text follows its closing quote).", e);
    }
    if (particles.isEmpty()) {
      throw new SweepException(file + ": the posterior file holds no particles" + FORMAT + ".");
    }
    if (!(Math.abs(sum - 1) <= SUM_TOLERANCE)) {
      throw new SweepException(file + ": the weights sum to " + sum + ", not 1 (within "
          + SUM_TOLERANCE + "); posterior.csv holds normalised weights" + FORMAT + ".");
    }
    return new Posterior(file, keys, particles);
  }

  private static Posterior.Particle particle(Path file, CSVRecord r, List<String> keys,
      Set<Integer> seen) {
    long line = r.getRecordNumber() + 1;
    String where = file + ", line " + line;
    if (r.get(0).startsWith("#")) {
      throw new SweepException(where + ": a comment line; posterior.csv has none, so that"
          + " spreadsheets read it plainly.");
    }
    if (!r.isConsistent()) {
      throw new SweepException(where + ": the row has " + r.size() + " values where the header"
          + " names " + r.getParser().getHeaderNames().size() + " columns.");
    }
    int index;
    try {
      index = Integer.parseInt(r.get("particle").strip());
    } catch (NumberFormatException e) {
      throw new SweepException(where + ", particle: '" + UserText.quote(r.get("particle"))
          + "' is not a whole number; particles are numbered 0, 1, 2, ...", e);
    }
    if (index < 0 || !seen.add(index)) {
      throw new SweepException(where + ", particle: " + index + " is "
          + (index < 0 ? "negative" : "listed twice") + "; particles are numbered 0, 1, 2, ...,"
          + " each once.");
    }
    double weight = number(where, "weight", r.get("weight"));
    if (!(weight >= 0)) {
      throw new SweepException(where + ", weight: " + weight + " is negative; weights are"
          + " finite numbers of at least 0 that sum to 1.");
    }
    List<Double> values = new ArrayList<>();
    for (String key : keys) {
      values.add(number(where, key, r.get(key)));
    }
    return new Posterior.Particle(index, weight, values, line);
  }

  private static double number(String where, String column, String cell) {
    double v;
    try {
      v = Double.parseDouble(cell.strip());
    } catch (NumberFormatException e) {
      throw new SweepException(where + ", " + column + ": '" + UserText.quote(cell) + "' is not"
          + " a number; posterior.csv holds numbers as Java's Double.toString writes them.", e);
    }
    if (!Double.isFinite(v)) {
      throw new SweepException(where + ", " + column + ": " + cell.strip() + " is not finite;"
          + " allowed: finite numbers.");
    }
    return v;
  }

  /**
   * Checks that every key names a parameter of this scenario (a key path such as
   * {@code jurisdictions[2].population} may name nothing in a one-county scenario) and that each
   * given particle's values are accepted by it, with the scenario reader's own reason if not.
   *
   * @param overrides the scenario's {@code --set} overrides, applied before the particle's
   */
  public static void check(Posterior posterior, Path scenario, List<String> overrides,
      ScenarioParams base, List<Posterior.Particle> particles) {
    for (String key : posterior.keys()) {
      if (ParamSchema.valueAt(base, key).isEmpty()) {
        throw new SweepException(posterior.file() + ", line 1: column '" + UserText.quote(key)
            + "' names no parameter of the scenario " + scenario + "; give a key the scenario"
            + " has, as --set takes it.");
      }
    }
    ScenarioReader reader = new ScenarioReader();
    Set<Integer> checked = new HashSet<>();
    for (Posterior.Particle p : particles) {
      if (!checked.add(p.index())) {
        continue;
      }
      List<String> all = new ArrayList<>(overrides);
      all.addAll(posterior.overrides(p));
      try {
        reader.read(scenario, all);
      } catch (ScenarioException e) {
        throw new SweepException(posterior.file() + ", line " + p.line() + " (particle "
            + p.index() + "): its values cannot be applied to the scenario " + scenario + ": "
            + e.getMessage(), e);
      }
    }
  }
}
