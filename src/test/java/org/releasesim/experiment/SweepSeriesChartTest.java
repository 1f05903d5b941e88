package org.releasesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep's time-series chart: small multiples, one titled panel per design point (no legend to
 * cut), and no undefined coordinates.
 */
class SweepSeriesChartTest {
  @Test
  void everyDesignPointHasItsOwnTitledPanel(@TempDir Path tmp) throws IOException {
    Path file = SweepFixtures.sweepFile(tmp, "series", """
        seed: 5
        replications: 2
        paired: true
        design: {type: factorial}
        factors:
          - name: policy
            policy: [NO_COOPERATION, NOTIFY_ONLY, HONOR_DETAINERS]
        outcomes: [crimes]
        timeSeries: [crimes]
        """);
    SweepFixtures.Result r = SweepFixtures.run("sweep", file.toString(), "--out",
        tmp.resolve("out").toString(), "--quiet");
    assertEquals(0, r.exit(), r.err());
    Path svg = SweepFixtures.resultsDir(r).resolve("charts/series_crimes.svg");
    String text = Files.readString(svg);
    assertFalse(text.contains("NaN"), "no undefined coordinates");
    for (String policy : new String[] {"NO_COOPERATION", "NOTIFY_ONLY", "HONOR_DETAINERS"}) {
      assertTrue(text.contains(">" + policy + "<"), "a panel titled for " + policy);
    }
  }
}
