package org.releasesim.experiment.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One factor of a sweep: a column name, the scenario key paths it sets (one, or one per
 * jurisdiction for the policy shorthand), and its domain.
 *
 * @param name the column name in runs.csv and points.csv
 * @param keys scenario key paths, written as {@code --set} overrides ({@code trust.enabled})
 * @param domain levels or range
 * @param integer whether the parameter is a whole number, so range values are rounded
 */
public record Factor(String name, List<String> keys, FactorDomain domain, boolean integer) {
  public Factor {
    Objects.requireNonNull(name, "name");
    keys = List.copyOf(keys);
    Objects.requireNonNull(domain, "domain");
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("factor " + name + " sets no scenario key");
    }
  }

  /** The overrides that give this factor the value {@code value}. */
  public List<String> overrides(String value) {
    List<String> result = new ArrayList<>(keys.size());
    for (String key : keys) {
      result.add(key + "=" + value);
    }
    return result;
  }

  /** The value at a unit coordinate. */
  public String valueAt(double u) {
    return domain.valueAt(u, integer);
  }

  /** The levels of a factor given as a list; a range has none. */
  public List<String> levels() {
    return domain instanceof FactorDomain.Levels l ? l.values() : List.of();
  }

  /** The values a validation should try: every level, or both ends of the range. */
  public List<String> extremes() {
    if (domain instanceof FactorDomain.Levels l) {
      return l.values();
    }
    return List.of(valueAt(0), valueAt(1));
  }

  /** Whether every value is a number, so charts can use a numeric axis. */
  public boolean numeric() {
    if (domain instanceof FactorDomain.Range) {
      return true;
    }
    return levels().stream().allMatch(Factor::isNumber);
  }

  private static boolean isNumber(String text) {
    try {
      Double.parseDouble(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
