package org.releasesim.scenario;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.releasesim.model.param.Param;

/**
 * One documented component of a parameter record: its name (the scenario key), its
 * {@link Param} annotation and its kind. The reader, the schema and the reference document all
 * walk the records through this one view.
 */
record ParamComponent(RecordComponent component, Param param, ParamKind kind) {

  String name() {
    return component.getName();
  }

  Class<?> type() {
    return component.getType();
  }

  /** The record type of a nested record, or of the elements of a list. */
  Class<?> recordType() {
    return kind == ParamKind.RECORD_LIST ? ParamKind.listElement(component) : component.getType();
  }

  /** The allowed names of an enum component, in declaration order. */
  List<String> enumNames() {
    return Arrays.stream(component.getType().getEnumConstants())
        .map(c -> ((Enum<?>) c).name())
        .toList();
  }

  /** This component's value in {@code record}. */
  Object valueIn(Object record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + name() + " of " + record, e);
    }
  }

  /** The unit shown for this component: its own, else the owning field's (for per-type records). */
  String unitOr(String ownerUnit) {
    return param.unit().isEmpty() ? ownerUnit : param.unit();
  }
}
