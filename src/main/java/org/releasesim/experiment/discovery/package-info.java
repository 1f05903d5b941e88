/**
 * Scenario discovery: which region of a sweep's (or any table's) input space holds the runs where
 * a condition on the outcomes is true. {@link org.releasesim.experiment.discovery.Prim} is the
 * Patient Rule Induction Method of Friedman and Fisher (1999, "Bump hunting in high-dimensional
 * data", Statistics and Computing 9: 123-143) as robust decision making uses it (Bryant and
 * Lempert 2010, "Thinking inside the box", Technological Forecasting and Social Change 77:
 * 34-49): peeling, optional pasting, the coverage-density trajectory and quasi-p-values.
 * {@link org.releasesim.experiment.discovery.RowCondition} turns the user's condition into a
 * yes or no per row through a sandboxed Apache Commons JEXL expression.
 *
 * <p>Pure numbers: nothing here reads or writes files; {@code org.releasesim.output.discovery}
 * reads the tables and writes the results, and {@code org.releasesim.cli.DiscoverCommand} puts
 * the two together.
 */
package org.releasesim.experiment.discovery;
