package org.releasesim.experiment.slurm;

/**
 * The scripts that run a sweep on Slurm: an {@code sbatch} job array whose task i runs shard
 * i of n ({@code --array=1-n}: shards are numbered from 1), a merge job that combines the shards
 * and writes the statistics, and {@code submit.sh}, which submits the array and then the merge
 * with {@code --dependency=afterok:<array job id>}, so the merge starts only if every task
 * succeeded. Tasks run {@code sweep --resume <sweep folder>}: every task writes into the one
 * folder the scripts were written for, and a requeued or resubmitted task continues where it
 * stopped instead of starting over.
 *
 * <p>A posterior calibration has the same three scripts, for one batch at a time: the array's
 * tasks run {@code calibrate --resume <folder> --shard i/n} on the calibration's next batch, and
 * the merge job runs {@code calibrate --resume <folder> --merge}, then, unless that wrote the
 * calibration's COMPLETE marker, runs {@code submit.sh} again for the next batch. The number of
 * generations is decided as the calibration goes, so the chain submits itself rather than
 * being laid out in advance: the user submits once.
 */
public final class SlurmScripts {
  public static final String ARRAY = "array.sbatch";
  public static final String MERGE = "merge.sbatch";
  public static final String SUBMIT = "submit.sh";

  private SlurmScripts() {}

  /** The job-array script. */
  public static String array(SlurmJob job) {
    String shard = "--shard \"${SLURM_ARRAY_TASK_ID}/" + job.shards() + "\"";
    String dir = quote(job.sweepDir().toString());
    String task = job.kind() == SlurmJob.Kind.SWEEP
        ? "sweep " + quote(job.sweepFile().toString()) + " " + shard + " --resume " + dir
        : "calibrate --resume " + dir + " " + shard;
    return header(job, job.name(), "array-%A_%a.out")
        + "#SBATCH --array=1-" + job.shards() + "\n"
        + "#SBATCH --cpus-per-task=" + job.cpusPerTask() + "\n"
        + "# Task i runs shard i of " + job.shards() + (job.kind() == SlurmJob.Kind.SWEEP ? ""
            : " of the calibration's next batch") + " (shards are numbered from 1).\n"
        + "set -euo pipefail\n"
        + "cd " + quote(job.workDir().toString()) + "\n"
        + "exec " + job.launcher() + " " + task
        + " --threads \"${SLURM_CPUS_PER_TASK:-1}\" --quiet\n";
  }

  /** The merge script, to be submitted once the array has succeeded. */
  public static String merge(SlurmJob job) {
    String start = header(job, job.name() + "-merge", "merge-%j.out")
        + "#SBATCH --cpus-per-task=1\n"
        + "set -euo pipefail\n"
        + "cd " + quote(job.workDir().toString()) + "\n";
    if (job.kind() == SlurmJob.Kind.SWEEP) {
      return start + "exec " + job.launcher() + " merge " + quote(job.sweepDir().toString())
          + "\n";
    }
    return start
        + job.launcher() + " calibrate --resume " + quote(job.sweepDir().toString())
        + " --merge --quiet\n"
        + "# Until the calibration is complete, submit its next batch's array and merge.\n"
        + "if [ ! -e " + quote(job.sweepDir().resolve("COMPLETE").toString()) + " ]; then\n"
        + "  bash " + quote(job.scriptDir().resolve(SUBMIT).toString()) + "\n"
        + "fi\n";
  }

  /** The submit script: prints {@code array job <id>, merge job <id>}. */
  public static String submit(SlurmJob job) {
    return "#!/bin/bash\n"
        + "# Submits the shard array of " + job.kind().noun() + " " + job.name()
        + ", then the merge job, which\n"
        + "# Slurm starts only after every array task has succeeded (afterok).\n"
        + "set -euo pipefail\n"
        + "here=\"$(cd \"$(dirname \"${BASH_SOURCE[0]}\")\" && pwd)\"\n"
        + "mkdir -p \"$here/logs\"\n"
        + "array=$(sbatch --parsable \"$here/" + ARRAY + "\")\n"
        + "array=${array%%;*}\n"
        + "merge=$(sbatch --parsable --dependency=afterok:\"$array\" --kill-on-invalid-dep=yes"
        + " \"$here/" + MERGE + "\")\n"
        + "merge=${merge%%;*}\n"
        + "echo \"array job $array, merge job $merge\"\n";
  }

  private static String header(SlurmJob job, String jobName, String log) {
    StringBuilder text = new StringBuilder("#!/bin/bash\n");
    text.append("#SBATCH --job-name=").append(jobName).append('\n');
    text.append("#SBATCH --output=").append(job.scriptDir().resolve("logs").resolve(log))
        .append('\n');
    if (job.partition() != null) {
      text.append("#SBATCH --partition=").append(job.partition()).append('\n');
    }
    if (job.time() != null) {
      text.append("#SBATCH --time=").append(job.time()).append('\n');
    }
    if (job.mem() != null) {
      text.append("#SBATCH --mem=").append(job.mem()).append('\n');
    }
    return text.toString();
  }

  /** A single-quoted shell word. */
  public static String quote(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }
}
