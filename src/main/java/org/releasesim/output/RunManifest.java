package org.releasesim.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything needed to tell what produced a run and to repeat it (Sandve et al. 2013, rules 1-4:
 * record how every result was produced, exact versions, the seed): written to
 * {@value RunDirectory#MANIFEST} with status {@code running} when a run starts and rewritten
 * with the end time, status and output checksums when it stops. See {@link ManifestJson}.
 *
 * @param toolVersion release-sim's version (see {@link Provenance})
 * @param gitCommit the source commit, as found by the caller (may say {@code unknown} or end
 *     in {@code -dirty})
 * @param javaVersion {@code java.version}
 * @param javaVendor {@code java.vendor}
 * @param hostName the machine's name
 * @param os operating system name, version and architecture
 * @param commandLine the program arguments, one per element
 * @param scenarioName the scenario's name
 * @param scenarioFile the scenario file as given on the command line
 * @param scenarioYaml the resolved scenario (after {@code extends} and overrides) as YAML text
 * @param seed the master seed
 * @param startTime when the run started (UTC)
 * @param endTime when the run stopped (UTC), or null while running
 * @param wallSeconds seconds from start to end, or null while running
 * @param status running, complete or failed
 * @param failure why a failed run stopped, in words (such as the disk being full), or null
 * @param outputs output files (relative to the run folder, with {@code /}) to the SHA-256 of
 *     their content, as lower-case hex; sorted by path
 */
@JsonPropertyOrder({"tool_version", "git_commit", "java_version", "java_vendor", "host_name",
    "os", "command_line", "scenario_name", "scenario_file", "scenario_yaml", "seed",
    "start_time", "end_time", "wall_seconds", "status", "failure", "outputs"})
public record RunManifest(
    @JsonProperty("tool_version") String toolVersion,
    @JsonProperty("git_commit") String gitCommit,
    @JsonProperty("java_version") String javaVersion,
    @JsonProperty("java_vendor") String javaVendor,
    @JsonProperty("host_name") String hostName,
    @JsonProperty("os") String os,
    @JsonProperty("command_line") List<String> commandLine,
    @JsonProperty("scenario_name") String scenarioName,
    @JsonProperty("scenario_file") String scenarioFile,
    @JsonProperty("scenario_yaml") String scenarioYaml,
    @JsonProperty("seed") long seed,
    @JsonProperty("start_time") Instant startTime,
    @JsonProperty("end_time") Instant endTime,
    @JsonProperty("wall_seconds") Double wallSeconds,
    @JsonProperty("status") Status status,
    @JsonProperty("failure") @JsonInclude(JsonInclude.Include.NON_NULL) String failure,
    @JsonProperty("outputs") SortedMap<String, String> outputs) {

  /** Where a run stands. */
  public enum Status {
    RUNNING, COMPLETE, FAILED;

    /** The lower-case name used in the JSON file. */
    @JsonValue
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Copies the lists and maps so the record is immutable and its outputs sorted. */
  public RunManifest {
    commandLine = List.copyOf(commandLine);
    SortedMap<String, String> sorted = new TreeMap<>();
    if (outputs != null) {
      sorted.putAll(outputs);
    }
    outputs = Collections.unmodifiableSortedMap(sorted);
  }

  /**
   * The manifest of a run that is starting: the tool, Java, host, OS and command line come
   * from {@code who}; status is running, with no end time and no outputs yet.
   */
  public static RunManifest started(Provenance who, String scenarioName, String scenarioFile,
      String scenarioYaml, long seed, Instant startTime) {
    return new RunManifest(who.toolVersion(), who.gitCommit(), who.javaVersion(),
        who.javaVendor(), who.hostName(), who.os(), who.commandLine(), scenarioName, scenarioFile, scenarioYaml, seed, startTime, null, null,
        Status.RUNNING, null, null);
  }

  /**
   * This manifest as it stands when the run stops.
   *
   * @param finalStatus complete or failed
   * @param end the time the run stopped
   * @param files output files (relative paths) to their SHA-256, see {@link Checksums}
   */
  public RunManifest finished(Status finalStatus, Instant end, Map<String, String> files) {
    return finished(finalStatus, end, files, null);
  }

  /**
   * This manifest as it stands when the run fails, with the reason.
   *
   * @param reason why it stopped, in words, or null if not known
   */
  public RunManifest failed(Instant end, Map<String, String> files, String reason) {
    return finished(Status.FAILED, end, files, reason);
  }

  private RunManifest finished(Status finalStatus, Instant end, Map<String, String> files,
      String reason) {
    double seconds = Duration.between(startTime, end).toNanos() / 1e9;
    return new RunManifest(toolVersion, gitCommit, javaVersion, javaVendor, hostName, os,
        commandLine, scenarioName, scenarioFile, scenarioYaml, seed, startTime, end, seconds,
        finalStatus, reason, new TreeMap<>(files));
  }
}
