package org.releasesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releasesim.experiment.UnusableCheckpointException.Fault;
import org.releasesim.model.ReleaseSim;
import org.releasesim.model.metrics.SeriesPoint;
import org.releasesim.model.param.ScenarioParams;
import org.releasesim.scenario.ScenarioReader;

/**
 * A checkpoint file reads back to a model that runs on exactly as the one written; and every way
 * a file can be damaged is told apart and named, before anything is deserialised.
 */
class CheckpointFileTest {
  private static final double DAY = 500;

  @TempDir
  static Path tmp;

  private static ScenarioParams params;
  private static byte[] sound;

  @BeforeAll
  static void writeOne() throws IOException {
    params = new ScenarioReader().read(Path.of("scenarios/baseline.yaml"), List.of(
        "jurisdictions[0].population=5000", "time.warmupYears=1", "time.years=2")).params();
    ReleaseSim sim = new ReleaseSim(params, null);
    sim.start();
    while (sim.schedule.getTime() < DAY && sim.advance()) {
      // into the recorded period
    }
    Path file = tmp.resolve("sound.bin");
    CheckpointFile.write(file, sim, 12_345, 90);
    sound = Files.readAllBytes(file);
  }

  @Test
  void aModelReadBackRunsOnToTheSameSeriesAsOneNeverWritten() throws IOException {
    List<SeriesPoint> whole = new java.util.ArrayList<>();
    ReleaseSim uninterrupted = new ReleaseSim(params, whole::add);
    uninterrupted.runToEnd();

    CheckpointFile read = CheckpointFile.read(write("roundtrip.bin", sound));
    assertEquals(12_345, read.seriesBytes());
    assertEquals(90, read.everyDays());
    List<SeriesPoint> rest = new java.util.ArrayList<>();
    read.sim().setSink(rest::add);
    while (read.sim().advance()) {
      // to the horizon
    }
    read.sim().finish();
    assertTrue(rest.size() > 100, "the recorded period goes on after day " + DAY);
    assertEquals(whole.subList(whole.size() - rest.size(), whole.size()), rest);
  }

  @Test
  void anEmptyFileIsCalledEmpty() throws IOException {
    UnusableCheckpointException e = unusable("empty.bin", new byte[0]);
    assertEquals(Fault.EMPTY, e.fault());
    assertTrue(e.getMessage().endsWith("empty.bin is empty (0 bytes)"), e.getMessage());
  }

  @Test
  void aTruncatedFileSaysWhereItEndsAndHowLongItShouldBe() throws IOException {
    int cut = sound.length / 3;
    UnusableCheckpointException e = unusable("cut.bin", Arrays.copyOf(sound, cut));
    assertEquals(Fault.TRUNCATED, e.fault());
    assertTrue(e.getMessage().contains(String.format(Locale.ROOT,
        "cut.bin is truncated: it ends at byte %,d of the %,d it should have", cut,
        sound.length)), e.getMessage());
  }

  @Test
  void aFileCutInsideItsHeaderIsTruncatedNotForeign() throws IOException {
    for (int cut : new int[] {1, 3, 4, 10}) {
      UnusableCheckpointException e = unusable("head.bin", Arrays.copyOf(sound, cut));
      assertEquals(Fault.TRUNCATED, e.fault(), "cut at " + cut);
      assertTrue(e.getMessage().contains("ends at byte " + cut + " of the 16 it should have"),
          e.getMessage());
    }
  }

  @Test
  void aFileOfZerosIsSaidToHaveLostItsContents() throws IOException {
    UnusableCheckpointException e = unusable("zeros.bin", new byte[sound.length]);
    assertEquals(Fault.ZEROED, e.fault());
    assertTrue(e.getMessage().contains(String.format(Locale.ROOT,
        "holds nothing but zero bytes (%,d of them)", sound.length)), e.getMessage());
  }

