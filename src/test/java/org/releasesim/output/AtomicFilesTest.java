package org.releasesim.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir
  Path dir;

  @Test
  void writeLeavesOnlyTheTargetAndNoTemporaryFile() throws IOException {
    Path target = dir.resolve("data.csv");
    AtomicFiles.write(target, w -> w.write("a,b\n1,2\n"));
    assertEquals("a,b\n1,2\n", Files.readString(target));
    assertEquals(List.of(target), list());
  }

  @Test
  void writeReplacesAnExistingFile() throws IOException {
    Path target = dir.resolve("data.csv");
    AtomicFiles.writeString(target, "old");
    AtomicFiles.writeString(target, "new");
    assertEquals("new", Files.readString(target));
    assertEquals(List.of(target), list());
  }

  @Test
  void anIoExceptionInTheBodyKeepsThePreviousContentAndRemovesTheTemporaryFile()
      throws IOException {
    Path target = dir.resolve("data.csv");
    AtomicFiles.writeString(target, "previous");
    IOException thrown = assertThrows(IOException.class, () -> AtomicFiles.write(target, w -> {
      w.write("half a fi");
      w.flush();
      throw new IOException("disk full");
    }));
    // the failure names the file meant, not the temporary file, and keeps the cause
    assertEquals("could not write " + target + ": disk full", thrown.getMessage());
    assertEquals(target, ((OutputWriteException) thrown).file());
    assertEquals("disk full", thrown.getCause().getMessage());
    assertEquals("previous", Files.readString(target));
    assertEquals(List.of(target), list());
  }

  @Test
  void aRuntimeExceptionInTheBodyLeavesNoFileWhereThereWasNone() throws IOException {
    Path target = dir.resolve("chart.png");
    assertThrows(UncheckedIOException.class, () -> AtomicFiles.writeStream(target, out -> {
      out.write(new byte[10_000]);
      throw new UncheckedIOException(new IOException("renderer failed"));
    }));
    assertEquals(List.of(), list());
  }

  @Test
  void bytesAreWrittenExactly() throws IOException {
    byte[] bytes = {(byte) 0x89, 'P', 'N', 'G', 0, -1};
    Path target = dir.resolve("x.bin");
    AtomicFiles.writeBytes(target, bytes);
    assertArrayEquals(bytes, Files.readAllBytes(target));
  }

  @Test
  void textIsUtf8() throws IOException {
    Path target = dir.resolve("t.txt");
    AtomicFiles.write(target, w -> w.write("Señora – 日本"));
    assertEquals("Señora – 日本", Files.readString(target));
  }

  private List<Path> list() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }
}
