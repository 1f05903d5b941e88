package org.releasesim.output;

import java.io.IOException;

/**
 * A consumer that may throw {@link IOException}, so that writing code can be passed to
 * {@link AtomicFiles} without wrapping every checked exception.
 *
 * @param <T> what is consumed, typically a {@link java.io.Writer} or an
 *     {@link java.io.OutputStream}
 */
@FunctionalInterface
public interface IoConsumer<T> {
  /** Consume {@code value}, for example write to it. */
  void accept(T value) throws IOException;
}
