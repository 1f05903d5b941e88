package org.releasesim.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Conservation checks over a whole run, from first principles: a full scan of the population is
 * compared with the running counts that the model keeps (jail stocks, residents, ICE custody) and
 * with the ledger of moves (start + in - out = now, for every state).
 */
public final class Invariants {
  private Invariants() {}

  /** Every violation found now, as readable sentences; empty when all hold. */
  public static List<String> check(ReleaseSim sim) {
    List<String> problems = new ArrayList<>();
    Population pop = sim.population();
    int n = sim.jurisdictionCount();
    long[][] byState = new long[n][PersonState.count()];
    long[][] residentsByGroup = new long[n][Group.count()];
    long[][] jailByState = new long[n][PersonState.count()];
    long[] total = new long[PersonState.count()];
    for (int p = 0; p < pop.size(); p++) {
      PersonState s = pop.state(p);
      int home = sim.homeOf(p).index();
      byState[home][s.ordinal()]++;
      total[s.ordinal()]++;
      if (s == PersonState.COMMUNITY || s.inJail()) {
        residentsByGroup[home][pop.groupIndex(p)]++;
      }
      if (s.inJail()) {
        jailByState[pop.jail(p)][s.ordinal()]++;
      }
    }
    for (Jurisdiction j : sim.jurisdictions()) {
      checkJurisdiction(j, byState[j.index()], residentsByGroup[j.index()],
          jailByState[j.index()], problems);
    }
    checkLedger(sim, total, problems);
    return problems;
  }

  private static void checkJurisdiction(Jurisdiction j, long[] byState, long[] residents,
      long[] jail, List<String> problems) {
    for (PersonState s : PersonState.values()) {
      if (s.inJail() && jail[s.ordinal()] != j.jail().count(s)) {
        problems.add(j.name() + ": jail count of " + s + " is " + j.jail().count(s)
            + " but " + jail[s.ordinal()] + " persons are in that state there");
      }
    }
    for (Group g : Group.values()) {
      if (residents[g.ordinal()] != j.population(g.ordinal())) {
        problems.add(j.name() + ": " + g + " residents counted " + j.population(g.ordinal())
            + " but " + residents[g.ordinal()] + " found");
      }
    }
    long ice = byState[PersonState.ICE_CUSTODY.ordinal()];
    if (ice != j.iceCustody().level()) {
      problems.add(j.name() + ": ICE custody counted " + j.iceCustody().level() + " but "
          + ice + " found");
    }
  }

  /** Every person starts in the community: community at start = persons ever created. */
  private static void checkLedger(ReleaseSim sim, long[] total, List<String> problems) {
    Ledger ledger = sim.ledger();
    long created = sim.population().size();
    long sum = 0;
    for (PersonState s : PersonState.values()) {
      long start = s == PersonState.COMMUNITY ? created : 0;
      long expected = start + ledger.into(s) - ledger.outOf(s);
      sum += total[s.ordinal()];
      if (expected != total[s.ordinal()]) {
        problems.add("state " + s + ": start + in - out = " + expected + " but "
            + total[s.ordinal()] + " persons are in it");
      }
    }
    if (sum != created) {
      problems.add(sum + " persons in states but " + created + " created");
    }
  }
}
