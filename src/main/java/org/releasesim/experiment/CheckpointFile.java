package org.releasesim.experiment;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;
import org.releasesim.experiment.UnusableCheckpointException.Fault;
import org.releasesim.model.ReleaseSim;

/**
 * One checkpoint file: the model as Java serialisation writes it (the form MASON checkpoints
 * take), with the length the time-series file had at that moment, so a resumed run cuts the file
 * back and continues it.
 *
 * <p>Layout (big-endian): the mark {@code RSK} and the format as one byte, {@code '0'} plus the
 * format (a digit up to format 9; format 10 is {@code ':'}, 11 {@code ';'}, 12 {@code '<'}) (4 bytes in all),
 * the length of the body (8 bytes), the CRC32C of the body (4 bytes); then the body: the series
 * length (8), the checkpoint spacing in days (8) and the serialised model. The header lets a reader tell a file
 * that is not a checkpoint, one of another format, one cut short and one whose bytes changed
 * apart, and say which, before it deserialises anything.
 *
 * <p>The body is not compressed: MASON's own checkpoints are gzipped, and deflating the
 * baseline county's 40 MB or so took 2 to 5 seconds against 10 to 30 milliseconds to serialise
 * it, so yearly checkpoints made a run several times slower. A checkpoint takes up to about 75
 * bytes a resident instead of 32.
 *
 * @param sim the model, stopped between two events
 * @param seriesBytes the length of the time-series file when the checkpoint was taken
 * @param everyDays the spacing of checkpoints the run was started with, in simulated days
 */
public record CheckpointFile(ReleaseSim sim, long seriesBytes, double everyDays) {
  /**
   * The checkpoint format, raised whenever the model's serialised state or the file's layout
   * changes (2: one record a person; 3: birth days, turnover and community operations; 7:
   * offenders' perception of reporting, policies as definitions, the unit column in the series a
   * checkpoint continues; 8 and 9: changes to the model, gzipped as MASON writes checkpoints; 10:
   * a header with the body's length and checksum, no compression, and no room to grow; 11: each
   * pending person event carries its time; 12: policies say whether ICE may interview in the
   * jail, and the share of unauthorized residents DHS holds fingerprints of).
   */
  public static final int FORMAT = 12;
  /** Bytes before the body: mark and format, body length, checksum. */
  static final int HEADER_BYTES = 16;
  /** "RSK", the first three bytes of every checkpoint. */
  private static final int MARK = 0x52534b;
  private static final int BUFFER_BYTES = 1 << 16;
  /** How many formats after this one a format byte is taken to name, rather than noise. */
  private static final int NEWER_FORMATS = 20;

