package org.releasesim.gui.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.releasesim.gui.view.ModelTab;
import org.releasesim.model.param.BundledPolicy;
import org.releasesim.model.param.ParamSchema;
import org.releasesim.model.param.ScenarioParams;

class ParamEditsTest {
  private final ScenarioParams loaded = GuiScenarios.smallTeaching();

  @Test
  void replacingOneValueKeepsEveryOtherAndBuildsNewRecords() {
    ScenarioParams off = ParamSchema.with(loaded, "trust.enabled", false);
    assertFalse(off.trust().enabled());
    assertTrue(loaded.trust().enabled(), "the loaded parameters are untouched");
    assertEquals(loaded.trust().unauthorizedChill(), off.trust().unauthorizedChill());
    assertEquals(loaded.ice(), off.ice());
    ScenarioParams honour = ParamSchema.with(loaded, "jurisdictions[0].policy",
        BundledPolicy.HONOR_DETAINERS.name());
    assertEquals(BundledPolicy.HONOR_DETAINERS.name(), honour.jurisdictions().get(0).policy());
    assertEquals(loaded.jurisdictions().get(0).population(),
        honour.jurisdictions().get(0).population());
    assertFalse(ParamSchema.with(loaded, "offending.postRelease.enabled", false).offending()
        .postRelease().enabled());
  }

  @Test
  void valuesOutsideTheDeclaredRangeAreRefusedWithTheRange() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ParamSchema.with(loaded, "trust.unauthorizedChill", 1.5));
    assertEquals("trust.unauthorizedChill must be between 0 and 1 (got 1.5)", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> ParamSchema.with(loaded, "jurisdictions[0].iceOfficers", -1));
    assertThrows(IllegalArgumentException.class, () -> ParamSchema.with(loaded, "trust.nope", 1));
  }

  @Test
  void theRatioScaleMultipliesTheLoadedRatios() {
    ScenarioEdits edits = new ScenarioEdits(loaded);
    edits.scaleUnauthorizedRatios(2);
    assertEquals(2, edits.unauthorizedRatioScale(), 1e-12);
    assertEquals(loaded.offending().unauthorizedRatios().drug() * 2,
        edits.pending().offending().unauthorizedRatios().drug(), 1e-12);
    assertTrue(edits.edited());
    assertThrows(IllegalArgumentException.class, () -> edits.scaleUnauthorizedRatios(-1));
  }

  @Test
  void theModelTabEditsThePendingScenarioAsMasonWritesIt() {
    ScenarioEdits edits = new ScenarioEdits(loaded);
    WatchedRun run = new WatchedRun(loaded);
    ModelTab tab = new ModelTab(new ModelTabLines(edits, run, () -> false).lines());
    int chill = index(tab, "trust.unauthorizedChill");
    assertEquals(0.3, (Double) tab.setValue(chill, "0.3"), 1e-12);
    assertEquals(0.3, edits.pending().trust().unauthorizedChill(), 1e-12);
    assertNull(tab.setValue(chill, "7"), "refused: MASON beeps and keeps the old value");
    assertTrue(tab.message().contains("between 0 and 1"), tab.message());
    int policy = index(tab, "Policy: Teaching Town");
    tab.setValue(policy, String.valueOf(BundledPolicy.NO_COOPERATION.ordinal()));
    assertEquals(BundledPolicy.NO_COOPERATION.name(),
        edits.pending().jurisdictions().get(0).policy());
    tab.setValue(index(tab, "ice.collateralArrests"), "false");
    assertFalse(edits.pending().ice().collateralArrests());
    tab.setValue(index(tab, "Seed"), "42");
    assertEquals(42, edits.pending().seed());
    assertEquals("none", tab.getValue(index(tab, "Policy switches")));
  }

  @Test
  void duringARunAPolicyEditSwitchesTheModelAndOtherEditsWait() {
    ScenarioEdits edits = new ScenarioEdits(loaded);
    WatchedRun run = GuiScenarios.started(loaded);
    for (int d = 0; d < 380; d++) {
      run.stepDay();
    }
    ModelTab tab = new ModelTab(new ModelTabLines(edits, run, () -> true).lines());
    int policy = index(tab, "Policy: Teaching Town");
    assertEquals(BundledPolicy.NOTIFY_ONLY.ordinal(), tab.getValue(policy));
    tab.setValue(policy, String.valueOf(BundledPolicy.HONOR_DETAINERS.ordinal()));
    assertEquals(BundledPolicy.HONOR_DETAINERS.ordinal(), tab.getValue(policy), "in force now");
    assertEquals(BundledPolicy.NOTIFY_ONLY.name(), edits.pending().jurisdictions().get(0).policy(),
        "the scenario itself is unchanged");
    assertEquals("day 14: Teaching Town to HONOR_DETAINERS",
        tab.getValue(index(tab, "Policy switches")));
    tab.setValue(index(tab, "trust.enabled"), "false");
    assertTrue(run.sim().params().trust().enabled(), "the running model keeps its parameters");
    assertFalse(edits.pending().trust().enabled());
    assertEquals("day 14 (year 1)", tab.getValue(index(tab, "Day")));
  }

  /** The policy line offers the scenario's own policies after the bundled ones. */
  @Test
  void theModelTabOffersThePoliciesTheScenarioDefinesAndSwitchesToThem() {
    ScenarioParams own = GuiScenarios.smallTeaching("policies=[{name: SB54, covers:"
        + " {violentCharge: true, violentConviction: true}, cooperation: 0.3}]");
    ScenarioEdits edits = new ScenarioEdits(own);
    ModelTab before = new ModelTab(new ModelTabLines(edits, new WatchedRun(own), () -> false)
        .lines());
    int line = index(before, "Policy: Teaching Town");
    assertEquals(List.of("HONOR_DETAINERS", "NOTIFY_ONLY", "SERIOUS_ONLY", "NO_COOPERATION",
        "SB54"), List.of((String[]) before.getDomain(line)));
    before.setValue(line, "4");
    assertEquals("SB54", edits.pending().jurisdictions().get(0).policy());

    WatchedRun run = GuiScenarios.started(own);
    for (int d = 0; d < 380; d++) {
      run.stepDay();
    }
    ModelTab during = new ModelTab(new ModelTabLines(new ScenarioEdits(own), run, () -> true)
        .lines());
    during.setValue(line, "4");
    assertEquals(4, during.getValue(line));
    assertEquals("SB54", run.sim().jurisdictions().get(0).policyTimeline()
        .policyAt(run.sim().schedule.getTime()).name());
    assertEquals("day 14: Teaching Town to SB54", during.getValue(index(during,
        "Policy switches")));
  }

  private static int index(ModelTab tab, String name) {
    for (int i = 0; i < tab.numProperties(); i++) {
      if (tab.getName(i).equals(name)) {
        return i;
      }
    }
    throw new AssertionError("no line " + name);
  }
}
