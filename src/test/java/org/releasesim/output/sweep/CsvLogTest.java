package org.releasesim.output.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releasesim.experiment.sweep.SweepException;

/** The append-only log behind runs.csv, as a killed process leaves it. */
class CsvLogTest {
  @Test
  void resumeCutsAHalfWrittenLastLine(@TempDir Path tmp) throws IOException {
    Path file = tmp.resolve("runs.csv");
    Files.writeString(file, "run,x\n0,a\n1,b\n2,c-but-the-proc");
    List<String> kept = new ArrayList<>();
    try (CsvLog log = CsvLog.resume(file, "run,x", line -> true, kept)) {
      assertEquals(List.of("0,a", "1,b"), kept);
      log.append(List.of("2,c"));
    }
    assertEquals("run,x\n0,a\n1,b\n2,c\n", Files.readString(file));
  }

  @Test
  void resumeKeepsOnlyTheLinesThatPassFromTheTop(@TempDir Path tmp) throws IOException {
    Path file = tmp.resolve("series.csv");
    Files.writeString(file, "run,v\n0,1\n1,2\n5,3\n2,4\n");
    List<String> kept = new ArrayList<>();
    CsvLog.resume(file, "run,v", line -> !line.startsWith("5"), kept).close();
    assertEquals(List.of("0,1", "1,2"), kept);
    assertEquals("run,v\n0,1\n1,2\n", Files.readString(file));
  }

  @Test
  void aHalfWrittenHeaderStartsAfresh(@TempDir Path tmp) throws IOException {
    Path file = tmp.resolve("runs.csv");
    Files.writeString(file, "ru");
    List<String> kept = new ArrayList<>();
    CsvLog.resume(file, "run,x", line -> true, kept).close();
    assertEquals("run,x\n", Files.readString(file));
    assertEquals(List.of(), kept);
  }

  @Test
  void anotherSweepsHeaderIsRefused(@TempDir Path tmp) throws IOException {
    Path file = tmp.resolve("runs.csv");
    Files.writeString(file, "run,y\n0,a\n");
    assertThrows(SweepException.class,
        () -> CsvLog.resume(file, "run,x", line -> true, new ArrayList<>()));
  }
}