  /**
   * Writes a checkpoint to {@code file} and forces it to the disk. A run's checkpoints go through
   * {@link RunCheckpoints}, which writes to a temporary name and renames the file into place: a
   * checkpoint is valid only once renamed.
   */
  public static void write(Path file, ReleaseSim sim, long seriesBytes, double everyDays)
      throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      write(channel, sim, seriesBytes, everyDays);
      channel.force(false);
    }
  }

  /**
   * Writes a checkpoint into an empty file open for writing, leaving it open and not yet forced
   * to the disk.
   *
   * @return the file's length in bytes
   */
  static long write(FileChannel channel, ReleaseSim sim, long seriesBytes, double everyDays)
      throws IOException {
    channel.position(HEADER_BYTES);
    CRC32C crc = new CRC32C();
    // buffered before the checksum, so that it sees large blocks
    DataOutputStream body = new DataOutputStream(new BufferedOutputStream(
        new CheckedOutputStream(Channels.newOutputStream(channel), crc), BUFFER_BYTES));
    body.writeLong(seriesBytes);
    body.writeDouble(everyDays);
    ObjectOutputStream model = new ObjectOutputStream(body);
    sim.preCheckpoint();
    model.writeObject(sim);
    model.flush();
    sim.postCheckpoint();
    long length = channel.position();
    ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES)
        .putInt(MARK << 8 | '0' + FORMAT).putLong(length - HEADER_BYTES)
        .putInt((int) crc.getValue()).flip();
    while (header.hasRemaining()) {
      channel.write(header, header.position());
    }
    return length;
  }

  /**
   * Reads a checkpoint, after checking its header and checksum.
   *
   * @throws UnusableCheckpointException naming what is wrong with the file, or that it cannot
   *     be read at all
   */
  public static CheckpointFile read(Path file) throws UnusableCheckpointException {
    try {
      return readChecked(file);
    } catch (UnusableCheckpointException e) {
      throw e;
    } catch (NoSuchFileException e) {
      throw new UnusableCheckpointException(file, Fault.UNREADABLE, "does not exist");
    } catch (AccessDeniedException e) {
      throw new UnusableCheckpointException(file, Fault.UNREADABLE,
          "cannot be read: permission denied");
    } catch (IOException e) {
      // the file system's own words (an input/output error, say) are the best description
      throw new UnusableCheckpointException(file, Fault.UNREADABLE, "cannot be read: "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }
  }

  private static CheckpointFile readChecked(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      long bodyBytes = checkHeader(file, channel, size);
      verifyChecksum(file, channel, bodyBytes);
      channel.position(HEADER_BYTES);
      InputStream raw = Channels.newInputStream(channel);
      DataInputStream body = new DataInputStream(new BufferedInputStream(raw, BUFFER_BYTES));
      long seriesBytes = body.readLong();
      double everyDays = body.readDouble();
      return new CheckpointFile(model(file, body), seriesBytes, everyDays);
    }
  }

  /** Checks mark, format and length; returns the body's length. */
  private static long checkHeader(Path file, FileChannel channel, long size) throws IOException {
    if (size == 0) {
      throw new UnusableCheckpointException(file, Fault.EMPTY, "is empty (0 bytes)");
    }
    ByteBuffer header = ByteBuffer.allocate((int) Math.min(size, HEADER_BYTES));
    while (header.hasRemaining() && channel.read(header, header.position()) >= 0) {
      // a file may return its bytes in parts
    }
    for (int i = 0; i < Math.min(3, header.limit()); i++) {
      if (header.get(i) != (byte) (MARK >>> 8 * (2 - i))) {
        throw notACheckpoint(file, channel, size);
      }
    }
    if (size < 4) {
      throw truncated(file, size, HEADER_BYTES);
    }
    checkFormat(file, header.get(3));
    if (size < HEADER_BYTES) {
      throw truncated(file, size, HEADER_BYTES);
    }
    long bodyBytes = header.getLong(4);
    long expected = HEADER_BYTES + bodyBytes;
    if (bodyBytes < 0 || size > expected) {
      throw new UnusableCheckpointException(file, Fault.EXTRA_BYTES, String.format(
          "has %,d bytes where its header promises %,d: it was damaged or added to after it"
              + " was written", size, expected));
    }
    if (size < expected) {
      throw truncated(file, size, expected);
    }
    return bodyBytes;
  }

  private static void checkFormat(Path file, byte digit) throws UnusableCheckpointException {
    int format = (digit & 0xFF) - '0';
    if (format == FORMAT) {
      return;
    }
    String written = format >= 1 && format < FORMAT
        ? "was written by an earlier version of release-sim (checkpoint format " + format + ")"
        : format > FORMAT && format <= FORMAT + NEWER_FORMATS
            ? "was written by a newer version of release-sim (checkpoint format " + format + ")"
            : "has an unknown checkpoint format (byte 4 is " + (digit & 0xFF) + ")";
    throw new UnusableCheckpointException(file, Fault.OTHER_FORMAT,
        written + "; this version reads format " + FORMAT + " only");
  }

  private static UnusableCheckpointException truncated(Path file, long size, long expected) {
    return new UnusableCheckpointException(file, Fault.TRUNCATED, String.format(
        "is truncated: it ends at byte %,d of the %,d it should have", size, expected));
  }

  /** A file without the mark: zeros (what a crash can leave), or something else altogether. */
  private static UnusableCheckpointException notACheckpoint(Path file, FileChannel channel,
      long size) throws IOException {
    if (allZero(channel)) {
      return new UnusableCheckpointException(file, Fault.ZEROED, String.format(
          "holds nothing but zero bytes (%,d of them): its contents were lost, as a crash or"
              + " a full disk can leave a file", size));
    }
    return new UnusableCheckpointException(file, Fault.NOT_A_CHECKPOINT,
        "is not a release-sim checkpoint: it does not begin with the mark RSK that every"
            + " checkpoint begins with");
  }

  private static boolean allZero(FileChannel channel) throws IOException {
    ByteBuffer block = ByteBuffer.allocate(BUFFER_BYTES);
    long at = 0;
    for (int n; (n = channel.read(block.clear(), at)) >= 0; at += n) {
      for (int i = 0; i < n; i++) {
        if (block.get(i) != 0) {
          return false;
        }
      }
    }
    return true;
  }

  private static void verifyChecksum(Path file, FileChannel channel, long bodyBytes)
      throws IOException {
    CRC32C crc = new CRC32C();
    ByteBuffer block = ByteBuffer.allocateDirect(1 << 20);
    long at = HEADER_BYTES;
    for (int n; at < HEADER_BYTES + bodyBytes && (n = channel.read(block.clear(), at)) > 0;
        at += n) {
      crc.update(block.flip());
    }
    ByteBuffer stored = ByteBuffer.allocate(4);
    channel.read(stored, 12);
    if ((int) crc.getValue() != stored.getInt(0)) {
      throw new UnusableCheckpointException(file, Fault.CHECKSUM,
          "fails its checksum (CRC32C): some of its bytes changed after it was written, on the"
              + " disk or in a copy");
    }
  }

  /** Deserialises the model from a body whose checksum held. */
  private static ReleaseSim model(Path file, InputStream in) throws IOException {
    try {
      ObjectInputStream objects = new ObjectInputStream(in);
      if (objects.readObject() instanceof ReleaseSim sim) {
        sim.awakeFromCheckpoint();
        return sim;
      }
      throw otherBuild(file, null);
    } catch (ClassNotFoundException | java.io.ObjectStreamException | java.io.EOFException
        | RuntimeException e) {
      // bytes whose checksum held but that do not fit this build's classes (a record's
      // constructor may refuse them too): a build whose model changed without a new format
      throw otherBuild(file, e);
    }
  }

  private static UnusableCheckpointException otherBuild(Path file, Exception cause) {
    UnusableCheckpointException e = new UnusableCheckpointException(file, Fault.OTHER_BUILD,
        "was written by a build of release-sim whose model differs from this one's (both use"
            + " checkpoint format " + FORMAT + ")");
    e.initCause(cause);
    return e;
  }
}
