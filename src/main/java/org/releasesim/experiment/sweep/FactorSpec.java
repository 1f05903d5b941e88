package org.releasesim.experiment.sweep;

import org.releasesim.experiment.design.FactorDomain;

/**
 * A factor as the sweep file gives it, before it is checked against the base scenario.
 *
 * @param name the column name
 * @param key the scenario key path, or null for the policy shorthand without a key (then the
 *     policy of every jurisdiction is set)
 * @param domain levels or range; null for a factor of a points design, whose values come from
 *     the points
 * @param relative whether the range holds multipliers of the base scenario's value
 *     ({@code scale:}) rather than values
 * @param where file and line of the factor, for messages
 */
public record FactorSpec(String name, String key, FactorDomain domain, boolean relative,
    String where) {}
