package org.releasesim.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.releasesim.experiment.RunCheckpoints;

/**
 * SHA-256 checksums of a run's files, so that anyone holding a copy of a run folder can check
 * that the data behind a chart or a paper are the ones the run wrote.
 */
public final class Checksums {
  /** Files that are not outputs: the manifest that holds the checksums, and the marker. */
  private static final Set<String> EXCLUDED = Set.of(RunDirectory.MANIFEST,
      RunDirectory.COMPLETE);

  private Checksums() {}

  /** The SHA-256 of a file's content, as 64 lower-case hex digits. */
  public static String sha256(Path file) throws IOException {
    MessageDigest digest = newDigest();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * The checksum of every regular file under {@code runDir}, keyed by its path relative to
   * {@code runDir} with {@code /} separators, sorted. Leaves out {@value RunDirectory#MANIFEST},
   * {@value RunDirectory#COMPLETE} and hidden files (such as unfinished temporary files).
   */
  public static SortedMap<String, String> ofRun(Path runDir) throws IOException {
    SortedMap<String, String> sums = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(runDir)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    for (Path file : files) {
      String relative = relativeName(runDir, file);
      String name = file.getFileName().toString();
      // checkpoints are removed once the run is complete: they are not among its outputs
      if (!EXCLUDED.contains(relative) && !name.startsWith(".")
          && !RunCheckpoints.isCheckpoint(relative)) {
        sums.put(relative, sha256(file));
      }
    }
    return sums;
  }

  /**
   * The files of {@code manifestOutputs} whose content no longer matches its checksum, or that
   * are missing; empty if all match.
   */
  public static List<String> mismatches(Path runDir, Map<String, String> manifestOutputs)
      throws IOException {
    List<String> bad = new ArrayList<>();
    for (Map.Entry<String, String> entry : manifestOutputs.entrySet()) {
      Path file = runDir.resolve(entry.getKey());
      if (!Files.isRegularFile(file) || !sha256(file).equals(entry.getValue())) {
        bad.add(entry.getKey());
      }
    }
    return bad;
  }

  private static String relativeName(Path runDir, Path file) {
    return runDir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform must provide SHA-256", e);
    }
  }
}
