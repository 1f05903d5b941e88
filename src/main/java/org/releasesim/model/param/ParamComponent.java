package org.releasesim.model.param;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * One documented component of a parameter record: its name (the scenario key), its
 * {@link Param} annotation and its kind. Every walk over the records (the scenario reader, the
 * schema, the reference document, the ODD table, sweep factors, the GUI's Model tab) goes
 * through this one view, which {@link ParamSchema} gives.
 */
public record ParamComponent(RecordComponent component, Param param, ParamKind kind) {

  public String name() {
    return component.getName();
  }

  public Class<?> type() {
    return component.getType();
  }

  /** The record type of a nested record, or of the elements of a list. */
  public Class<?> recordType() {
    return kind == ParamKind.RECORD_LIST ? ParamKind.listElement(component) : component.getType();
  }

  /** The allowed names of an enum component, in declaration order. */
  public List<String> enumNames() {
    return Arrays.stream(component.getType().getEnumConstants())
        .map(c -> ((Enum<?>) c).name())
        .toList();
  }

  /** This component's value in {@code record}. */
  public Object valueIn(Object record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + name() + " of " + record, e);
    }
  }

  /** This component's value in its record's {@code DEFAULTS}. */
  public Object defaultValue() {
    return valueIn(ParamSchema.defaultsOf(component.getDeclaringRecord()));
  }

  /** The unit shown for this component: its own, else the owning field's (for per-type records). */
  public String unitOr(String ownerUnit) {
    return param.unit().isEmpty() ? ownerUnit : param.unit();
  }
}
