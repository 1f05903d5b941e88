package org.releasesim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.releasesim.model.metrics.Metric;
import org.releasesim.model.metrics.SummaryRow;

class OutcomeSpecTest {
  @Test
  void categoriesMayComeInAnyOrderAndAreWrittenInDimensionOrder() {
    OutcomeSpec a = OutcomeSpec.parse("crimes/released_detainer_declined/VIOLENT");
    assertEquals("crimes/VIOLENT/RELEASED_DETAINER_DECLINED", a.column());
    assertEquals(a, OutcomeSpec.parse("crimes/VIOLENT/RELEASED_DETAINER_DECLINED"));
    assertEquals("offences per 100k residents per year", a.unit());
  }

  @Test
  void aRatePerResidentsOfTheGroupSaysSoInItsUnitAndIsTakenAsItIs() {
    OutcomeSpec rate = OutcomeSpec.parse("victimisation_rate/UNAUTHORIZED");
    assertEquals("victimisation_rate/UNAUTHORIZED", rate.column());
    assertEquals("victimisations per 100k residents of the group per year", rate.unit());
    assertEquals("victimisations per 100k residents per year",
        OutcomeSpec.parse("victimisations/UNAUTHORIZED").unit());
    assertEquals("share", OutcomeSpec.parse("unreported_share/VIOLENT/CITIZEN").unit());
    Map<String, SummaryRow> rows = Map.of(
        OutcomeSpec.key("all", "victimisation_rate", "all", "UNAUTHORIZED", "all"),
        new SummaryRow("all", "victimisation_rate", "all", "UNAUTHORIZED", "all",
            Metric.Kind.RATE, 14_610, Double.NaN, Double.NaN));
    assertEquals(14_610, rate.valueIn(rows, "all"));
  }

  @Test
  void unknownMetricsAndCategoriesNameWhatIsAllowed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> OutcomeSpec.parse("crime"));
    assertTrue(e.getMessage().contains("allowed: residents, crimes"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> OutcomeSpec.parse("removals/VIOLENT"));
    assertTrue(e.getMessage().contains("allowed: CITIZEN, LAWFUL_NONCITIZEN, UNAUTHORIZED"),
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> OutcomeSpec.parse("trust"));
    assertTrue(e.getMessage().contains("name a group, as in trust/UNAUTHORIZED"),
        e.getMessage());
  }

  @Test
  void theStandardSetIsFixedAndRequestedOutcomesArePrimary() {
    OutcomeSet set = OutcomeSet.of(java.util.List.of(OutcomeSpec.parse("crimes/UNAUTHORIZED"),
        OutcomeSpec.parse("crimes")));
    assertEquals("residents", set.names().get(0));
    assertTrue(set.names().contains("trust/UNAUTHORIZED"));
    assertEquals(set.names().size() - 1, set.indexOf("crimes/UNAUTHORIZED"));
    assertEquals(java.util.List.of(set.indexOf("crimes/UNAUTHORIZED"), set.indexOf("crimes")),
        set.primary());
  }
}
