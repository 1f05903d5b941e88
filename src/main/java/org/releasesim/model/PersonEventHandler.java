package org.releasesim.model;

/**
 * A process that acts on some kinds of person event. Each process registers itself, when it is
 * built, for the kinds it handles ({@link ReleaseSim#register}); the model hands it each such
 * event that is still current (an event made stale by a change of custody never reaches it).
 * A new mechanism with events of its own adds its kinds to {@link PersonEvent.Kind}, handles
 * them here and registers: nothing else dispatches events.
 */
interface PersonEventHandler extends java.io.Serializable {
  /** Acts on the event, which is due now (schedule day {@code now}). */
  void handle(PersonEvent e, double now);
}
