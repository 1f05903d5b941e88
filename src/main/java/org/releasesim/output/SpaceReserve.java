package org.releasesim.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A little disk space set aside in a run folder ({@value #FILE}, hidden) while the run goes: a
 * run that fills the disk frees it first, so that its manifest can still be rewritten to say the
 * run failed and why. Without it the rewrite (a new file, then a rename) would fail on the same
 * full disk and leave the manifest saying {@code running}.
 */
final class SpaceReserve {
  static final String FILE = ".release-sim.reserve";
  /** Several times a failed manifest (a few kilobytes, the checksums included). */
  static final int BYTES = 256 << 10;

  private SpaceReserve() {}

  /** Sets the space aside in {@code dir}. */
  static void make(Path dir) throws IOException {
    AtomicFiles.writeBytes(dir.resolve(FILE), new byte[BYTES]);
  }

  /** Gives the space back, if it was set aside. */
  static void release(Path dir) {
    try {
      Files.deleteIfExists(dir.resolve(FILE));
    } catch (IOException e) {
      // nothing more can be freed; the caller writes what it can
    }
  }
}
