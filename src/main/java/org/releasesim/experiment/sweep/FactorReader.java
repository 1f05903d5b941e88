package org.releasesim.experiment.sweep;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.releasesim.experiment.design.FactorDomain;
import org.releasesim.model.param.PolicyCatalog;
import org.releasesim.scenario.UserText;
import org.releasesim.scenario.YamlNode;

/** Reads the {@code factors:} list of a sweep file. */
final class FactorReader {
  static final List<String> KEYS = List.of("name", "key", "values", "range", "policy", "scale");
  /** Column names the sweep's own CSV files use. */
  static final Set<String> RESERVED = Set.of("run", "point", "replicate", "seed", "outcome",
      "day", "n", "mean", "sd", "ci95_half_width", "ci95_low", "ci95_high", "reference_point");
  static final String POLICY = "policy";

  private FactorReader() {}

  static List<FactorSpec> read(YamlFields top) {
    List<YamlNode> items = top.list("factors");
    if (items.isEmpty()) {
      throw new SweepException(top.where() + ": missing key factors: the list of scenario keys"
          + " the sweep varies, such as factors: [{key: trust.unauthorizedChill, values: [0,"
          + " 0.1, 0.2]}].");
    }
    List<FactorSpec> factors = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      YamlFields f = top.child("factors[" + i + "]", items.get(i));
      f.allowOnly(KEYS);
      FactorSpec spec = factor(f);
      if (RESERVED.contains(spec.name()) || !names.add(spec.name())) {
        throw f.error(items.get(i), "factor name '" + UserText.quote(spec.name()) + "' is "
            + (RESERVED.contains(spec.name()) ? "reserved for a column of the sweep's files"
                : "used twice") + "; give it another name: with name:");
      }
      factors.add(spec);
    }
    return factors;
  }

  private static FactorSpec factor(YamlFields f) {
    long given = KEYS.subList(2, KEYS.size()).stream().filter(f::has).count();
    if (given > 1) {
      throw new SweepException(f.where() + ": give one of values:, range:, scale: or policy:"
          + " for a factor, not several.");
    }
    String key = f.text("key", null);
    if (key == null && !f.has(POLICY)) {
      throw new SweepException(f.where() + ": missing key " + f.qualified("key") + ": the"
          + " scenario key path the factor sets, such as jurisdictions[0].iceOfficers.");
    }
    if (key != null && key.strip().equals("seed")) {
      throw new SweepException(f.where() + ": " + f.qualified("key") + " is seed, which each run"
          + " sets itself (from the sweep's master seed); a factor on it would be overwritten."
          + " Vary replications, or the sweep's own seed: key, instead.");
    }
    String name = f.text("name", key == null ? POLICY : key).strip();
    FactorDomain domain = null;
    if (f.has("values")) {
      domain = new FactorDomain.Levels(values(f));
    } else if (f.has("range") || f.has("scale")) {
      domain = range(f, f.has("scale") ? "scale" : "range");
    } else if (f.has(POLICY)) {
      domain = new FactorDomain.Levels(policies(f));
    }
    if (f.has("scale") && key == null) {
      throw new SweepException(f.where() + ": scale: needs the key of a number parameter.");
    }
    return new FactorSpec(name, key == null ? null : key.strip(), domain, f.has("scale"),
        f.where());
  }

  private static List<String> values(YamlFields f) {
    List<String> values = f.texts("values");
    if (values.isEmpty()) {
      throw f.error(f.required("values", "a list"), f.qualified("values") + " is empty; give"
          + " at least one value");
    }
    for (String v : values) {
      if (v.contains("\n") || v.contains("\r")) {
        throw f.error(f.node("values").orElseThrow(), "values must fit on one line");
      }
    }
    if (new LinkedHashSet<>(values).size() != values.size()) {
      throw f.error(f.node("values").orElseThrow(), f.qualified("values") + " lists a value"
          + " twice");
    }
    return values;
  }

  /** A {min, max} range of values ({@code range}) or of multipliers ({@code scale}). */
  private static FactorDomain range(YamlFields f, String key) {
    YamlNode node = f.node(key).orElseThrow();
    YamlFields r = f.child(key, node);
    r.allowOnly(List.of("min", "max"));
    double min = r.number("min", r.required("min", "the smallest value"));
    double max = r.number("max", r.required("max", "the largest value"));
    if (!(min < max)) {
      throw f.error(node, f.qualified(key) + " has min " + min + " and max " + max
          + "; min must be below max");
    }
    return new FactorDomain.Range(min, max);
  }

  /**
   * The policies of a policy factor as given: names, checked against the base scenario's
   * policies (bundled and its own) when the sweep is planned, or {@code all}, which the planner
   * turns into every policy the base scenario knows.
   */
  private static List<String> policies(YamlFields f) {
    List<String> given = f.texts(POLICY);
    if (given.size() > 1 && given.contains(PolicyCatalog.ALL)) {
      throw f.error(f.node(POLICY).orElseThrow(), f.qualified(POLICY) + " lists 'all' among"
          + " other policies; allowed: all alone, or a list of policy names");
    }
    if (given.isEmpty() || new LinkedHashSet<>(given).size() != given.size()) {
      throw f.error(f.node(POLICY).orElseThrow(), f.qualified(POLICY) + " must list distinct"
          + " policies");
    }
    return given;
  }

  /**
   * Factors of a points design get the distinct values of the points as their levels; other
   * designs need a domain for every factor.
   */
  static List<FactorSpec> completeForPoints(List<FactorSpec> factors, DesignSpec design) {
    List<FactorSpec> result = new ArrayList<>();
    for (int i = 0; i < factors.size(); i++) {
      FactorSpec f = factors.get(i);
      if (design.type().equals("points")) {
        Set<String> seen = new LinkedHashSet<>();
        for (List<String> row : design.rows()) {
          seen.add(row.get(i));
        }
        f = new FactorSpec(f.name(), f.key(), new FactorDomain.Levels(List.copyOf(seen)), false,
            f.where());
      } else if (f.domain() == null) {
        throw new SweepException(f.where() + ": factor " + UserText.quote(f.name())
            + " needs values: [...],"
            + " range: {min: .., max: ..}, scale: {min: .., max: ..} or policy: [...] in a "
            + design.type() + " design.");
      }
      result.add(f);
    }
    return result;
  }
}
