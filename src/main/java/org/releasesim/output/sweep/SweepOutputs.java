package org.releasesim.output.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.releasesim.experiment.sweep.PrecisionCheck;
import org.releasesim.experiment.sweep.RunRecord;
import org.releasesim.experiment.sweep.RunSeriesValue;
import org.releasesim.experiment.sweep.SweepAnalysis;
import org.releasesim.experiment.sweep.SweepException;
import org.releasesim.experiment.sweep.SweepPlan;
import org.releasesim.output.Checksums;
import org.releasesim.output.ChartFile;
import org.releasesim.output.DataPackage;

/**
 * Writes the final files of a sweep folder once every run is in runs.csv: the statistics are
 * computed from runs.csv as read back (never from memory), so a sweep run in one go, resumed
 * after a crash, or merged from shards writes the same bytes. Beside the tables goes their data
 * dictionary ({@value DataPackage#FILE}). Each file is written atomically;
 * the manifest comes last but one and the completion marker last.
 */
public final class SweepOutputs {
  private SweepOutputs() {}

  /**
   * Analyses the runs in the folder and writes every result file.
   *
   * @param notes extra sentences for the report (the precision checks are added here)
   * @param manifest the manifest, to which output checksums are added
   * @return the analysis, for the console
   * @throws SweepException if runs.csv does not hold every run of the plan, in order
   */
  public static SweepAnalysis finish(SweepFolder folder, SweepPlan plan, List<String> notes,
      SweepManifest manifest) throws IOException {
    return finish(folder, plan, notes, manifest, ContrastsCsv.FILE);
  }

  /**
   * As {@link #finish(SweepFolder, SweepPlan, List, SweepManifest)}, naming the contrasts file
   * ({@value ContrastsCsv#COMPARE} for the compare command).
   */
  public static SweepAnalysis finish(SweepFolder folder, SweepPlan plan, List<String> notes,
      SweepManifest manifest, String contrastsFile) throws IOException {
    return finish(folder, plan, notes, manifest, contrastsFile, List.of(), List.of());
  }

  /**
   * As {@link #finish(SweepFolder, SweepPlan, List, SweepManifest, String)}, with charts and
   * files already written to the folder by a further analysis (a comparison over a posterior),
   * which the report shows and links first.
   */
  public static SweepAnalysis finish(SweepFolder folder, SweepPlan plan, List<String> notes,
      SweepManifest manifest, String contrastsFile, List<ChartFile> extraCharts,
      List<String> extraFiles) throws IOException {
    Path dir = folder.dir();
    List<RunRecord> records = RunsCsv.read(folder.file(RunsCsv.FILE), plan);
    for (int i = 0; i < plan.runCount(); i++) {
      if (i >= records.size() || records.get(i).run().index() != i) {
        throw new SweepException(folder.file(RunsCsv.FILE) + " holds " + records.size()
            + " of the sweep's " + plan.runCount() + " runs (or not in order); run the sweep"
            + " with --resume to finish it.");
      }
    }
    List<RunSeriesValue> series = plan.timeSeries().isEmpty() ? List.of()
        : SeriesRunsCsv.read(folder.file(SeriesRunsCsv.FILE), plan);
    SweepAnalysis analysis = SweepAnalysis.of(plan, records, series);
    List<String> files = writeTables(dir, analysis, contrastsFile);
    files.addAll(0, extraFiles);
    SweepDataPackage.write(dir, plan, files, contrastsFile);
    files.add(DataPackage.FILE);
    List<ChartFile> charts = new ArrayList<>(extraCharts);
    charts.addAll(SweepCharts.draw(dir, analysis));
    List<String> allNotes = new ArrayList<>(notes);
    analysis.precision().stream().map(PrecisionCheck::sentence).forEach(allNotes::add);
    files.add(SweepManifest.FILE);
    SweepReport.write(dir, analysis, charts, allNotes, files);
    manifest.withOutputs(checksums(dir)).write(folder.file(SweepManifest.FILE));
    folder.markComplete();
    return analysis;
  }

  /** Finishes a shard's folder: its manifest (with checksums) and completion marker. */
  public static void finishShard(SweepFolder folder, SweepManifest manifest) throws IOException {
    manifest.withOutputs(checksums(folder.dir())).write(folder.file(SweepManifest.FILE));
    folder.markComplete();
  }

  private static List<String> writeTables(Path dir, SweepAnalysis analysis,
      String contrastsFile) throws IOException {
    SweepPlan plan = analysis.plan();
    List<String> files = new ArrayList<>(List.of(RunsCsv.FILE, PointsCsv.FILE, PointsCsv.DESIGN,
        SweepFolder.SWEEP, SweepFolder.BASE));
    PointsCsv.writeDesign(dir.resolve(PointsCsv.DESIGN), plan);
    PointsCsv.write(dir.resolve(PointsCsv.FILE), analysis);
    if (!analysis.contrasts().isEmpty()) {
      ContrastsCsv.write(dir.resolve(contrastsFile), plan, analysis.contrasts());
      files.add(contrastsFile);
    }
    if (!analysis.morris().isEmpty()) {
      IndicesCsv.writeMorris(dir.resolve(IndicesCsv.MORRIS), plan.outcomes().columns(),
          analysis.morris());
      files.add(IndicesCsv.MORRIS);
    }
    if (!analysis.sobol().isEmpty()) {
      IndicesCsv.writeSobol(dir.resolve(IndicesCsv.SOBOL), plan.outcomes().names(),
          analysis.sobol());
      files.add(IndicesCsv.SOBOL);
    }
    if (!plan.timeSeries().isEmpty()) {
      SeriesCsv.write(dir.resolve(SeriesCsv.FILE), analysis);
      files.add(SeriesRunsCsv.FILE);
      files.add(SeriesCsv.FILE);
    }
    return files;
  }

  /**
   * Checksums of the folder's own files: a merged folder's shard folders, and the Slurm scripts
   * and logs (still being written while the merge job runs), are left out.
   */
  static SortedMap<String, String> checksums(Path dir) throws IOException {
    SortedMap<String, String> sums = new TreeMap<>(Checksums.ofRun(dir));
    sums.keySet().removeIf(k -> k.startsWith(SweepFolder.SHARDS + "/") || k.startsWith("slurm/"));
    return sums;
  }
}
