package org.releasesim.output.sweep;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.releasesim.experiment.design.Factor;
import org.releasesim.experiment.sweep.SweepPlan;
import org.releasesim.output.AtomicFiles;
import org.releasesim.output.JsonFailures;
import org.releasesim.output.Provenance;

/**
 * Provenance of a sweep (Sandve et al. 2013, rules 1-4), written to {@value #FILE} last but one
 * (before the completion marker): the tool and Java versions, the machine, the command line,
 * the sweep file's text, the master seed, the design's size, timing, and a SHA-256 of every
 * output. Every run's own seed is in runs.csv.
 *
 * @param toolVersion release-sim's version
 * @param gitCommit the source commit (may end in -dirty, or be unknown)
 * @param javaVersion {@code java.version}
 * @param hostName the machine
 * @param os operating system, version and architecture
 * @param commandLine the arguments of the command that wrote this folder
 * @param sweepName the sweep's name
 * @param sweepFile the sweep file as an absolute path (or the scenario file, for compare)
 * @param sweepText the sweep file's text (or the compare command's plan in words)
 * @param masterSeed the master seed
 * @param designType factorial, points, latin-hypercube, morris or sobol
 * @param factors the factor names
 * @param points design points
 * @param replications replicates per point
 * @param runs runs in the sweep (all shards)
 * @param paired whether the points of a replicate share its seed
 * @param shard {@code i/n} for a shard's folder, else null
 * @param threads worker threads of the process that ran this folder's last runs
 * @param wallSeconds wall time of that process
 * @param runsPerSecond runs it did per second of wall time
 * @param outputs output files (relative paths) to the SHA-256 of their content
 */
@JsonPropertyOrder({"tool_version", "git_commit", "java_version", "host_name", "os",
    "command_line", "sweep_name", "sweep_file", "sweep_text", "master_seed", "design_type",
    "factors", "points", "replications", "runs", "paired", "shard", "threads", "wall_seconds",
    "runs_per_second", "outputs"})
public record SweepManifest(
    @JsonProperty("tool_version") String toolVersion,
    @JsonProperty("git_commit") String gitCommit,
    @JsonProperty("java_version") String javaVersion,
    @JsonProperty("host_name") String hostName,
    @JsonProperty("os") String os,
    @JsonProperty("command_line") List<String> commandLine,
    @JsonProperty("sweep_name") String sweepName,
    @JsonProperty("sweep_file") String sweepFile,
    @JsonProperty("sweep_text") String sweepText,
    @JsonProperty("master_seed") long masterSeed,
    @JsonProperty("design_type") String designType,
    @JsonProperty("factors") List<String> factors,
    @JsonProperty("points") int points,
    @JsonProperty("replications") int replications,
    @JsonProperty("runs") int runs,
    @JsonProperty("paired") boolean paired,
    @JsonProperty("shard") String shard,
    @JsonProperty("threads") int threads,
    @JsonProperty("wall_seconds") double wallSeconds,
    @JsonProperty("runs_per_second") double runsPerSecond,
    @JsonProperty("outputs") SortedMap<String, String> outputs) {
  public static final String FILE = "manifest.json";
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  public SweepManifest {
    commandLine = List.copyOf(commandLine);
    factors = List.copyOf(factors);
    outputs = new TreeMap<>(outputs == null ? new TreeMap<>() : outputs);
  }

  /**
   * The manifest of a folder written by a process, before its outputs are summed.
   *
   * @param shard the shard, or null for a whole sweep
   * @param runsDone runs this process carried out
   */
  public static SweepManifest of(SweepPlan plan, Provenance who, String sweepFile,
      String sweepText, String shard, double wallSeconds, int runsDone) {
    return new SweepManifest(who.toolVersion(), who.gitCommit(), who.javaVersion(),
        who.hostName(), who.os(), who.commandLine(), plan.name(), sweepFile,
        sweepText, plan.masterSeed(), plan.design().type(),
        plan.factors().stream().map(Factor::name).toList(), plan.pointCount(),
        plan.replications(), plan.runCount(), plan.paired(), shard, who.threads(), wallSeconds,
        wallSeconds > 0 ? runsDone / wallSeconds : Double.NaN, null);
  }

  /** This manifest with output checksums. */
  public SweepManifest withOutputs(SortedMap<String, String> sums) {
    return new SweepManifest(toolVersion, gitCommit, javaVersion, hostName, os, commandLine,
        sweepName, sweepFile, sweepText, masterSeed, designType, factors, points, replications,
        runs, paired, shard, threads, wallSeconds, runsPerSecond, sums);
  }

  /** Writes the manifest atomically, as pretty-printed JSON with a final newline. */
  public void write(Path file) throws IOException {
    AtomicFiles.writeString(file, MAPPER.writeValueAsString(this) + "\n");
  }

  /** Reads a manifest (fields added by later versions are ignored). */
  public static SweepManifest read(Path file) throws IOException {
    String text;
    try {
      text = Files.readString(file);
    } catch (CharacterCodingException e) {
      throw new IOException(file + " is not a sweep manifest: it is not UTF-8 text.", e);
    }
    try {
      return MAPPER.readValue(text, SweepManifest.class);
    } catch (JsonProcessingException e) {
      throw new IOException(file + " is not a sweep manifest: " + JsonFailures.describe(e)
          + ".", e);
    }
  }
}
