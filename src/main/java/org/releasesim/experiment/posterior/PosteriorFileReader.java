package org.releasesim.experiment.posterior;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.releasesim.experiment.calibration.CalibrationDesign;
import org.releasesim.experiment.sweep.SweepException;
import org.releasesim.experiment.sweep.YamlFields;
import org.releasesim.model.param.Param;
import org.releasesim.model.param.ParamComponent;
import org.releasesim.model.param.ParamKind;
import org.releasesim.model.param.ParamSchema;
import org.releasesim.model.param.TimeParams;
import org.releasesim.scenario.Location;
import org.releasesim.scenario.ScenarioException;
import org.releasesim.scenario.ScenarioReader;
import org.releasesim.scenario.UserText;
import org.releasesim.scenario.YamlKind;
import org.releasesim.scenario.YamlNode;
import org.releasesim.scenario.YamlNode.Entry;

/**
 * Reads calibration files (YAML) for {@code release-sim calibrate --posterior}. As the sweep
 * reader does, only SnakeYAML's composer runs, under limits, and every problem becomes a
 * {@link SweepException} naming the file, line, key and what is allowed. The keys are documented
 * in {@code docs/uncertainty.md}.
 */
public final class PosteriorFileReader {
  static final List<String> KEYS = List.of("name", "description", "seed", "county", "set",
      "parameters", "targets", "sampler", "predictiveDraws");
  static final List<String> COUNTY_KEYS = List.of("population", "warmupYears", "cohortYears",
      "followUpYears");
  static final List<String> SAMPLER_KEYS = List.of("particles", "batch", "generations",
      "finalTolerance", "minAcceptance");
  static final List<String> PRIORS = List.of("uniform", "beta", "lognormal");
  /** Keys the calibration county sets itself: fitting them would be overwritten. */
  private static final List<String> COUNTY_OWNED = List.of("name", "description", "seed",
      "time", "jurisdictions", "policies");
  static final YamlKind KIND = new YamlKind("calibration file",
      List.of("seed", "parameters", "targets"), "", "repeat the keys instead", "");
  private static final int DEFAULT_POPULATION = 50_000;

  /** Reads and checks a calibration file. */
  public PosteriorSpec read(Path file) {
    return parse(YamlFields.readText(file, KIND), file);
  }

