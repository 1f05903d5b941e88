package org.releasesim.gui.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.releasesim.model.Group;
import org.releasesim.model.Jurisdiction;

class MapTest {
  @Test
  void countiesSitSideBySideAndEveryPersonsDotIsInsideTheirHomeTract() {
    WatchedRun run = GuiScenarios.started(GuiScenarios.smallTeaching(
        "jurisdictions=[{name: Teaching Town, population: 5000, tractColumns: 5, tractRows: 5},"
            + " {name: Second, population: 800, tractColumns: 3, tractRows: 7}]"));
    MapLayout layout = run.layout();
    assertEquals(2, layout.jurisdictions());
    assertTrue(layout.tract(25).getX() >= 5 + MapLayout.BETWEEN, "the second county is right");
    assertEquals(MapLayout.TITLE + 7 + MapLayout.GAP + MapLayout.BAND, layout.height(), 1e-12);
    for (int p = 0; p < run.sim().population().size(); p++) {
      int tract = run.sim().population().tract(p);
      Point2D.Double at = layout.person(p, tract);
      Rectangle2D.Double box = layout.tract(tract);
      assertTrue(box.contains(at), "person " + p);
      assertEquals(tract, layout.tractAt(at.x, at.y));
      assertEquals(at, layout.person(p, tract), "the same place every time");
    }
    assertEquals(-1, layout.tractAt(-1, 0));
    assertEquals(layout.width(), MapLayout.ofParams(run.sim().params().jurisdictions()).width());
  }

  @Test
  void heatLayersShowTheirQuantities() {
    WatchedRun run = GuiScenarios.started(GuiScenarios.smallTeaching("time.years=0.3"));
    while (run.stepDay()) {
      // to the end
    }
    PersonCensus census = run.census();
    double[] share = HeatLayer.UNAUTHORIZED_SHARE.values(run);
    double[] crime = HeatLayer.CRIME.values(run);
    double[] trust = HeatLayer.TRUST.values(run);
    Jurisdiction town = run.sim().jurisdictions().get(0);
    for (int t = 0; t < share.length; t++) {
      assertEquals(census.residents(t, Group.UNAUTHORIZED) / (double) census.residents(t),
          share[t], 1e-12);
      assertEquals(run.events().activity().crimeRate(t, census.residents(t)), crime[t], 1e-12);
      assertEquals(town.trust().trust(t, Group.UNAUTHORIZED.ordinal()), trust[t], 1e-12);
    }
    assertTrue(java.util.Arrays.stream(crime).sum() > 0, "recent crime shows");
    HeatLayer.Range r = HeatLayer.TRUST.range(trust);
    assertEquals(1, r.high());
    assertTrue(r.low() <= 0.8);
    assertEquals(0.5, new HeatLayer.Range(0, 2).position(1), 1e-12);
  }

  /** Side by side, a colour means the same number on both maps, whichever run has the most. */
  @Test
  void mapsSideBySideShareOneColourScaleSpanningBothRuns() {
    WatchedRun a = GuiScenarios.started(GuiScenarios.smallTeaching("time.years=0.2"));
    WatchedRun b = GuiScenarios.started(GuiScenarios.smallTeaching("time.years=0.2",
        "seed=77"));
    while (a.stepDay() & b.stepDay()) {
      // to the end
    }
    MapSettings left = new MapSettings();
    MapSettings right = new MapSettings();
    left.shareScaleWith(java.util.List.of(b));
    right.shareScaleWith(java.util.List.of(a));
    HeatLayer.Range shared = left.range(a);
    assertEquals(shared, right.range(b));
    double highest = Math.max(java.util.Arrays.stream(HeatLayer.CRIME.values(a)).max()
        .orElseThrow(), java.util.Arrays.stream(HeatLayer.CRIME.values(b)).max().orElseThrow());
    assertEquals(Math.max(highest, 1), shared.high(), 1e-12);
    assertTrue(!HeatLayer.CRIME.range(HeatLayer.CRIME.values(a)).equals(
        HeatLayer.CRIME.range(HeatLayer.CRIME.values(b))), "the runs alone differ in scale");
    assertEquals(HeatLayer.CRIME.range(HeatLayer.CRIME.values(a)), new MapSettings().range(a),
        "a map alone keeps its own scale");
  }

  @Test
  void theCensusCountsEveryoneOnceAndJailsAsTheModelDoes() {
    WatchedRun run = GuiScenarios.started(GuiScenarios.smallTeaching("time.years=0.3"));
    while (run.stepDay()) {
      // to the end
    }
    PersonCensus census = run.census();
    assertEquals(run.sim().population().size(), census.everyone());
    assertEquals(run.sim().jurisdictions().get(0).jail().total(), census.jailTotal(0));
    assertEquals(run.sim().jurisdictions().get(0).population(),
        java.util.stream.IntStream.range(0, run.layout().tracts())
            .mapToLong(census::residents).sum());
  }
}
