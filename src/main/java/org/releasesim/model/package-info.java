/**
 * The model: persons, jurisdictions (jail, courts, police, ICE field office) and the processes
 * that act on them, on MASON's schedule ({@link org.releasesim.model.ReleaseSim}). It knows
 * nothing of files, the command line or the GUI; its inputs are the parameter records of
 * {@code model.param} and its outputs the counts of {@code model.metrics}.
 *
 * <p>Persons are rows of one byte array ({@link org.releasesim.model.Population}), not objects.
 * Each person schedules their own next event ({@link org.releasesim.model.PersonEvent}); every
 * kind of event has one process in charge of it, which registers itself as its
 * {@link org.releasesim.model.PersonEventHandler} when it is built. Processes that run on the
 * clock (the daily update, the observer, ICE's community operations) are MASON steppables.
 */
package org.releasesim.model;
