package org.releasesim.experiment;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A checkpoint file a run cannot resume from, and what is wrong with it. The message names the
 * file and the fault ("checkpoint.bin is truncated: it ends at byte 1,024 of the 38,012,113 it
 * should have"); what to do about it depends on what else the run folder holds, so the caller
 * says that.
 */
public final class UnusableCheckpointException extends IOException {
  private static final long serialVersionUID = 1L;

  /** What is wrong with a checkpoint file. */
  public enum Fault {
    /** The file has no bytes at all. */
    EMPTY,
    /** The file ends before the length its header gives (or inside the header). */
    TRUNCATED,
    /** The file is longer than its header says. */
    EXTRA_BYTES,
    /** The file holds only zero bytes. */
    ZEROED,
    /** The file does not begin with a checkpoint's mark. */
    NOT_A_CHECKPOINT,
    /** A checkpoint of another format, written by an earlier or a later version. */
    OTHER_FORMAT,
    /** The body's checksum does not match: bytes changed after it was written. */
    CHECKSUM,
    /** Intact, of this format, but its classes do not fit this build's model. */
    OTHER_BUILD,
    /** The file system would not give its bytes (no permission, an I/O error). */
    UNREADABLE
  }

  private final transient Path file;
  private final Fault fault;
  private final String problem;

  /**
   * @param file the checkpoint file
   * @param fault what is wrong with it
   * @param problem what is wrong, as a phrase that follows the file's name
   */
  public UnusableCheckpointException(Path file, Fault fault, String problem) {
    super(file + " " + problem);
    this.file = file;
    this.fault = fault;
    this.problem = problem;
  }

  public Path file() {
    return file;
  }

  public Fault fault() {
    return fault;
  }

  /** What is wrong, as a phrase that follows the file's name ("is empty (0 bytes)"). */
  public String problem() {
    return problem;
  }
}
