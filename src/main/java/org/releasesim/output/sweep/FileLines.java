package org.releasesim.output.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The complete lines of a text file and where each ends, so that the file can be cut back to
 * whole lines. A line is complete when its {@code \n} is on disk: a last line without one (a
 * write cut off by a kill or a full disk) is not counted. A missing file has no lines.
 *
 * @param file the file
 * @param lines its complete lines, without their line ends
 * @param ends the byte offset just after each line's {@code \n}
 */
record FileLines(Path file, List<String> lines, long[] ends) {
  FileLines {
    lines = List.copyOf(lines);
    ends = ends.clone();
  }

  /** Reads the file's complete lines. */
  static FileLines read(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    List<Long> ends = new ArrayList<>();
    if (Files.exists(file)) {
      byte[] bytes = Files.readAllBytes(file);
      int start = 0;
      for (int i = 0; i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          lines.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
          ends.add((long) i + 1);
          start = i + 1;
        }
      }
    }
    return new FileLines(file, lines, ends.stream().mapToLong(Long::longValue).toArray());
  }

  int size() {
    return lines.size();
  }

  String get(int i) {
    return lines.get(i);
  }

  /** Bytes taken by the first {@code count} lines. */
  long bytes(int count) {
    return count == 0 ? 0 : ends[count - 1];
  }
}
