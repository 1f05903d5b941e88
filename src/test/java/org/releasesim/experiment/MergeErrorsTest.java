package org.releasesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeErrorsTest {
  @Test
  void aMissingShardStopsTheMergeWithCodeTwo(@TempDir Path tmp) throws IOException {
    Path sweep = SweepFixtures.sweepFile(tmp, "halves", """
        seed: 3
        design: {type: factorial}
        factors:
          - key: jurisdictions[0].iceOfficers
            values: [4, 8]
        """);
    String dir = tmp.resolve("out/halves").toString();
    SweepFixtures.Result first = SweepFixtures.run("sweep", sweep.toString(), "--resume", dir,
        "--shard", "1/2", "--quiet");
    assertEquals(0, first.exit(), first.err());
    SweepFixtures.Result r = SweepFixtures.run("merge", dir);
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("shard-2-of-2 is missing"), r.err());
    SweepFixtures.Result bad = SweepFixtures.run("sweep", sweep.toString(), "--shard", "3/2");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("expected i/n with 1 <= i <= n"), bad.err());
  }
}
