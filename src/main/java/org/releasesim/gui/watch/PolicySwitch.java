package org.releasesim.gui.watch;

/**
 * A release policy switched by hand while a run was going. A run with switches is no longer the
 * scenario alone: a saved run's manifest must carry these to be repeatable.
 *
 * @param day whole recorded days after the warm-up when the switch was made (negative in the
 *     warm-up)
 * @param scheduleTime schedule time (days since the start) from which the new policy applies
 * @param jurisdiction the jurisdiction's name
 * @param policy the name of the policy in force from then on
 */
public record PolicySwitch(int day, double scheduleTime, String jurisdiction,
    String policy) {}
