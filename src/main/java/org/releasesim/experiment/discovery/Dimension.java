package org.releasesim.experiment.discovery;

import java.util.List;
import java.util.Objects;

/**
 * One input PRIM may restrict: a number, or a category among listed ones (a release policy),
 * whose rows then hold the category's index in {@code categories}.
 *
 * @param name the column name
 * @param categories the categories in their order, or empty for a number
 */
public record Dimension(String name, List<String> categories) {
  public Dimension {
    Objects.requireNonNull(name, "name");
    categories = List.copyOf(categories);
  }

  /** A numeric input. */
  public static Dimension numeric(String name) {
    return new Dimension(name, List.of());
  }

  public boolean categorical() {
    return !categories.isEmpty();
  }
}
