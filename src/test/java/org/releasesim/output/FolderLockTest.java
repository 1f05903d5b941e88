package org.releasesim.output;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lock on an output folder, within one process (two processes: OneProcessPerFolderTest):
 * a second hold is refused without disturbing the first, and the file names the holder.
 */
class FolderLockTest {
  @TempDir
  Path dir;

  @Test
  void aSecondHoldInTheSameProcessIsRefusedAndTheFirstStays() throws IOException {
    try (FolderLock first = FolderLock.acquire(dir, "sweep")) {
      OutputFolderException e = assertThrows(OutputFolderException.class,
          () -> FolderLock.acquire(dir, "sweep"));
      assertTrue(e.getMessage().startsWith(dir + " is in use by another release-sim sweep (held"
          + " by this same process)"), e.getMessage());
    }
    // read once released: closing any file of the lock's in the holding process drops the lock
    String holder = Files.readString(dir.resolve(FolderLock.FILE));
    assertTrue(holder.startsWith("process " + ProcessHandle.current().pid() + " on "), holder);
    try (FolderLock again = FolderLock.acquire(dir, "sweep")) {
      assertTrue(FolderLock.isClaimed(dir), "released, it can be held again");
    }
  }

  @Test
  void aClaimMarksTheFolderWithoutHoldingIt() throws IOException {
    Path sub = dir.resolve("shared");
    assertFalse(FolderLock.isClaimed(sub));
    FolderLock.claim(sub);
    assertTrue(FolderLock.isClaimed(sub));
    FolderLock.acquire(sub, "merge").close();
  }
}
