package org.releasesim.experiment;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.releasesim.model.ReleaseSim;
import sim.engine.SimState;

/**
 * A run's checkpoint: the model as MASON serialises it, with the length the time-series file had
 * at that moment (so a resumed run cuts the file back and continues it). Written to a temporary
 * file and renamed, so a kill during the write leaves the previous checkpoint intact.
 *
 * @param sim the model, stopped between two events
 * @param seriesBytes the length of the time-series file when the checkpoint was taken
 * @param everyDays the spacing of checkpoints the run was started with, in simulated days
 */
public record CheckpointFile(ReleaseSim sim, long seriesBytes, double everyDays) {
  /** File name in a run folder. */
  public static final String NAME = "checkpoint.bin";
  /**
   * "RSK" and the checkpoint format, raised whenever the model's serialised state changes
   * (format 2: one record a person; format 3: birth days, turnover and community operations;
   * format 7: offenders' perception of reporting, counters without derived metrics, release
   * policies as definitions named by text, and a unit column in the time series a checkpoint
   * continues; formats 4 to 6 had some of these; format 8: each process registered as the
   * handler of its event kinds; format 9: pretrial departures).
   */
  private static final int MAGIC = 0x52534b39;
  private static final int FORMAT_1 = 0x52534b31;
  private static final int FORMAT_2 = 0x52534b32;
  private static final int FORMAT_3 = 0x52534b33;
  private static final int FORMAT_4 = 0x52534b34;
  private static final int FORMAT_5 = 0x52534b35;
  private static final int FORMAT_6 = 0x52534b36;
  private static final int FORMAT_7 = 0x52534b37;
  private static final int FORMAT_8 = 0x52534b38;

  /** Writes the checkpoint atomically. */
  public static void write(Path file, ReleaseSim sim, long seriesBytes, double everyDays)
      throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
          Channels.newOutputStream(channel), 1 << 16));
      out.writeInt(MAGIC);
      out.writeLong(seriesBytes);
      out.writeDouble(everyDays);
      sim.writeToCheckpoint(out);
      out.flush();
      channel.force(false);
    }
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * Reads a checkpoint.
   *
   * @throws IOException if the file is missing, damaged, or not a release-sim checkpoint
   */
  public static CheckpointFile read(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
      int magic = in.readInt();
      if (magic == FORMAT_1 || magic == FORMAT_2 || magic == FORMAT_3
          || magic == FORMAT_4 || magic == FORMAT_5 || magic == FORMAT_6
          || magic == FORMAT_7 || magic == FORMAT_8) {
        throw new IOException(file + " was written by an earlier version of release-sim,"
            + " whose checkpoints this version cannot read");
      }
      if (magic != MAGIC) {
        throw new IOException(file + " is not a release-sim checkpoint");
      }
      long seriesBytes = in.readLong();
      double everyDays = in.readDouble();
      SimState state;
      try {
        state = SimState.readFromCheckpoint(in);
      } catch (ClassNotFoundException | ClassCastException | java.io.ObjectStreamException e) {
        throw new IOException(file + " is from another version of release-sim", e);
      }
      if (!(state instanceof ReleaseSim sim)) {
        throw new IOException(file + " is damaged or from another version of release-sim");
      }
      return new CheckpointFile(sim, seriesBytes, everyDays);
    }
  }
}
