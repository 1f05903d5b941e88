package org.releasesim.output.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.releasesim.experiment.sweep.RunSpec;
import org.releasesim.experiment.sweep.Shard;
import org.releasesim.experiment.sweep.SweepException;
import org.releasesim.experiment.sweep.SweepPlan;
import org.releasesim.output.AtomicFiles;

/**
 * Combines the runs.csv (and runs-series.csv) of a sweep's shard folders into the sweep folder's
 * own, in run-index order, after checking that the shards are all there, all finished and all of
 * the same sweep. The lines are copied as they are, so the merged runs.csv is byte for byte the
 * one an unsharded sweep writes; {@link SweepOutputs#finish} then computes everything else.
 */
public final class ShardMerge {
  private ShardMerge() {}

  /**
   * The shard folders of a sweep folder, checked.
   *
   * @throws SweepException if shards are missing, unfinished, of different counts or sweeps
   */
  public static List<Path> checkedShards(SweepFolder root) throws IOException {
    List<Path> shards = root.shardFolders();
    if (shards.isEmpty()) {
      throw new SweepException(root.dir() + " has no " + SweepFolder.SHARDS + "/shard-<i>-of-<n>"
          + " folders to merge; run the shards with sweep --shard i/n --out <same folder> first.");
    }
    int count = Integer.parseInt(shards.get(0).getFileName().toString().replaceAll(".*-of-",
        ""));
    String text = Files.readString(shards.get(0).resolve(SweepFolder.SWEEP));
    for (int i = 1; i <= count; i++) {
      Path dir = root.dir().resolve(SweepFolder.SHARDS).resolve("shard-" + i + "-of-" + count);
      if (!shards.contains(dir)) {
        throw new SweepException(dir + " is missing: all " + count + " shards must finish"
            + " before merging.");
      }
      if (!SweepFolder.at(dir).isComplete()) {
        throw new SweepException(dir + " is not finished (no COMPLETE marker); rerun that shard"
            + " with --resume, then merge.");
      }
      if (!Files.readString(dir.resolve(SweepFolder.SWEEP)).equals(text)) {
        throw new SweepException(dir + " ran a different sweep file than shard 1.");
      }
    }
    if (shards.size() != count) {
      throw new SweepException(root.dir().resolve(SweepFolder.SHARDS) + " holds shards of"
          + " different counts; keep the folders of one split only.");
    }
    return shards;
  }

  /** Writes the merged runs files, sweep.yaml and base.yaml into the sweep folder. */
  public static void combine(SweepFolder root, List<Path> shards, SweepPlan plan)
      throws IOException {
    Map<Integer, String> runs = new TreeMap<>();
    Map<Integer, List<String>> series = new TreeMap<>();
    for (Path shard : shards) {
      checkAgainstLedger(shard, plan);
      dataLines(shard.resolve(RunsCsv.FILE)).forEach(l -> runs.put(RunsCsv.runIndexOf(l), l));
      if (!plan.timeSeries().isEmpty()) {
        dataLines(shard.resolve(SeriesRunsCsv.FILE)).forEach(l -> series.computeIfAbsent(
            RunsCsv.runIndexOf(l), k -> new ArrayList<>()).add(l));
      }
    }
    if (runs.size() != plan.runCount() || !runs.containsKey(0)
        || !runs.containsKey(plan.runCount() - 1)) {
      throw new SweepException("the shards hold " + runs.size() + " distinct runs; the sweep"
          + " has " + plan.runCount() + ".");
    }
    write(root.file(RunsCsv.FILE), RunsCsv.headerLine(plan), new ArrayList<>(runs.values()));
    if (!plan.timeSeries().isEmpty()) {
      List<String> lines = new ArrayList<>();
      series.values().forEach(lines::addAll);
      write(root.file(SeriesRunsCsv.FILE), SeriesRunsCsv.headerLine(), lines);
    }
    for (String name : List.of(SweepFolder.SWEEP, SweepFolder.BASE)) {
      AtomicFiles.writeBytes(root.file(name), Files.readAllBytes(shards.get(0).resolve(name)));
    }
  }

  /**
   * A shard's rows must be whole and as written, by its ledger: a row edited after the shard
   * finished would otherwise be merged into the sweep's results. Shards finished by an earlier
   * version have no ledger and are merged as they are.
   */
  private static void checkAgainstLedger(Path shard, SweepPlan plan) throws IOException {
    if (!Files.exists(shard.resolve(RunLedger.FILE))) {
      return;
    }
    String[] n = shard.getFileName().toString().replace("shard-", "").split("-of-");
    List<RunSpec> mine = new Shard(Integer.parseInt(n[0]), Integer.parseInt(n[1]), true)
        .runs(plan);
    RecordedRuns recorded = RecordedRuns.check(shard, plan, mine);
    boolean whole = recorded.done() == mine.size()
        && recorded.runsBytes() == Files.size(shard.resolve(RunsCsv.FILE))
        && (plan.timeSeries().isEmpty()
            || recorded.seriesBytes() == Files.size(shard.resolve(SeriesRunsCsv.FILE)));
    if (!whole) {
      throw new SweepException(shard + " holds " + recorded.done() + " whole runs of its "
          + mine.size() + " by its ledger (" + RunLedger.FILE + "), though it is marked"
          + " finished: its files were cut short or added to. Rerun that shard (delete its"
          + " COMPLETE marker, then sweep --shard ... --resume), then merge.");
    }
  }

  private static List<String> dataLines(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    return lines.subList(1, lines.size());
  }

  private static void write(Path file, String header, List<String> lines) throws IOException {
    AtomicFiles.write(file, w -> {
      w.write(header);
      w.write('\n');
      for (String line : lines) {
        w.write(line);
        w.write('\n');
      }
    });
  }
}
