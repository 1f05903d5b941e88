package org.releasesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releasesim.app.OutputFault;
import org.releasesim.output.OutputWriteException;

/** What the operating system says of a failed write, turned into words a user can act on. */
class OutputFaultTest {
  @TempDir
  Path tmp;

  @Test
  void aFullDiskNamesTheFileMeantAndTheSpaceFree() {
    Path file = tmp.resolve("runs.csv");
    // a write that fails says only this, without a path; the writer adds the file it meant
    OutputFault f = fault(new UncheckedIOException(OutputWriteException.wrap(file,
        new IOException("No space left on device"))));
    assertEquals(OutputFault.Kind.DISK_FULL, f.kind());
    assertTrue(f.problem().startsWith("could not write " + file + ": the disk is full ("),
        f.problem());
    assertTrue(f.problem().endsWith(" free on its file system)"), f.problem());
    assertTrue(f.freeBytes() > 0, "the temporary folder's disk has room: " + f.freeBytes());
  }

  @Test
  void aReadOnlyFileSystemAndADeniedPermissionAreNamed() {
    Path dir = tmp.resolve("out");
    assertEquals("cannot write to " + dir + ": the file system is read-only", fault(
        new FileSystemException(dir.toString(), null, "Read-only file system")).problem());
    assertEquals("cannot write to " + dir + ": permission denied",
        fault(new AccessDeniedException(dir.toString())).problem());
  }

  @Test
  void aFileWhereAFolderShouldBeIsNamedEvenBelowIt() throws IOException {
    Path file = Files.writeString(tmp.resolve("results"), "a file");
    assertEquals(file + " is a file, not a folder", fault(
        new java.nio.file.FileAlreadyExistsException(file.toString())).problem());
    assertEquals("cannot create " + file.resolve("tiny") + ": " + file + " is a file, not a"
        + " folder", fault(new FileSystemException(file.resolve("tiny").toString(), null,
            "Not a directory")).problem());
  }

  @Test
  void otherFailuresAreNotTheUsersToFix() {
    assertEquals(Optional.empty(), OutputFault.of(new IOException("stream closed")));
    assertEquals(Optional.empty(), OutputFault.of(new IllegalStateException("a bug")));
    IllegalStateException bug = new IllegalStateException("a bug");
    assertEquals(bug, OutputFault.userError(bug, "ignored"), "passed on as it is");
  }

  private static OutputFault fault(Exception e) {
    return OutputFault.of(e).orElseThrow(() -> new AssertionError("no fault in " + e));
  }
}
