package org.releasesim.model;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.releasesim.model.param.JurisdictionParams;
import org.releasesim.model.param.ScenarioParams;

/**
 * Changes to scenarios for the mechanism tests, by component name. Records are copied through
 * their canonical constructors, so the tests keep compiling when a parameter record gains a field.
 */
final class Scenarios {
  private Scenarios() {}

  /** A copy of {@code record} with the named components replaced (name, value, name, value...). */
  @SuppressWarnings("unchecked")
  static <R extends Record> R with(R record, Object... changes) {
    Map<String, Object> replace = new HashMap<>();
    for (int i = 0; i < changes.length; i += 2) {
      replace.put((String) changes[i], changes[i + 1]);
    }
    try {
      RecordComponent[] components = record.getClass().getRecordComponents();
      Object[] values = new Object[components.length];
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        String name = components[i].getName();
        types[i] = components[i].getType();
        values[i] = replace.containsKey(name) ? replace.remove(name)
            : components[i].getAccessor().invoke(record);
      }
      if (!replace.isEmpty()) {
        throw new IllegalArgumentException(record.getClass().getSimpleName()
            + " has no component " + replace.keySet());
      }
      Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
      return (R) canonical.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The scenario with every jurisdiction changed as given (component name, value, ...). */
  static ScenarioParams county(ScenarioParams s, Object... changes) {
    List<JurisdictionParams> js = new ArrayList<>();
    for (JurisdictionParams j : s.jurisdictions()) {
      js.add(with(j, changes));
    }
    return with(s, "jurisdictions", js);
  }

  /** The default scenario with ICE parameters changed as given (component name, value, ...). */
  static ScenarioParams ice(Object... changes) {
    ScenarioParams d = ScenarioParams.DEFAULTS;
    return with(d, "ice", with(d.ice(), changes));
  }

  /** The kinds of a list of events, in order. */
  static List<ModelEvent.Kind> kinds(List<ModelEvent> events) {
    return events.stream().map(ModelEvent::kind).toList();
  }

  /** Runs the scenario to its horizon with a listener attached; returns the finished model. */
  static ReleaseSim run(ScenarioParams params, ModelEvent.Listener listener) {
    ReleaseSim sim = new ReleaseSim(params, null);
    sim.setEventListener(listener);
    sim.runToEnd();
    return sim;
  }

  /** Keeps every model event of a run, in order. */
  static final class EventLog implements ModelEvent.Listener {
    final List<ModelEvent> events = new ArrayList<>();

    @Override
    public void happened(ModelEvent event) {
      events.add(event);
    }

    List<ModelEvent> of(ModelEvent.Kind kind) {
      return events.stream().filter(e -> e.kind() == kind).toList();
    }

    long count(ModelEvent.Kind kind) {
      return events.stream().filter(e -> e.kind() == kind).count();
    }

    /** Each person's events, in order. */
    Map<Integer, List<ModelEvent>> byPerson() {
      Map<Integer, List<ModelEvent>> map = new HashMap<>();
      for (ModelEvent e : events) {
        map.computeIfAbsent(e.person(), k -> new ArrayList<>()).add(e);
      }
      return map;
    }
  }
}
