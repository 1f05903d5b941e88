/**
 * Scenario discovery's files: reading the rows it looks at (a finished sweep's folder through
 * its own plan and runs.csv, or any CSV of parameter and outcome columns) and writing its
 * results, peeling.csv, box.csv and the coverage-density chart, each atomically. The numbers come
 * from {@code org.releasesim.experiment.discovery}; the command that joins the two, and writes
 * the box-centre scenario through the scenario reader, is {@code org.releasesim.cli}'s.
 */
package org.releasesim.output.discovery;
