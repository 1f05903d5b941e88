package org.releasesim.output;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * The folder of one run, {@code <base>/<scenario>/<runId>/}, where the run id is
 * {@code yyyyMMdd-HHmmss-seed<seed>} in UTC, with {@code -2}, {@code -3}, ... appended when that
 * name is taken.
 *
 * <p>A run never reuses or overwrites another run's folder: the folder is claimed with
 * {@link Files#createDirectory}, which fails atomically if it exists, so even two processes
 * starting in the same second with the same seed get distinct folders. A run is finished only
 * when {@link #markComplete()} has written the {@value #COMPLETE} marker, which is written last;
 * tools that collect results should skip folders without it.
 */
public final class RunDirectory {
  /** The tidy time series. */
  public static final String TIMESERIES = "timeseries.csv";
  /** The summary over the recorded period. */
  public static final String SUMMARY = "summary.csv";
  /** Whether the key series settled over the recorded period. */
  public static final String STATIONARITY = "stationarity.csv";
  /** The dictionary of the metrics in the time series and the summary. */
  public static final String METRICS = "metrics.csv";
  /** The data dictionary of the folder's CSV files (a Frictionless Data Package). */
  public static final String DATAPACKAGE = DataPackage.FILE;
  /** Provenance: versions, command line, scenario text, seed, checksums. */
  public static final String MANIFEST = "manifest.json";
  /** The resolved scenario, so that the run can be repeated from its own folder. */
  public static final String SCENARIO = "scenario.yaml";
  /** The HTML report. */
  public static final String INDEX = "index.html";
  /** The sub-folder that holds the charts. */
  public static final String CHARTS = "charts";
  /** The marker written last, when every other file is in place. */
  public static final String COMPLETE = "COMPLETE";

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
  private static final int MAX_SUFFIX = 10_000;

  private final Path path;
  private final String scenarioName;
  private final String runId;
  private final Clock clock;

  private RunDirectory(Path path, String scenarioName, String runId, Clock clock) {
    this.path = path;
    this.scenarioName = scenarioName;
    this.runId = runId;
    this.clock = clock;
  }

  /**
   * Create a new, empty run folder.
   *
   * @param base the results folder, for example {@code results}; created if missing
   * @param scenarioName the scenario's name; characters other than letters, digits, {@code .},
   *     {@code _} and {@code -} become {@code -} so the name is safe as a folder name
   * @param seed the run's master seed, recorded in the run id
   * @param clock the clock for the time stamp (UTC) and the completion marker
   * @throws IOException if the folder cannot be created
   */
  public static RunDirectory create(Path base, String scenarioName, long seed, Clock clock)
      throws IOException {
    Objects.requireNonNull(clock, "clock");
    String folderName = Slugs.folderName(scenarioName);
    Path scenarioDir = base.resolve(folderName);
    Files.createDirectories(scenarioDir);
    String stem = STAMP.format(clock.instant()) + "-seed" + seed;
    for (int n = 1; n <= MAX_SUFFIX; n++) {
      String runId = n == 1 ? stem : stem + "-" + n;
      try {
        Path dir = Files.createDirectory(scenarioDir.resolve(runId));
        return new RunDirectory(dir, folderName, runId, clock);
      } catch (FileAlreadyExistsException e) {
        // taken by an earlier run: try the next suffix
      }
    }
    throw new IOException("More than " + MAX_SUFFIX + " runs named " + stem + " in "
        + scenarioDir + "; refusing to look further");
  }

  /**
   * An existing run folder, to resume an interrupted run in it.
   *
   * @throws IOException if the folder does not exist
   */
  public static RunDirectory existing(Path runDir, Clock clock) throws IOException {
    if (!Files.isDirectory(runDir)) {
      throw new java.nio.file.NoSuchFileException(runDir.toString(), null,
          "no such run folder");
    }
    Path abs = runDir.toAbsolutePath().normalize();
    String scenario = abs.getParent() == null ? "" : abs.getParent().getFileName().toString();
    return new RunDirectory(runDir, scenario, abs.getFileName().toString(), clock);
  }

  /** The run folder. */
  public Path path() {
    return path;
  }

  /** The run id, which is also the folder's name. */
  public String runId() {
    return runId;
  }

  /** The scenario folder's name (the scenario name made safe for a file system). */
  public String scenarioName() {
    return scenarioName;
  }

  /** A file in the run folder. */
  public Path file(String name) {
    return path.resolve(name);
  }

  /** The charts folder, created if missing. */
  public Path chartsDir() throws IOException {
    return Files.createDirectories(path.resolve(CHARTS));
  }

  /**
   * Write the {@value #COMPLETE} marker, holding the completion time. Call it last, after every
   * other file of the run is in place.
   */
  public void markComplete() throws IOException {
    AtomicFiles.writeString(path.resolve(COMPLETE), clock.instant() + "\n");
  }

  /** Whether the run in {@code runDir} finished, that is, whether its marker exists. */
  public static boolean isComplete(Path runDir) {
    return Files.isRegularFile(runDir.resolve(COMPLETE));
  }

  @Override
  public String toString() {
    return path.toString();
  }
}
