package org.releasesim.gui.watch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.releasesim.model.ModelEvent;

/**
 * The last few days' crimes, at-large operations and collateral arrests, for the brief marks
 * that fade on the map. Bounded, so a large county's thousands of daily crimes cost no memory.
 */
public final class RecentMarks {
  /** Days a mark stays visible. */
  public static final double FADE_DAYS = 5;
  /** Most marks kept; the oldest go first. */
  static final int MAX_MARKS = 3000;

  private final ArrayDeque<ModelEvent> marks = new ArrayDeque<>();

  /** Whether an event leaves a mark on the map. */
  static boolean marks(ModelEvent.Kind kind) {
    return kind == ModelEvent.Kind.OFFENCE || kind == ModelEvent.Kind.AT_LARGE_OPERATION
        || kind == ModelEvent.Kind.COLLATERAL_ARREST;
  }

  void add(ModelEvent e) {
    if (marks(e.kind()) && e.tract() >= 0) {
      marks.addLast(e);
      if (marks.size() > MAX_MARKS) {
        marks.removeFirst();
      }
    }
  }

  /** Forget marks that have faded by schedule time {@code now}. */
  void prune(double now) {
    Iterator<ModelEvent> it = marks.iterator();
    while (it.hasNext() && now - it.next().day() > FADE_DAYS) {
      it.remove();
    }
  }

  /** Marks still visible, oldest first. */
  public List<ModelEvent> visible() {
    return new ArrayList<>(marks);
  }

  /** How strong a mark made at {@code day} is at {@code now}: 1 when new, 0 once faded. */
  public static double strength(double day, double now) {
    return Math.max(0, Math.min(1, 1 - (now - day) / FADE_DAYS));
  }
}
