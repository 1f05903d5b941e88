/**
 * Running a sweep, or a posterior calibration, on a Slurm cluster: the job-array, merge and
 * submit scripts, one shard of the runs (of each batch, for a calibration) per array task.
 */
package org.releasesim.experiment.slurm;
