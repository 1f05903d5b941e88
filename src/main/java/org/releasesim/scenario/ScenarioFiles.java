package org.releasesim.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a scenario or sweep file's text, refusing what is not a reasonably sized UTF-8 text file with a
 * message that says which of those it is, instead of letting an I/O or decoding error escape.
 */
final class ScenarioFiles {
  /** Largest file accepted, in bytes (as {@link YamlTreeReader#MAX_CODE_POINTS}). */
  static final long MAX_BYTES = YamlTreeReader.MAX_CODE_POINTS;

  private ScenarioFiles() {}

  /** The file's text; a leading byte-order mark is kept for the YAML reader to skip. */
  static String read(Path file, YamlKind kind) {
    Location where = Location.wholeFile(file.toString());
    if (Files.isDirectory(file)) {
      throw ScenarioException.at(where, "this is a folder, not a " + kind.noun() + ".");
    }
    String problem = InputFiles.problem(file);
    if (problem != null) {
      throw ScenarioException.at(where, problem);
    }
    byte[] bytes = readBytes(file, where, kind);
    try {
      return Utf8Text.decode(bytes);
    } catch (Utf8Text.NotUtf8Exception e) {
      throw ScenarioException.at(where, e.getMessage());
    }
  }

  private static byte[] readBytes(Path file, Location where, YamlKind kind) {
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw ScenarioException.at(where, "the file is too large for a " + kind.noun() + " (" + size
            + " bytes; at most " + MAX_BYTES + ").");
      }
      // bounded whatever the reported size: some files report 0 and never end
      return InputFiles.read(file, MAX_BYTES);
    } catch (IOException e) {
      throw ScenarioException.at(where, "the file cannot be read ("
          + (e.getMessage() == null ? "input/output error" : e.getMessage()) + ").");
    }
  }
}
