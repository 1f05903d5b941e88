package org.releasesim.experiment.sweep;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.releasesim.scenario.InputFiles;
import org.releasesim.scenario.UserText;
import org.releasesim.scenario.Utf8Text;
import org.releasesim.scenario.YamlProblemText;
import org.releasesim.scenario.YamlShape;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Reads sweep files (YAML). Only SnakeYAML's composer runs, never its object constructor, under
 * limits on size, nesting and aliases; every problem becomes a {@link SweepException} naming the
 * file, line, key and what is allowed. The keys are documented in {@code docs/experiments.md}.
 */
public final class SweepFileReader {
  static final List<String> KEYS = List.of("name", "description", "base", "set", "seed",
      "replications", "paired", "pairing", "design", "factors", "outcomes", "timeSeries",
      "precision");
  private static final int MAX_CHARS = 1 << 20;
  private static final int MAX_REPLICATIONS = 100_000;

  /** Reads and checks a sweep file. */
  public SweepSpec read(Path file) {
    String text;
    String problem = InputFiles.problem(file);
    if (problem != null) {
      throw new SweepException(file + ": " + problem);
    }
    try {
      if (Files.size(file) > MAX_CHARS) {
        throw new SweepException(file + ": a sweep file is at most 1 MB; list many points in a"
            + " pointsFile instead.");
      }
      text = Utf8Text.decode(InputFiles.read(file, MAX_CHARS));
    } catch (Utf8Text.NotUtf8Exception e) {
      throw new SweepException(file + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new SweepException(file + ": cannot read the sweep file (" + e.getMessage() + ").",
          e);
    }
    return parse(text, file);
  }

  /** Checks sweep text that came from {@code file} (which relative paths are resolved against). */
  public SweepSpec parse(String text, Path file) {
    YamlFields top = new YamlFields(file.toString(), "", compose(text, file));
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

  private static Node compose(String text, Path file) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(20);
    options.setNestingDepthLimit(20);
    options.setCodePointLimit(MAX_CHARS);
    Node root;
    try {
      root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      // the file may not be a sweep file at all: say where and what, quoting none of it
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String where = mark == null ? file.toString() : file + ", line " + (mark.getLine() + 1)
          + ", column " + (mark.getColumn() + 1);
      String hint = String.valueOf(e.getContext()).contains("flow") ? "; inside {...} or"
          + " [...], quote key paths that hold brackets, such as 'jurisdictions[0].policy'" : "";
      throw new SweepException(where + ": not valid YAML: " + YamlProblemText.of(e) + hint
          + ".", e);
    } catch (YAMLException e) {
      throw new SweepException(file + ": not valid YAML: "
          + YamlProblemText.withoutText(String.valueOf(e.getMessage())) + ".", e);
    }
    if (root == null) {
      throw new SweepException(file + ": the sweep file is empty; it needs at least name:,"
          + " base:, seed:, design: and factors:.");
    }
    YamlShape.firstKeyNotAName(root).ifPresent(misfit -> {
      throw new SweepException(file + ", line " + (misfit.mark().getLine() + 1) + ", column "
          + (misfit.mark().getColumn() + 1) + ": this is not a sweep file: its top level holds a"
          + " key that is not a name, where a sweep file's keys are names such as name, base,"
          + " design and factors (its content is not shown).");
    });
    return root;
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
    for (Node item : top.list(key)) {
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
    for (NodeTuple t : fields.tuples()) {
      String outcome = fields.scalar("precision", t.getKeyNode());
      try {
        outcome = OutcomeSpec.parse(outcome).column();
      } catch (IllegalArgumentException e) {
        throw fields.error(t.getKeyNode(), "precision: " + e.getMessage());
      }
      double target = fields.number(outcome, t.getValueNode());
      if (!(target > 0)) {
        throw fields.error(t.getValueNode(), "precision." + outcome + " must be a half-width"
            + " above 0");
      }
      result.put(outcome, target);
    }
    return result;
  }
}
