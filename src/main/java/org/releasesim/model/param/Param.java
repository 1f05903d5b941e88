package org.releasesim.model.param;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents one scenario parameter on the record component that holds it. The scenario reader,
 * the JSON Schema and {@code docs/scenario-reference.md} are all generated from these annotations,
 * so the documentation cannot drift from the code.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Param {
  /** What the parameter means, in a sentence a researcher understands. */
  String doc();

  /** Unit of the value ("per person-year", "days", "share 0-1", ...); empty for switches and names. */
  String unit() default "";

  /** Smallest allowed value (inclusive) for numbers; for lists, the smallest allowed length. */
  double min() default Double.NEGATIVE_INFINITY;

  /** Largest allowed value (inclusive) for numbers; for lists, the largest allowed length. */
  double max() default Double.POSITIVE_INFINITY;

  /** Published source of the default, or empty when {@link #assumption()} is set. */
  String source() default "";

  /** True where no published figure backs the default: a modelling assumption to sweep. */
  boolean assumption() default false;

  /**
   * What values are allowed, in words, where the type and range do not say it (a text that must
   * name something); empty to describe the allowed values from the type and range.
   */
  String allowed() default "";
}
