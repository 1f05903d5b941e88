package org.releasesim.gui.watch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.releasesim.model.ModelEvent;

/**
 * What has happened to each person, for the person inspector. Kept only when the population is
 * small enough to draw person by person, and at most {@link #MAX_PER_PERSON} events a person,
 * so memory stays bounded whatever the scenario.
 */
final class PersonHistories {
  /** Events kept per person; later ones are counted but not kept. */
  static final int MAX_PER_PERSON = 400;

  private final boolean enabled;
  private final Map<Integer, List<ModelEvent>> byPerson = new HashMap<>();
  private final Map<Integer, Integer> dropped = new HashMap<>();

  /** @param enabled false to keep nothing (a population too large to draw) */
  PersonHistories(boolean enabled) {
    this.enabled = enabled;
  }

  boolean enabled() {
    return enabled;
  }

  void add(ModelEvent e) {
    if (!enabled || e.person() < 0) {
      return;
    }
    if (e.kind() == ModelEvent.Kind.DEPARTURE) {
      // the record passes to a new occupant: the history shown is the current occupant's
      byPerson.remove(e.person());
      dropped.remove(e.person());
    }
    List<ModelEvent> list = byPerson.computeIfAbsent(e.person(), k -> new ArrayList<>());
    if (list.size() < MAX_PER_PERSON) {
      list.add(e);
    } else {
      dropped.merge(e.person(), 1, Integer::sum);
    }
  }

  /** The person's events in the order they happened (empty if none or not kept). */
  List<ModelEvent> of(int person) {
    return List.copyOf(byPerson.getOrDefault(person, List.of()));
  }

  /** Events of the person not kept because the cap was reached. */
  int droppedFor(int person) {
    return dropped.getOrDefault(person, 0);
  }
}