  @Test
  void randomBytesAndOtherFilesAreNotCheckpoints() throws IOException {
    byte[] random = new byte[100_000];
    new Random(5).nextBytes(random);
    random[0] = 'x';
    byte[] gzip = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 4, 5, 6, 7, 8};
    for (byte[] content : List.of(random, gzip, "PK\3\4zip".getBytes(), "RSX8 not a checkpoint"
        .getBytes())) {
      UnusableCheckpointException e = unusable("other.bin", content);
      assertEquals(Fault.NOT_A_CHECKPOINT, e.fault(), new String(content, 0, 4));
      assertTrue(e.getMessage().contains("other.bin is not a release-sim checkpoint"),
          e.getMessage());
    }
  }

  @Test
  void aCheckpointOfAnEarlierFormatNamesBothFormats() throws IOException {
    byte[] formatNine = sound.clone();
    formatNine[3] = '9';
    UnusableCheckpointException e = unusable("nine.bin", formatNine);
    assertEquals(Fault.OTHER_FORMAT, e.fault());
    assertTrue(e.getMessage().contains("earlier version of release-sim (checkpoint format 9);"
        + " this version reads format 12 only"), e.getMessage());
  }

  @Test
  void thisVersionsFormatIsTheByteAfterTheMark() {
    // '0' + 12: formats were written as a digit after RSK, and go on past 9 the same way
    assertEquals('0' + CheckpointFile.FORMAT, sound[3]);
    assertEquals('<', sound[3]);
    assertEquals("RSK", new String(sound, 0, 3, java.nio.charset.StandardCharsets.US_ASCII));
  }

  @Test
  void aCheckpointOfALaterFormatSaysANewerVersionWroteIt() throws IOException {
    byte[] formatThirteen = sound.clone();
    formatThirteen[3] = '0' + 13;
    UnusableCheckpointException e = unusable("thirteen.bin", formatThirteen);
    assertEquals(Fault.OTHER_FORMAT, e.fault());
    assertTrue(e.getMessage().contains("newer version of release-sim (checkpoint format 13)"),
        e.getMessage());
  }

  @Test
  void oneChangedByteAnywhereInTheBodyFailsTheChecksum() throws IOException {
    Random where = new Random(9);
    for (int i = 0; i < 5; i++) {
      byte[] damaged = sound.clone();
      int at = CheckpointFile.HEADER_BYTES + where.nextInt(sound.length
          - CheckpointFile.HEADER_BYTES);
      damaged[at] ^= 1 << where.nextInt(8);
      UnusableCheckpointException e = unusable("flipped.bin", damaged);
      assertEquals(Fault.CHECKSUM, e.fault(), "a bit flipped at byte " + at);
      assertTrue(e.getMessage().contains("flipped.bin fails its checksum (CRC32C)"),
          e.getMessage());
    }
  }

  @Test
  void aZeroedStretchInsideTheBodyFailsTheChecksum() throws IOException {
    byte[] damaged = sound.clone();
    Arrays.fill(damaged, damaged.length / 2, damaged.length / 2 + 4096, (byte) 0);
    assertEquals(Fault.CHECKSUM, unusable("hole.bin", damaged).fault());
  }

  @Test
  void bytesAddedAfterTheBodyAreNoticed() throws IOException {
    byte[] longer = Arrays.copyOf(sound, sound.length + 10);
    UnusableCheckpointException e = unusable("longer.bin", longer);
    assertEquals(Fault.EXTRA_BYTES, e.fault());
    assertTrue(e.getMessage().contains(String.format(Locale.ROOT,
        "has %,d bytes where its header promises %,d", longer.length, sound.length)),
        e.getMessage());
  }

  @Test
  void anIntactBodyThatIsNotThisBuildsModelIsBlamedOnAnotherBuild() throws IOException {
    // a well-formed file of this format, checksum and all, whose body is no model
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    DataOutputStream data = new DataOutputStream(body);
    data.writeLong(0);
    data.writeDouble(365);
    ObjectOutputStream objects = new ObjectOutputStream(data);
    objects.writeObject(List.of("not", "a", "model"));
    objects.flush();
    byte[] b = body.toByteArray();
    CRC32C crc = new CRC32C();
    crc.update(b);
    ByteBuffer file = ByteBuffer.allocate(16 + b.length).put(("RSK" + (char) ('0' + CheckpointFile.FORMAT)).getBytes())
        .putLong(b.length).putInt((int) crc.getValue()).put(b);
    UnusableCheckpointException e = unusable("foreign.bin", file.array());
    assertEquals(Fault.OTHER_BUILD, e.fault());
    assertTrue(e.getMessage().contains("written by a build of release-sim whose model differs"),
        e.getMessage());
  }

  @Test
  void aFileTheSystemWillNotReadSaysSoInItsOwnWords() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("a-folder.bin"));
    UnusableCheckpointException e = assertThrows(UnusableCheckpointException.class,
        () -> CheckpointFile.read(folder));
    assertEquals(Fault.UNREADABLE, e.fault());
    assertTrue(e.getMessage().startsWith(folder + " cannot be read: "), e.getMessage());
    e = assertThrows(UnusableCheckpointException.class,
        () -> CheckpointFile.read(tmp.resolve("missing.bin")));
    assertEquals(Fault.UNREADABLE, e.fault());
    assertTrue(e.getMessage().endsWith("missing.bin does not exist"), e.getMessage());
  }

  private static UnusableCheckpointException unusable(String name, byte[] content)
      throws IOException {
    Path file = write(name, content);
    UnusableCheckpointException e = assertThrows(UnusableCheckpointException.class,
        () -> CheckpointFile.read(file));
    assertEquals(file, e.file());
    assertTrue(e.getMessage().startsWith(file.toString()), "names the file: " + e.getMessage());
    return e;
  }

  private static Path write(String name, byte[] content) throws IOException {
    Path file = tmp.resolve(name);
    Files.write(file, content);
    return file;
  }
}
