/**
 * What a sweep leaves on disk, {@code <out>/<sweep-name>/<run-id>/}: runs.csv streamed run by
 * run (and continued after a crash), then points.csv, contrasts.csv, morris.csv or sobol.csv,
 * series.csv, charts drawn from those tables, index.html and manifest.json, each written
 * atomically, and the COMPLETE marker last; for a shard, its own folder under
 * {@code shards/}, which {@link org.releasesim.output.sweep.ShardMerge} combines.
 *
 * <p>This package reads the plans and statistics of {@code org.releasesim.experiment} (never the
 * other way round) and formats numbers with {@link org.releasesim.output.CsvNumbers}, so the
 * files are the same bytes on every machine.
 */
package org.releasesim.output.sweep;