  /** Checks calibration text that came from {@code file}. */
  public PosteriorSpec parse(String text, Path file) {
    YamlFields top = YamlFields.parseTop(text, file, KIND);
    top.allowOnly(KEYS);
    String name = top.text("name", file.getFileName().toString()
        .replaceFirst("\\.(yaml|yml)$", "")).strip();
    if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,79}")) {
      throw top.error(top.node("name").orElse(top.mappingNode()), "name is '" + UserText.quote(name)
          + "'; it names the output folder, so allowed: letters, digits, '.', '_' and '-',"
          + " starting with a letter or digit");
    }
    long seed = top.whole("seed", -1, 0, Integer.MAX_VALUE);
    if (seed < 0) {
      throw new SweepException(top.where() + ": missing key seed: the master seed that every"
          + " random number of the calibration derives from (a whole number, such as seed:"
          + " 20260501).");
    }
    YamlFields county = top.node("county").map(n -> top.child("county", n)).orElse(null);
    int population = DEFAULT_POPULATION;
    double warmup = TimeParams.DEFAULTS.warmupYears();
    double cohort = 2;
    double followUp = CalibrationDesign.FOLLOW_UP_YEARS;
    if (county != null) {
      county.allowOnly(COUNTY_KEYS);
      population = (int) county.whole("population", population, 1_000, 10_000_000);
      warmup = number(county, "warmupYears", warmup, 0, 200);
      cohort = number(county, "cohortYears", cohort, 0.25, 10);
      followUp = number(county, "followUpYears", followUp, 1,
          CalibrationDesign.FOLLOW_UP_YEARS);
    }
    List<String> fixed = fixedOverrides(top, file);
    List<FittedParameter> parameters = parameters(top, fixed, file);
    List<ObservedTarget> targets = targets(top, followUp);
    AbcSettings settings = settings(top, seed);
    int draws = (int) top.whole("predictiveDraws", 20, 0, 10_000);
    return new PosteriorSpec(file, text, name, top.text("description", ""), population, warmup,
        cohort, followUp, fixed, parameters, targets, settings, draws);
  }

  private static double number(YamlFields f, String key, double fallback, double min,
      double max) {
    Optional<YamlNode> n = f.node(key);
    if (n.isEmpty()) {
      return fallback;
    }
    double v = f.number(key, n.get());
    if (v < min || v > max) {
      throw f.error(n.get(), f.qualified(key) + " is " + v + "; allowed: from " + min + " to "
          + max);
    }
    return v;
  }

  private static List<String> fixedOverrides(YamlFields top, Path file) {
    List<String> fixed = top.texts("set");
    if (!fixed.isEmpty()) {
      try {
        new ScenarioReader().readText(DefaultsText.text(), file.toString(), fixed);
      } catch (ScenarioException e) {
        throw top.error(top.node("set").orElseThrow(), "set: "
            + e.getMessage().replaceAll("\\.$", ""));
      }
    }
    return fixed;
  }

  private static List<FittedParameter> parameters(YamlFields top, List<String> fixed,
      Path file) {
    YamlNode node = top.required("parameters", "the scenario keys to fit, each with its prior,"
        + " such as population.propensityShape: {uniform: {min: 0.05, max: 0.3}}");
    YamlFields map = top.child("parameters", node);
    List<FittedParameter> result = new ArrayList<>();
    for (Entry t : map.entries()) {
      String key = t.key().strip();
      checkKey(map, t.keyLocation(), key);
      Prior prior = prior(map.child(key, t.value()), t.value(), key);
      Param annotation = ParamSchema.componentAt(key).map(ParamComponent::param).orElse(null);
      double[] bounds = annotation == null
          ? new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY}
          : new double[] {annotation.min(), annotation.max()};
      if (prior.min() < bounds[0] || prior.max() > bounds[1]) {
        throw map.error(t.value(), "parameters." + key + ": the prior's support ["
            + prior.min() + ", " + prior.max() + "] reaches outside the values the key allows,"
            + " [" + bounds[0] + ", " + bounds[1] + "]; narrow its min and max");
      }
      List<String> trial = new ArrayList<>(fixed);
      trial.add(key + "=" + prior.mean());
      try {
        new ScenarioReader().readText(DefaultsText.text(), file.toString(), trial);
      } catch (ScenarioException e) {
        throw map.error(t.keyLocation(), "parameters." + key + " cannot be set to its prior"
            + " mean " + prior.mean() + ": " + e.getMessage().replaceAll("\\.$", ""));
      }
      result.add(new FittedParameter(key, prior));
    }
    if (result.isEmpty()) {
      throw map.error(node, "parameters is empty; list at least one scenario key with a"
          + " prior");
    }
    return result;
  }

  private static void checkKey(YamlFields map, Location at, String key) {
    String head = key.split("[.\\[]")[0];
    if (COUNTY_OWNED.contains(head)) {
      throw map.error(at, "parameters: " + UserText.quote(key) + " cannot be fitted: the"
          + " calibration county sets " + head + " itself (its size and years go under"
          + " county:); allowed: a number parameter of the model's processes, such as"
          + " population.propensityShape or offending.postRelease.periods[0].factor");
    }
    Optional<ParamComponent> type = ParamSchema.componentAt(key);
    if (type.isEmpty()) {
      throw map.error(at, "parameters: unknown key " + UserText.quote(key) + "; allowed: a"
          + " number parameter as --set takes it, such as population.propensityShape (every"
          + " key is in docs/scenario-reference.md)");
    }
    if (type.get().kind() != ParamKind.DOUBLE) {
      throw map.error(at, "parameters: " + UserText.quote(key) + " holds a "
          + type.get().type().getSimpleName() + ", not a real number; allowed: a number parameter"
          + " (whole numbers, switches and names cannot have a continuous prior)");
    }
  }

  private static Prior prior(YamlFields spec, YamlNode node, String key) {
    List<Entry> tuples = spec.entries();
    if (tuples.size() != 1) {
      throw spec.error(node, "parameters." + key + " must name exactly one prior: uniform:"
          + " {min, max}, beta: {alpha, beta, min, max} or lognormal: {mu, sigma, min, max}");
    }
    String kind = tuples.get(0).key();
    spec.allowOnly(PRIORS);
    YamlFields p = spec.child(kind, tuples.get(0).value());
    try {
      return switch (kind) {
        case "uniform" -> {
          p.allowOnly(List.of("min", "max"));
          yield new Prior.Uniform(req(p, "min"), req(p, "max"));
        }
        case "beta" -> {
          p.allowOnly(List.of("alpha", "beta", "min", "max"));
          yield new Prior.Beta(req(p, "alpha"), req(p, "beta"), opt(p, "min", 0),
              opt(p, "max", 1));
        }
        default -> {
          p.allowOnly(List.of("mu", "sigma", "min", "max"));
          yield new Prior.LogNormal(req(p, "mu"), req(p, "sigma"), req(p, "min"),
              req(p, "max"));
        }
      };
    } catch (IllegalArgumentException e) {
      throw p.error(tuples.get(0).value(), "parameters." + key + "." + kind + ": "
          + e.getMessage().replaceAll("\\.$", ""));
    }
  }

  private static double req(YamlFields p, String key) {
    return p.number(key, p.required(key, "a number"));
  }

  private static double opt(YamlFields p, String key, double fallback) {
    return p.node(key).map(n -> p.number(key, n)).orElse(fallback);
  }

  private static List<ObservedTarget> targets(YamlFields top, double followUp) {
    YamlNode node = top.required("targets", "the target ids to fit, each with its published"
        + " uncertainty, such as rearrest_3y: {se: 0.01}");
    YamlFields map = top.child("targets", node);
    Map<String, Double> horizons = TargetHorizons.all();
    List<ObservedTarget> result = new ArrayList<>();
    for (Entry t : map.entries()) {
      String id = t.key().strip();
      if (!horizons.containsKey(id)) {
        throw map.error(t.keyLocation(), "targets: unknown target " + UserText.quote(id)
            + "; allowed: " + String.join(", ", horizons.keySet()));
      }
      if (horizons.get(id) > followUp) {
        throw map.error(t.keyLocation(), "targets: " + id + " needs " + horizons.get(id)
            + " years of follow-up after the cohort window, and county.followUpYears is "
            + followUp + "; raise it or leave the target out");
      }
      YamlFields u = map.child(id, t.value());
      u.allowOnly(List.of("se", "range", "value"));
      double se;
      if (u.has("se") == u.has("range")) {
        throw u.error(t.value(), "targets." + id + " needs exactly one of se: (its"
            + " standard error) and range: [low, high] (a published range, read as the"
            + " value plus or minus 2 standard errors)");
      }
      if (u.has("se")) {
        se = u.number("se", u.node("se").orElseThrow());
      } else {
        List<YamlNode> range = u.list("range");
        if (range.size() != 2) {
          throw u.error(u.node("range").orElseThrow(), "targets." + id + ".range must be two"
              + " numbers [low, high]");
        }
        double low = u.number("range", range.get(0));
        double high = u.number("range", range.get(1));
        se = (high - low) / 4;
      }
      if (!(se > 0)) {
        throw u.error(t.value(), "targets." + id + ": the standard error must be above"
            + " 0 (a range's high above its low)");
      }
      result.add(new ObservedTarget(id, observed(u, id), se));
    }
    if (result.isEmpty()) {
      throw map.error(node, "targets is empty; list at least one target id");
    }
    return result;
  }

  /**
   * The figure a target is fitted to: {@code value:} when given (a county's own figure, or data
   * simulated at known parameters to check that a calibration recovers them), else the
   * published one.
   */
  private static double observed(YamlFields u, String id) {
    var target = TargetHorizons.target(id);
    if (!u.has("value")) {
      return target.published();
    }
    YamlNode node = u.node("value").orElseThrow();
    double value = u.number("value", node);
    if (!Double.isFinite(value) || target.isShare() && (value < 0 || value > 1)) {
      throw u.error(node, "targets." + id + ".value must be "
          + (target.isShare() ? "a share from 0 to 1" : "a finite number") + ", not " + value);
    }
    return value;
  }

  private static AbcSettings settings(YamlFields top, long seed) {
    YamlFields s = top.node("sampler").map(n -> top.child("sampler", n)).orElse(null);
    int particles = 50;
    int batch = -1;
    int generations = 5;
    double finalTolerance = 0;
    double minAcceptance = 0.05;
    if (s != null) {
      s.allowOnly(SAMPLER_KEYS);
      particles = (int) s.whole("particles", particles, 4, 100_000);
      batch = (int) s.whole("batch", batch, particles, 1_000_000);
      generations = (int) s.whole("generations", generations, 1, 1_000);
      finalTolerance = number(s, "finalTolerance", finalTolerance, 0, Double.MAX_VALUE);
      minAcceptance = number(s, "minAcceptance", minAcceptance, 0, 0.99);
    }
    return new AbcSettings(particles, batch < 0 ? 2 * particles : batch, generations,
        finalTolerance, minAcceptance, seed);
  }
}
