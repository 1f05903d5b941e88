package org.releasesim.gui.watch;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
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
  /** Larger than any manifest: it holds one resolved scenario and a few checksums. */
  private static final long MAX_BYTES = 64L << 20;

  /**
   * Reads a run manifest.
   *
   * @throws IllegalArgumentException if the file is not a readable manifest (the message says
   *     which file and what is missing)
   */
  public static ReplaySource fromManifest(Path manifest) {
    if (!Files.isRegularFile(manifest)) {
      throw new IllegalArgumentException(manifest + " is not a run manifest: "
          + (Files.exists(manifest) ? "it is not a regular file." : "no such file."));
    }
    JsonNode root;
    try {
      if (Files.size(manifest) > MAX_BYTES) {
        throw new IllegalArgumentException(manifest + " is not a run manifest: it is larger"
            + " than any manifest a run writes.");
      }
      root = new ObjectMapper().readTree(Files.readString(manifest));
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(manifest + " is not a run manifest: it is not UTF-8"
          + " text.");
    } catch (JsonProcessingException e) {
      // Jackson's message quotes the token it stopped at, and the file may be anyone's
      JsonLocation at = e.getLocation();
      throw new IllegalArgumentException(manifest + " is not a run manifest: it is not valid"
          + " JSON" + (at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr()
              + ", column " + at.getColumnNr() + ")") + ".");
    } catch (IOException e) {
      throw new IllegalArgumentException(manifest + " cannot be read: " + e.getMessage());
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
