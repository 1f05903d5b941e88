package org.releasesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Every person's fields share one packed record; writing one field must never disturb another
 * field or a neighbouring person. Checked against a plain model kept alongside: one object a
 * person with ordinary fields, updated by the same random sequence of writes.
 */
class PopulationRecordTest {
  private static final class Plain {
    int group;
    double birthDay;
    int state;
    int status;
    int flags;
    int caseType = -1;
    int jail;
    int convictions;
    int bookings;
    int tract;
    int version;
    float propensity;
    double releaseDay = Float.NEGATIVE_INFINITY;
    int draws;
  }

  @Test
  void randomWritesLeaveEveryOtherFieldAndPersonUntouched() {
    SplittableRandom rnd = new SplittableRandom(17);
    Population pop = new Population(2, 7); // small, so that adding persons grows the records
    int n = 300;
    Plain[] plain = new Plain[n];
    for (int i = 0; i < n; i++) {
      Plain q = new Plain();
      q.group = rnd.nextInt(3);
      q.birthDay = rnd.nextDouble(-40_000, 50_000);
      q.tract = rnd.nextInt(7);
      q.propensity = (float) rnd.nextDouble(0, 50);
      assertEquals(i, pop.add(Group.of(q.group), q.birthDay, q.tract, q.propensity));
      plain[i] = q;
    }
    for (int step = 0; step < 100_000; step++) {
      int p = rnd.nextInt(n);
      Plain q = plain[p];
      switch (rnd.nextInt(11)) {
        case 0 -> {
          q.group = rnd.nextInt(3);
          pop.setGroup(p, Group.of(q.group));
        }
        case 1 -> {
          q.state = rnd.nextInt(PersonState.values().length);
          pop.setState(p, PersonState.values()[q.state]);
        }
        case 2 -> {
          q.status = rnd.nextInt(OffenderStatus.values().length);
          pop.setReleaseStatus(p, OffenderStatus.values()[q.status]);
        }
        case 3 -> {
          int flag = 1 << rnd.nextInt(8);
          boolean on = rnd.nextBoolean();
          q.flags = on ? q.flags | flag : q.flags & ~flag;
          pop.set(p, flag, on);
        }
        case 4 -> {
          q.caseType = rnd.nextInt(-1, CrimeType.count());
          pop.setCaseType(p, q.caseType);
        }
        case 5 -> {
          q.jail = rnd.nextInt(64); // scenarios allow 64 jurisdictions
          pop.setJail(p, q.jail);
        }
        case 6 -> {
          q.convictions = Math.min(63, q.convictions + 1); // six bits, saturating
          pop.addConviction(p);
        }
        case 7 -> {
          q.bookings++;
          pop.addBooking(p);
        }
        case 8 -> {
          q.version++;
          assertEquals(q.version, pop.bumpVersion(p));
        }
        case 9 -> {
          q.releaseDay = (float) rnd.nextDouble(0, 10_000);
          pop.setReleaseDay(p, q.releaseDay);
        }
        default -> {
          q.draws++;
          assertEquals(q.draws, pop.increment(p));
        }
      }
    }
    for (int p = 0; p < n; p++) {
      Plain q = plain[p];
      assertEquals(q.group, pop.groupIndex(p), "group of " + p);
      assertEquals(q.birthDay, pop.birthDay(p), Population.BIRTH_RESOLUTION_DAYS / 2.0,
          "birth day of " + p);
      assertEquals(q.state, pop.state(p).ordinal(), "state of " + p);
      assertEquals(q.status, pop.releaseStatus(p).ordinal(), "status of " + p);
      for (int bit = 0; bit < 8; bit++) {
        assertEquals((q.flags & 1 << bit) != 0, pop.has(p, 1 << bit), "flag of " + p);
      }
      assertEquals(q.caseType, pop.caseType(p), "case type of " + p);
      assertEquals(q.jail, pop.jail(p), "jail of " + p);
      assertEquals(q.convictions, pop.convictions(p), "convictions of " + p);
      assertEquals(q.bookings, pop.bookings(p), "bookings of " + p);
      assertEquals(q.tract, pop.tract(p), "tract of " + p);
      assertEquals(q.version, pop.version(p), "version of " + p);
      assertEquals(q.propensity, pop.propensity(p), "propensity of " + p);
      assertEquals(q.releaseDay, pop.releaseDay(p), "release day of " + p);
      assertEquals(q.draws, pop.get(p), "draws of " + p);
      assertEquals(p, pop.residents(q.tract).person(pop.slot(p)), "tract list of " + p);
      boolean inCommunity = q.state == PersonState.COMMUNITY.ordinal();
      assertEquals(inCommunity ? q.group : -1, victimCopy(pop, p),
          "victim-pick group of " + p);
    }
  }

  @Test
  void drawCountersMayBeUsedBeforeThePersonIsAdded() {
    Population pop = new Population(1, 1);
    pop.ensureCapacity(5);
    assertEquals(1, pop.increment(4));
    assertEquals(2, pop.increment(4));
    for (int i = 0; i < 5; i++) {
      pop.add(Group.CITIZEN, 0, 0, 1f);
    }
    assertEquals(2, pop.get(4), "adding the person keeps the draws already used");
    assertEquals(0, pop.get(3));
  }

  @Test
  void aPersonLeavingTheCommunityIsNoLongerAVictimCandidate() {
    Population pop = new Population(4, 1);
    int p = pop.add(Group.UNAUTHORIZED, 2, 0, 1f);
    assertTrue(victimCopy(pop, p) >= 0);
    pop.setState(p, PersonState.JAIL_PRETRIAL);
    assertEquals(-1, victimCopy(pop, p));
    pop.setGroup(p, Group.CITIZEN);
    assertEquals(-1, victimCopy(pop, p), "a group change does not put a person back");
    pop.setState(p, PersonState.COMMUNITY);
    assertEquals(Group.CITIZEN.ordinal(), victimCopy(pop, p));
    assertFalse(pop.has(p, Population.DETAINER));
  }

  /** What a victim pick reads for a person: the byte in the home tract's resident list. */
  private static int victimCopy(Population pop, int p) {
    return pop.residents(pop.tract(p)).groupIfInCommunity(pop.slot(p));
  }
}
