package org.releasesim.model;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/** Test helper: a copy of a parameter record with one component changed, by name. */
final class RecordCopy {
  private RecordCopy() {}

  @SuppressWarnings("unchecked")
  static <R extends Record> R with(R record, String component, Object value) {
    try {
      RecordComponent[] parts = record.getClass().getRecordComponents();
      Object[] args = new Object[parts.length];
      boolean found = false;
      for (int i = 0; i < parts.length; i++) {
        boolean target = parts[i].getName().equals(component);
        found |= target;
        args[i] = target ? value : parts[i].getAccessor().invoke(record);
      }
      if (!found) {
        throw new IllegalArgumentException("no component " + component);
      }
      Class<?>[] types = Arrays.stream(parts).map(RecordComponent::getType).toArray(Class[]::new);
      return (R) record.getClass().getDeclaredConstructor(types).newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
