/**
 * Running a sweep on a Slurm cluster: the job-array, merge and submit scripts, one shard of the
 * sweep's runs per array task.
 */
package org.releasesim.experiment.slurm;
