package org.releasesim.output.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UndefinedCellsTest {
  @Test
  void anOutcomeLeftOutEverywhereIsNamedWithoutItsPoints() {
    UndefinedCells cells = new UndefinedCells("HONOR_DETAINERS");
    cells.add("at_large_arrests", "NOTIFY_ONLY", 0);
    cells.add("at_large_arrests", "NO_COOPERATION", 0);
    assertEquals("Not drawn: at_large_arrests (HONOR_DETAINERS mean 0)", cells.note(2));
  }

  @Test
  void anOutcomeLeftOutForSomePointsNamesThemAndAMissingMeanSaysSo() {
    UndefinedCells cells = new UndefinedCells("NO_COOPERATION");
    assertTrue(cells.isEmpty());
    cells.add("removals", "HONOR_DETAINERS, officers 4", 0);
    cells.add("trust", "NOTIFY_ONLY", Double.NaN);
    assertEquals("Not drawn: removals (NO_COOPERATION mean 0) for HONOR_DETAINERS, officers 4;"
        + " trust (NO_COOPERATION mean missing) for NOTIFY_ONLY", cells.note(3));
  }
}
