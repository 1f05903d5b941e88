package org.releasesim.model.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A metric's status categories are an enum, and the model can count it by that enum only. */
class MetricLevelsTest {
  private final Metrics metrics = new Metrics(List.of("County"));

  @Test
  void everyMetricsStatusColumnListsItsEnumsConstantsInOrder() {
    for (Metric m : Metric.values()) {
      List<String> names = Arrays.stream(m.levels().getEnumConstants()).map(Enum::name).toList();
      assertEquals(names.isEmpty() ? List.of("all") : names, m.statuses(), m.name());
    }
  }

  @Test
  void aLevelCountsInItsOwnCell() {
    metrics.count(Metric.AT_LARGE_CASES_CLOSED, 0, 0, 0, CaseClosure.GAVE_UP);
    metrics.add(Metric.COSTS, 0, 0, 0, CostItem.CRIME, 2.5);
    assertEquals(1, metrics.current(Metric.AT_LARGE_CASES_CLOSED, 0, 0, 0, 2));
    assertEquals(0, metrics.current(Metric.AT_LARGE_CASES_CLOSED, 0, 0, 0, CaseClosure.GONE));
    assertEquals(2.5, metrics.current(Metric.COSTS, 0, 0, 0, 3));
  }

  @Test
  void anotherMetricsLevelIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> metrics.count(Metric.AT_LARGE_CASES_CLOSED, 0, 0, 0, OperationOutcome.ARRESTED));
    assertThrows(IllegalArgumentException.class,
        () -> metrics.add(Metric.COSTS, 0, 0, 0, OfficerTask.AT_LARGE, 1));
  }

  @Test
  void aMetricWithLevelsMustBeGivenOneAndAMetricWithoutMustNot() {
    assertThrows(IllegalArgumentException.class,
        () -> metrics.count(Metric.USE_OF_FORCE, 0, 0, 0));
    assertThrows(IllegalArgumentException.class,
        () -> metrics.count(Metric.REMOVALS, 0, 0, 0, ForceSetting.AT_LARGE));
  }
}
