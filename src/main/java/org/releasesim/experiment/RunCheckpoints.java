package org.releasesim.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.releasesim.model.ReleaseSim;

/**
 * The checkpoints a run keeps in its folder: the latest, and the one before it, so that a run
 * whose latest checkpoint was damaged can still resume from the one before. Either gives the same
 * outputs: a resumed run cuts its time series back to the length its checkpoint recorded.
 *
 * <p>A checkpoint is written to a temporary file, forced to the disk, and only then renamed into
 * place (the latest so far becoming the previous), so a kill at any moment leaves every
 * checkpoint in place whole. Killed between the two renames, the folder holds only the previous,
 * which is then the newest.
 *
 * <p>The model is serialised on the caller's thread, between two events, so the file holds the
 * model as it stood; forcing the file to the disk and renaming it happen on a thread of their
 * own while the run goes on. Forcing takes as long as serialising on a local disk, and far longer
 * on a network file system; waiting for it would stop the run for nothing. One checkpoint at
 * most is on its way: the next write, and {@link #finish()}, wait for it and report its failure.
 */
public final class RunCheckpoints {
  /** The latest checkpoint's file name. */
  public static final String LATEST = "checkpoint.bin";
  /** The file name of the checkpoint before the latest. */
  public static final String PREVIOUS = "checkpoint.previous.bin";
  private static final String TEMPORARY = LATEST + ".tmp";

  /** Whether a file of a run's folder is one of its checkpoints (kept, or on its way). */
  public static boolean isCheckpoint(String fileName) {
    return fileName.equals(LATEST) || fileName.equals(PREVIOUS) || fileName.equals(TEMPORARY);
  }

  private final Path folder;
  /**
   * Whether the latest was found unusable by {@link #newest()}: the next checkpoint then
   * replaces it, and the one before stays the previous, rather than a damaged file.
   */
  private volatile boolean latestUnusable;
  /** The checkpoint being forced to the disk and renamed into place, if any. */
  private CompletableFuture<Void> placing = CompletableFuture.completedFuture(null);

  /** The checkpoints of the run in {@code folder}. */
  public RunCheckpoints(Path folder) {
    this.folder = folder;
  }

  /** A checkpoint read back, the file it came from, and newer files passed over as unusable. */
  public record Restored(CheckpointFile checkpoint, Path file,
      List<UnusableCheckpointException> passedOver) {
    public Restored {
      passedOver = List.copyOf(passedOver);
    }
  }

  /**
   * Writes a new latest checkpoint of {@code sim} as it stands; the latest so far becomes the
   * previous once the new one is on the disk.
   *
   * @return the checkpoint's size in bytes
   * @throws IOException if this checkpoint cannot be written, or the one before it could not be
   *     put in place
   */
  public long write(ReleaseSim sim, long seriesBytes, double everyDays) throws IOException {
    finish();
    Path tmp = folder.resolve(TEMPORARY);
    FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    long bytes;
    try {
      bytes = CheckpointFile.write(channel, sim, seriesBytes, everyDays);
    } catch (IOException | RuntimeException e) {
      channel.close();
      Files.deleteIfExists(tmp);
      throw e;
    }
    placing = CompletableFuture.runAsync(() -> place(channel, tmp), RunCheckpoints::ownThread);
    return bytes;
  }

  /**
   * Waits until the checkpoint on its way, if any, is in place.
   *
   * @throws IOException if it could not be forced to the disk or renamed
   */
  public void finish() throws IOException {
    try {
      placing.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw e;
    }
  }

  private void place(FileChannel channel, Path tmp) {
    try {
      try (channel) {
        channel.force(false);
      }
      Path latest = latest();
      if (Files.exists(latest) && !latestUnusable) {
        Files.move(latest, folder.resolve(PREVIOUS), StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      }
      Files.move(tmp, latest, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
      latestUnusable = false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A daemon thread for each checkpoint: a JVM ending mid-way leaves the previous in place. */
  private static void ownThread(Runnable task) {
    Thread t = new Thread(task, "release-sim-checkpoint");
    t.setDaemon(true);
    t.start();
  }

  /** Whether the folder holds a checkpoint file, usable or not. */
  public boolean any() {
    return Files.isRegularFile(latest()) || Files.isRegularFile(folder.resolve(PREVIOUS));
  }

  /**
   * Reads the newest usable checkpoint: the latest, or else the previous.
   *
   * @throws NoUsableCheckpointException if neither can be resumed from, with what is wrong with
   *     each (no faults if the folder holds no checkpoint)
   */
  public Restored newest() throws NoUsableCheckpointException {
    List<UnusableCheckpointException> unusable = new ArrayList<>();
    for (Path file : List.of(latest(), folder.resolve(PREVIOUS))) {
      if (Files.isRegularFile(file)) {
        try {
          Restored found = new Restored(CheckpointFile.read(file), file, unusable);
          latestUnusable = !unusable.isEmpty() && unusable.get(0).file().equals(latest());
          return found;
        } catch (UnusableCheckpointException e) {
          unusable.add(e);
        }
      }
    }
    throw new NoUsableCheckpointException(folder, unusable);
  }

  /** Deletes every checkpoint file, once the run is finished, after the one on its way. */
  public void deleteAll() throws IOException {
    finish();
    for (String name : List.of(TEMPORARY, PREVIOUS, LATEST)) {
      Files.deleteIfExists(folder.resolve(name));
    }
  }

  private Path latest() {
    return folder.resolve(LATEST);
  }
}
