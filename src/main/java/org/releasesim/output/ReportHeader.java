package org.releasesim.output;

/**
 * What the report says about the run before its charts and tables.
 *
 * @param scenarioName the scenario's name
 * @param description the scenario's description, in plain text (it is escaped); may be empty
 * @param runId the run id (the run folder's name)
 * @param seed the master seed
 */
public record ReportHeader(String scenarioName, String description, String runId, long seed) {}
