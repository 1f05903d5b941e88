package org.releasesim.gui.watch;

import org.releasesim.model.Group;
import org.releasesim.model.Population;

/**
 * A count of everyone by what the map shows, taken by scanning the population (once per
 * displayed day): per home tract and {@link DotState}, per jail, and per home tract the residents
 * by group. The map, the legend and {@code --counts} show these numbers, so comparing them with
 * the model's own running counters checks what the GUI shows against what the model counts.
 */
public final class PersonCensus {
  private final int states = DotState.count();
  private final long[] byTract;
  private final long[] residentsByGroup;
  private final long[] inJail;
  private final long[] total = new long[states];
  private final int[] tractOwner;

  /**
   * @param tractOwner jurisdiction index of every global tract
   * @param jurisdictions number of jurisdictions
   */
  PersonCensus(int[] tractOwner, int jurisdictions) {
    this.tractOwner = tractOwner.clone();
    byTract = new long[tractOwner.length * states];
    residentsByGroup = new long[tractOwner.length * Group.count()];
    inJail = new long[jurisdictions * states];
  }

  /** Recount everyone. */
  void take(Population population) {
    java.util.Arrays.fill(byTract, 0);
    java.util.Arrays.fill(residentsByGroup, 0);
    java.util.Arrays.fill(inJail, 0);
    java.util.Arrays.fill(total, 0);
    for (int p = 0; p < population.size(); p++) {
      DotState s = DotState.of(population, p);
      int tract = population.tract(p);
      byTract[tract * states + s.ordinal()]++;
      total[s.ordinal()]++;
      if (s.livesInCounty()) {
        residentsByGroup[tract * Group.count() + population.groupIndex(p)]++;
      }
      if (s.inJail()) {
        inJail[population.jail(p) * states + s.ordinal()]++;
      }
    }
  }

  /** Persons whose home is a global tract, in a state. */
  public long inTract(int tract, DotState s) {
    return byTract[tract * states + s.ordinal()];
  }

  /** Residents living in a tract now (community or jail), of a group. */
  long residents(int tract, Group g) {
    return residentsByGroup[tract * Group.count() + g.ordinal()];
  }

  /** Residents living in a tract now, all groups. */
  long residents(int tract) {
    long n = 0;
    for (Group g : Group.values()) {
      n += residents(tract, g);
    }
    return n;
  }

  /** Persons held in a jurisdiction's jail, in a jail state. */
  public long inJail(int jurisdiction, DotState s) {
    return inJail[jurisdiction * states + s.ordinal()];
  }

  /** Persons held in a jurisdiction's jail, all states. */
  public long jailTotal(int jurisdiction) {
    return inJail(jurisdiction, DotState.PRETRIAL) + inJail(jurisdiction, DotState.SENTENCED)
        + inJail(jurisdiction, DotState.DETAINER_HOLD);
  }

  /** Persons whose home is in a jurisdiction, in a state. */
  public long inJurisdiction(int jurisdiction, DotState s) {
    long n = 0;
    for (int t = 0; t < tractOwner.length; t++) {
      n += tractOwner[t] == jurisdiction ? inTract(t, s) : 0;
    }
    return n;
  }

  /** Everyone in a state. */
  public long total(DotState s) {
    return total[s.ordinal()];
  }

  /** Everyone counted. */
  long everyone() {
    long n = 0;
    for (long v : total) {
      n += v;
    }
    return n;
  }
}
