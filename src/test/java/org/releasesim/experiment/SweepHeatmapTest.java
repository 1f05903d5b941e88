package org.releasesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A two-factor sweep's heatmaps say what their colours span, and draw no undefined cell. */
class SweepHeatmapTest {
  @Test
  void heatmapCaptionsGiveTheCellsRangeAndTheColoursSpan(@TempDir Path tmp) throws IOException {
    Path file = SweepFixtures.smallFactorial(tmp);
    SweepFixtures.Result r = SweepFixtures.run("sweep", file.toString(), "--out",
        tmp.resolve("out").toString(), "--quiet", "--threads", "2");
    assertEquals(0, r.exit(), r.err());
    Path dir = SweepFixtures.resultsDir(r);
    List<Path> maps;
    try (Stream<Path> s = Files.list(dir.resolve("charts"))) {
      maps = s.filter(p -> p.getFileName().toString().startsWith("heatmap_")
          && p.toString().endsWith(".svg")).toList();
    }
    assertFalse(maps.isEmpty(), "a heatmap per primary outcome");
    for (Path svg : maps) {
      assertFalse(Files.readString(svg).contains("NaN"), svg.toString());
    }
    String html = Files.readString(dir.resolve("index.html"));
    assertTrue(html.contains("the colours span"), "captions give the colour range");
  }
}
