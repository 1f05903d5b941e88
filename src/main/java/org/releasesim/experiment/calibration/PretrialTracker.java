package org.releasesim.experiment.calibration;

import java.util.HashMap;
import java.util.Map;
import org.releasesim.model.ModelEvent;
import org.releasesim.model.OffenderStatus;
import org.releasesim.model.Population;
import org.releasesim.model.param.TimeParams;

/**
 * Counts pretrial releases that end in a new arrest before disposition (BJS NCJ 148818: 14% of
 * released felony defendants; NCJ 127202: 18%). An episode starts when a person leaves jail with
 * a case pending and ends at the person's next arrest: a re-arrest if the case was still pending
 * then and the arrest came within a year of release, the follow-up of both BJS studies (cases
 * still open after a year were not followed further).
 *
 * <p>Detainer subjects are left out: under a cooperative policy most of them go to ICE, not to
 * the community, and they are a small share of releases.
 */
final class PretrialTracker implements ModelEvent.Listener {
  /** Follow-up of the BJS pretrial studies: one year. */
  static final double FOLLOW_UP_DAYS = TimeParams.DAYS_PER_YEAR;

  private final CaseStatus status;
  private final double windowStart;
  private final double windowEnd;
  /** Person to the day the open episode started. */
  private final Map<Integer, Double> open = new HashMap<>();
  private int episodes;
  private int rearrested;

  /** Follows releases in [{@code windowStart}, {@code windowEnd}), schedule days. */
  PretrialTracker(CaseStatus status, double windowStart, double windowEnd) {
    this.status = status;
    this.windowStart = windowStart;
    this.windowEnd = windowEnd;
  }

  @Override
  public void happened(ModelEvent e) {
    if (e.kind() == ModelEvent.Kind.RELEASE) {
      released(e);
    } else if (e.kind() == ModelEvent.Kind.ARREST) {
      Double start = open.remove(e.person());
      if (start != null && status.casePending(e.person())
          && e.day() - start <= FOLLOW_UP_DAYS) {
        rearrested++;
      }
    } else if (e.kind() == ModelEvent.Kind.DEPARTURE) {
      // died or moved away with the case pending: the episode ends without a re-arrest, and
      // the record's next occupant is someone else
      open.remove(e.person());
    }
  }

  private void released(ModelEvent e) {
    int p = e.person();
    if (e.day() >= windowStart && e.day() < windowEnd && status.casePending(p)
        && !status.hasDetainer(p)) {
      open.put(p, e.day());
      episodes++;
    }
  }

  PretrialEpisodes episodes() {
    return new PretrialEpisodes(episodes, rearrested);
  }

  /** What the tracker reads of a person at the moment of an event. */
  interface CaseStatus {
    /** Whether the person is on pretrial release with a case pending. */
    boolean casePending(int person);

    /** Whether ICE has a detainer on the person's current case. */
    boolean hasDetainer(int person);

    /** The status as the run's population holds it (the population exists once it starts). */
    static CaseStatus of(java.util.function.Supplier<Population> population) {
      return new CaseStatus() {
        @Override
        public boolean casePending(int person) {
          return population.get().offenderStatus(person) == OffenderStatus.ON_PRETRIAL_RELEASE;
        }

        @Override
        public boolean hasDetainer(int person) {
          return population.get().hasDetainer(person);
        }
      };
    }
  }
}
