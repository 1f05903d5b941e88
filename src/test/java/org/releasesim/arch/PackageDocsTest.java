package org.releasesim.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every package says what it is for, in a package-info.java. */
class PackageDocsTest {
  @Test
  void everyPackageHasAPackageInfo() throws IOException {
    Path root = Path.of("src", "main", "java");
    try (Stream<Path> dirs = Files.walk(root)) {
      List<String> undocumented = dirs.filter(Files::isDirectory)
          .filter(PackageDocsTest::holdsJava)
          .filter(d -> !Files.exists(d.resolve("package-info.java")))
          .map(d -> root.relativize(d).toString().replace('/', '.')).sorted().toList();
      assertEquals(List.of(), undocumented, "packages without a package-info.java");
    }
  }

  private static boolean holdsJava(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(f -> f.toString().endsWith(".java"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
