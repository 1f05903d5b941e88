package org.releasesim.experiment.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.releasesim.scenario.ScenarioException;
import org.releasesim.scenario.UserText;
import org.releasesim.scenario.YamlDocuments;
import org.releasesim.scenario.YamlKind;
import org.releasesim.scenario.YamlNode;

/**
 * Reads sweep files (YAML) through the scenario reader's safe YAML reader
 * ({@link YamlDocuments}), so that a sweep file has the same limits on size, nesting and aliases
 * as a scenario and its YAML problems read the same; every problem becomes a
 * {@link SweepException} naming the file, line, key and what is allowed. The keys are documented
 * in {@code docs/experiments.md}.
 */
public final class SweepFileReader {
  static final List<String> KEYS = List.of("name", "description", "base", "set", "seed",
      "replications", "paired", "pairing", "design", "factors", "outcomes", "timeSeries",
      "precision");
  /**
   * Top-level keys that only a sweep file has (no scenario key is named so): a file whose top
   * level holds one of them is a sweep file.
   */
  public static final List<String> SWEEP_ONLY_KEYS = List.of("base", "factors", "design");
  /** Sweep files, as the shared YAML reader names them in messages. */
  static final YamlKind KIND = new YamlKind("sweep file", List.of("name", "base", "design",
      "factors"), " (a sweep needs at least base:, seed:, design: and factors:)",
      "write each value out in full", "; inside {...} or [...], quote key paths that hold"
          + " brackets, such as 'jurisdictions[0].policy'");
  private static final int MAX_REPLICATIONS = 100_000;

  /** Reads and checks a sweep file. */
  public SweepSpec read(Path file) {
    return parse(YamlFields.readText(file, KIND), file);
  }

  /**
   * Whether {@code file} is meant as a sweep file: its top level holds one of
   * {@link #SWEEP_ONLY_KEYS}. A file that cannot be read as YAML is judged by its lines: one
   * that starts with such a key and a colon makes it a sweep file.
   */
  public static boolean isSweepFile(Path file) {
    String text;
    try {
      text = YamlDocuments.text(file, KIND);
    } catch (ScenarioException e) {
      return false;
    }
    try {
      YamlNode.Mapping top = YamlDocuments.parse(text, file.toString(), KIND);
      return SWEEP_ONLY_KEYS.stream().anyMatch(k -> top.entry(k).isPresent());
    } catch (ScenarioException e) {
      return text.lines().anyMatch(line -> SWEEP_ONLY_KEYS.stream()
          .anyMatch(k -> line.matches(k + "\\s*:.*")));
    }
  }

  /** Checks sweep text that came from {@code file} (which relative paths are resolved against). */
  public SweepSpec parse(String text, Path file) {
    YamlFields top = YamlFields.parseTop(text, file, KIND);
    top.allowOnly(KEYS);
    String name = name(top, file);
    Path base = resolve(file, top.text("base", null), top);
    long seed = top.whole("seed", -1, 0, Long.MAX_VALUE);
    if (seed < 0) {
      throw new SweepException(top.where() + ": missing key seed: the master seed that every"
          + " run's seed derives from (a whole number, such as seed: 20260101).");
    }
    int replications = (int) top.whole("replications", 1, 1, MAX_REPLICATIONS);
    boolean paired = top.bool("paired", false);
    List<FactorSpec> factors = FactorReader.read(top);
    DesignSpec design = DesignReader.read(top, factors, file,
        SweepPlanner.MAX_RUNS / replications);
    return new SweepSpec(file, text, name, top.text("description", ""), base,
        top.texts("set"), seed, replications, paired, contrastPairing(top, paired), design,
        FactorReader.completeForPoints(factors, design), outcomes(top, "outcomes"),
        outcomes(top, "timeSeries"), precision(top));
  }

  /**
   * {@code pairing:} {@code replicate} (the default: every point of a replicate shares its seed)
   * or {@code contrast} (only a point and its reference point do); only with {@code paired: true}.
   */
  private static boolean contrastPairing(YamlFields top, boolean paired) {
    String pairing = top.text("pairing", "replicate").strip();
    if (!pairing.equals("replicate") && !pairing.equals("contrast")) {
      throw top.error(top.node("pairing").orElseThrow(), "pairing is '"
          + UserText.quote(pairing) + "'; allowed: replicate (every point of a replicate shares"
          + " its seed) or contrast (only a point and its reference point do)");
    }
    if (pairing.equals("contrast") && !paired) {
      throw top.error(top.node("pairing").orElseThrow(), "pairing: contrast needs paired:"
          + " true");
    }
    return pairing.equals("contrast");
  }

  private static String name(YamlFields top, Path file) {
    String fallback = file.getFileName().toString().replaceFirst("\\.(yaml|yml)$", "");
    String name = top.text("name", fallback).strip();
    if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw top.error(top.node("name").orElseThrow(), "name is '" + UserText.quote(name)
          + "'; it names the"
          + " output folder, so allowed: letters, digits, '.', '_' and '-', starting with a"
          + " letter or digit");
    }
    return name;
  }

  private static Path resolve(Path file, String base, YamlFields top) {
    if (base == null || base.isBlank()) {
      throw new SweepException(top.where() + ": missing key base: the scenario file every run"
          + " starts from, relative to the sweep file (such as base: ../baseline.yaml).");
    }
    Path dir = file.toAbsolutePath().getParent();
    return dir.resolve(base.strip()).normalize();
  }

  private static List<OutcomeSpec> outcomes(YamlFields top, String key) {
    List<OutcomeSpec> result = new ArrayList<>();
    for (YamlNode item : top.list(key)) {
      String text = top.scalar(key, item);
      try {
        OutcomeSpec spec = OutcomeSpec.parse(text);
        if (!result.contains(spec)) {
          result.add(spec);
        }
      } catch (IllegalArgumentException e) {
        throw top.error(item, key + ": " + e.getMessage());
      }
    }
    return result;
  }

  private static Map<String, Double> precision(YamlFields top) {
    Map<String, Double> result = new LinkedHashMap<>();
    if (top.node("precision").isEmpty()) {
      return result;
    }
    YamlFields fields = top.child("precision", top.node("precision").get());
    for (YamlNode.Entry t : fields.entries()) {
      String outcome = t.key();
      try {
        outcome = OutcomeSpec.parse(outcome).column();
      } catch (IllegalArgumentException e) {
        throw fields.error(t.keyLocation(), "precision: " + e.getMessage());
      }
      double target = fields.number(outcome, t.value());
      if (!(target > 0)) {
        throw fields.error(t.value(), "precision." + outcome + " must be a half-width"
            + " above 0");
      }
      result.put(outcome, target);
    }
    return result;
  }
}
