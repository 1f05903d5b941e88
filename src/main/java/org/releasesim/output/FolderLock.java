package org.releasesim.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One process at a time in an output folder: an exclusive lock ({@link FileChannel#tryLock}) on
 * {@value #FILE} in the folder, held while a run or sweep writes there, so that a second
 * {@code --resume} of the same folder is refused instead of doubling rows or tearing files. The
 * operating system drops the lock when the process ends, however it ends, so a killed run never
 * leaves its folder locked. The file holds the holder's process id, host and start time, for the
 * message a second process gets; it stays in the folder (deleting a lock file lets two processes
 * lock two different files), and its presence marks a folder release-sim has claimed.
 *
 * <p>Where the file system cannot lock (some network file systems), the folder is used without
 * a lock.
 */
public final class FolderLock implements AutoCloseable {
  /** The lock file, hidden, in the folder it guards. */
  public static final String FILE = ".release-sim.lock";

  /**
   * Lock files this JVM holds. POSIX locks belong to the process, and closing any channel to the
   * file drops them, so a second attempt from this same process must not even open the file:
   * the JVM-wide set mirrors the operating system's per-process state.
   */
  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private FolderLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Locks a folder (created if missing) for this process.
   *
   * @param what what the process does there, for the refusal: {@code "run"}, {@code "sweep"}
   * @throws OutputFolderException if another process (or this one) holds it
   * @throws OutputWriteException if the lock file cannot be created (a read-only folder, say)
   */
  public static FolderLock acquire(Path dir, String what) throws IOException {
    Path file = dir.resolve(FILE).toAbsolutePath().normalize();
    if (!HELD.add(file)) {
      throw busy(dir, what, "held by this same process");
    }
    try {
      return lock(dir, file, what);
    } catch (IOException | RuntimeException e) {
      HELD.remove(file);
      throw e;
    }
  }

  /** Marks a folder (created if missing) as claimed by release-sim without locking it. */
  public static void claim(Path dir) throws IOException {
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve(FILE);
      if (!Files.exists(file)) {
        Files.newByteChannel(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE).close();
      }
    } catch (IOException e) {
      throw OutputWriteException.wrap(dir.resolve(FILE), e);
    }
  }

  /** Whether release-sim has claimed the folder (it holds the lock file). */
  public static boolean isClaimed(Path dir) {
    return Files.exists(dir.resolve(FILE));
  }

  private static FolderLock lock(Path dir, Path file, String what) throws IOException {
    FileChannel channel;
    try {
      Files.createDirectories(dir);
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw OutputWriteException.wrap(file, e);
    }
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    } catch (IOException e) {
      // no locks on this file system: go on unlocked rather than refuse every run here
      return new FolderLock(file, channel, null);
    }
    if (lock == null) {
      String holder = holder(channel);
      channel.close();
      throw busy(dir, what, holder);
    }
    record(channel);
    return new FolderLock(file, channel, lock);
  }

  /** Writes who holds the lock; best effort, since only messages read it. */
  private static void record(FileChannel channel) {
    String who = "process " + ProcessHandle.current().pid() + " on " + Provenance.detectHostName()
        + ", since " + Instant.now() + "\n";
    try {
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(who.getBytes(StandardCharsets.UTF_8)), 0);
    } catch (IOException e) {
      // a full disk: the lock holds all the same, the message will not name the holder
    }
  }

  private static String holder(FileChannel channel) {
    try {
      ByteBuffer buffer = ByteBuffer.allocate(512);
      channel.read(buffer, 0);
      String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8)
          .strip();
      return text.isEmpty() || text.contains("\n") ? "another process" : text;
    } catch (IOException e) {
      return "another process";
    }
  }

  private static OutputFolderException busy(Path dir, String what, String holder) {
    return new OutputFolderException(dir + " is in use by another release-sim " + what + " ("
        + holder + "): two processes writing one folder would mix or double its rows. Wait for"
        + " that one to finish (or stop it), then run this command again.");
  }

  /** Releases the lock; the file stays. */
  @Override
  public void close() throws IOException {
    try {
      if (lock != null) {
        lock.release();
      }
      channel.close();
    } finally {
      HELD.remove(file);
    }
  }
}
