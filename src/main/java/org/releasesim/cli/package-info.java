/**
 * The command line ({@code release-sim run | compare | sweep | gui | validate | ...}), on
 * picocli: options, progress on standard error, and user errors turned into one-paragraph
 * messages with exit code 2.
 */
package org.releasesim.cli;
