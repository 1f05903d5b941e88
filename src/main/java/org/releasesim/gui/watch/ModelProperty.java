package org.releasesim.gui.watch;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One line of the Model tab: a name, a type, an optional MASON domain (an Interval for a slider,
 * an array of names for a pull-down list whose value is the index), a tooltip, and how to read
 * and write the value. A write that is refused throws IllegalArgumentException with the reason.
 *
 * @param name shown to the user
 * @param type the value's type (primitive types for numbers and switches)
 * @param domain a {@code sim.util.Interval}, an array of names, or null
 * @param description the tooltip (HTML allowed)
 * @param getter reads the value
 * @param setter writes the value, or null for a read-only line
 */
public record ModelProperty(String name, Class<?> type, Object domain, String description,
    Supplier<Object> getter, Consumer<Object> setter) {

  public static ModelProperty readOnly(String name, String description, Supplier<Object> getter) {
    return new ModelProperty(name, String.class, null, description, getter, null);
  }

  public boolean writable() {
    return setter != null;
  }
}
