package org.releasesim.gui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A saved run to open again: the resolved scenario text and seed from a run's
 * {@code manifest.json}. Read as plain JSON, so the GUI does not depend on the output package's
 * classes; only the two fields needed are read.
 *
 * @param scenarioYaml the resolved scenario, as the run used it
 * @param seed the run's master seed
 */
public record ReplaySource(String scenarioYaml, long seed) {

  /**
   * Reads a run manifest.
   *
   * @throws IllegalArgumentException if the file is not a readable manifest (the message says
   *     which file and what is missing)
   */
  public static ReplaySource fromManifest(Path manifest) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readString(manifest));
    } catch (IOException e) {
      throw new IllegalArgumentException(manifest + " cannot be read as a run manifest (JSON): "
          + e.getMessage());
    }
    JsonNode yaml = root == null ? null : root.get("scenario_yaml");
    JsonNode seed = root == null ? null : root.get("seed");
    if (yaml == null || !yaml.isTextual() || seed == null || !seed.canConvertToLong()) {
      throw new IllegalArgumentException(manifest + " is not a run manifest: it needs the"
          + " fields scenario_yaml (text) and seed (a whole number), as written by a run's"
          + " manifest.json.");
    }
    return new ReplaySource(yaml.asText(), seed.asLong());
  }
}
