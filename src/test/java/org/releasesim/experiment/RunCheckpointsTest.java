package org.releasesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.NotSerializableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releasesim.experiment.UnusableCheckpointException.Fault;
import org.releasesim.model.ReleaseSim;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.scenario.ScenarioReader;

/**
 * A run folder keeps its latest checkpoint and the one before; a resume takes the newest it can
 * use and says which newer ones it passed over; a failed write leaves the folder as it was.
 */
class RunCheckpointsTest {
  @TempDir
  Path folder;

  private RunCheckpoints checkpoints;
  private ReleaseSim sim;

  @BeforeEach
  void start() {
    ScenarioParams params = new ScenarioReader().read(Path.of("scenarios/baseline.yaml"),
        List.of("jurisdictions[0].population=2000", "time.warmupYears=1", "time.years=1"))
        .params();
    sim = new ReleaseSim(params, null);
    sim.start();
    checkpoints = new RunCheckpoints(folder);
  }

  @Test
  void theLatestAndTheOneBeforeItAreKept() throws IOException {
    writeAt(100, 1);
    writeAt(200, 2);
    writeAt(300, 3);
    assertEquals(List.of(RunCheckpoints.LATEST, RunCheckpoints.PREVIOUS), files());
    assertEquals(3, CheckpointFile.read(folder.resolve(RunCheckpoints.LATEST)).seriesBytes());
    assertEquals(2, CheckpointFile.read(folder.resolve(RunCheckpoints.PREVIOUS)).seriesBytes());
    RunCheckpoints.Restored r = checkpoints.newest();
    assertEquals(folder.resolve(RunCheckpoints.LATEST), r.file());
    assertTrue(r.passedOver().isEmpty());
    assertTrue(r.checkpoint().sim().schedule.getTime() >= 300);
  }

  @Test
  void aDamagedLatestIsPassedOverForTheOneBefore() throws IOException {
    writeAt(100, 1);
    writeAt(200, 2);
    Path latest = folder.resolve(RunCheckpoints.LATEST);
    Files.write(latest, new byte[] {1, 2, 3});
    RunCheckpoints.Restored r = checkpoints.newest();
    assertEquals(folder.resolve(RunCheckpoints.PREVIOUS), r.file());
    assertEquals(1, r.checkpoint().seriesBytes());
    assertEquals(1, r.passedOver().size());
    assertEquals(latest, r.passedOver().get(0).file());
    assertEquals(Fault.NOT_A_CHECKPOINT, r.passedOver().get(0).fault());
  }

  @Test
  void aDamagedLatestPassedOverIsReplacedAndTheSoundOneBeforeKept() throws IOException {
    writeAt(100, 1);
    writeAt(200, 2);
    Files.write(folder.resolve(RunCheckpoints.LATEST), new byte[] {1, 2, 3});
    checkpoints.newest();
    writeAt(300, 3);
    assertEquals(3, CheckpointFile.read(folder.resolve(RunCheckpoints.LATEST)).seriesBytes());
    assertEquals(1, CheckpointFile.read(folder.resolve(RunCheckpoints.PREVIOUS)).seriesBytes(),
        "the damaged file did not become the previous");
    writeAt(400, 4);
    assertEquals(3, CheckpointFile.read(folder.resolve(RunCheckpoints.PREVIOUS)).seriesBytes(),
        "later checkpoints rotate as usual");
  }

  @Test
  void aRunKilledBetweenTheTwoRenamesResumesFromThePrevious() throws IOException {
    writeAt(100, 1);
    writeAt(200, 2);
    // the latest renamed to the previous, the new one not yet into place
    Files.move(folder.resolve(RunCheckpoints.LATEST), folder.resolve(RunCheckpoints.PREVIOUS),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertTrue(checkpoints.any());
    RunCheckpoints.Restored r = checkpoints.newest();
    assertEquals(2, r.checkpoint().seriesBytes(), "the previous is the newest there is");
    assertTrue(r.passedOver().isEmpty());
  }

  @Test
  void whenNoneIsUsableEachFaultIsGivenNewestFirst() throws IOException {
    writeAt(100, 1);
    writeAt(200, 2);
    Files.write(folder.resolve(RunCheckpoints.LATEST), new byte[0]);
    Files.write(folder.resolve(RunCheckpoints.PREVIOUS), new byte[64]);
    NoUsableCheckpointException e = assertThrows(NoUsableCheckpointException.class,
        checkpoints::newest);
    assertEquals(List.of(Fault.EMPTY, Fault.ZEROED),
        e.faults().stream().map(UnusableCheckpointException::fault).toList());
  }

  @Test
  void aFolderWithoutCheckpointsHasNone() {
    assertFalse(checkpoints.any());
    NoUsableCheckpointException e = assertThrows(NoUsableCheckpointException.class,
        checkpoints::newest);
    assertTrue(e.faults().isEmpty());
  }

  @Test
  void aWriteThatFailsLeavesTheCheckpointsAsTheyWereAndNoTemporaryFile() throws IOException {
    writeAt(100, 1);
    byte[] before = Files.readAllBytes(folder.resolve(RunCheckpoints.LATEST));
    // a field that cannot be serialised makes the write fail part-way
    ReleaseSim unserialisable = new Unserialisable(sim.params());
    unserialisable.start();
    assertThrows(NotSerializableException.class,
        () -> checkpoints.write(unserialisable, 9, 90));
    assertEquals(List.of(RunCheckpoints.LATEST), files());
    assertTrue(java.util.Arrays.equals(before,
        Files.readAllBytes(folder.resolve(RunCheckpoints.LATEST))));
  }

  @Test
  void aCheckpointThatCannotBePutInPlaceFailsTheNextWriteAndFinish() throws IOException {
    writeAt(100, 1);
    // a folder where the latest must go as the previous: the rename fails
    Files.createDirectories(folder.resolve(RunCheckpoints.PREVIOUS).resolve("in-the-way"));
    checkpoints.write(sim, 2, 100);
    assertThrows(IOException.class, checkpoints::finish);
    assertThrows(IOException.class, () -> checkpoints.write(sim, 3, 100));
    assertEquals(1, CheckpointFile.read(folder.resolve(RunCheckpoints.LATEST)).seriesBytes(),
        "the latest in place is still the last one placed");
  }

  @Test
  void aFinishedRunDeletesEveryCheckpointFile() throws IOException {
    writeAt(100, 1);
    writeAt(200, 2);
    Files.write(folder.resolve(RunCheckpoints.LATEST + ".tmp"), new byte[10]);
    checkpoints.deleteAll();
    assertEquals(List.of(), files());
  }

  /** Writes a checkpoint at {@code day} and waits until it is in place. */
  private void writeAt(double day, long seriesBytes) throws IOException {
    while (sim.schedule.getTime() < day && sim.advance()) {
      // on to the day
    }
    long bytes = checkpoints.write(sim, seriesBytes, 100);
    checkpoints.finish();
    assertEquals(bytes, Files.size(folder.resolve(RunCheckpoints.LATEST)));
  }

  private List<String> files() throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** A model that holds something Java serialisation cannot write. */
  private static final class Unserialisable extends ReleaseSim {
    private static final long serialVersionUID = 1L;
    @SuppressWarnings({"unused", "serial"})
    private final Object notSerialisable = new Object();

    Unserialisable(ScenarioParams params) {
      super(params, null);
    }
  }
}
