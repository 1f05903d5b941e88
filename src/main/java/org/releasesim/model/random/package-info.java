/**
 * Random numbers derived from the run's one master seed: MASON's generator for run-level draws,
 * and a cheap counter-based stream per person, so a person's draws do not depend on the order
 * in which other persons' events happen, and a run is byte-identical on any thread count.
 */
package org.releasesim.model.random;
