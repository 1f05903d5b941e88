package org.releasesim.output;

import java.nio.file.Path;

/**
 * One chart of a run, written in two formats: PNG for quick viewing and the HTML report, SVG
 * for papers (it scales without blurring and its text can be edited).
 *
 * @param id file stem, such as {@code jail_population} or {@code jail_population_by_jurisdiction}
 * @param title the chart's title
 * @param caption what the chart shows, for a report: categories, time step, units
 * @param png the PNG file
 * @param svg the SVG file
 */
public record ChartFile(String id, String title, String caption, Path png, Path svg) {}
