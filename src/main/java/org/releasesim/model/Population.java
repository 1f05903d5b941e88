package org.releasesim.model;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.releasesim.model.random.DrawCounters;

/**
 * Every person's state, one 32-byte record a person in a single byte array indexed by person id,
 * so a county of millions fits in memory and no object exists per person.
 * Package-private setters: only the model's processes change a person.
 */
public final class Population implements DrawCounters, java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** Flag: removable under immigration law (unauthorized, or a qualifying conviction). */
  static final int REMOVABLE = 1;
  /** Flag: ICE has a detainer on the person's current case. */
  static final int DETAINER = 1 << 1;
  /** Flag: the person has a violent conviction. */
  static final int VIOLENT_CONVICTION = 1 << 2;
  /** Flag: released before disposition; a case is pending. */
  static final int ON_PRETRIAL_RELEASE = 1 << 3;
  /** Flag: an at-large case is open on the person. */
  static final int AT_LARGE_CASE = 1 << 4;

  /**
   * Bytes of one person's record: every field of a person in one stretch of memory, so an event
   * that touches a person loads one cache line, not one line from each of a dozen arrays. With
   * millions of persons drawn at random (offenders, victims), that is what keeps the run's time
   * growing in proportion to the population.
   */
  static final int RECORD_BYTES = 32;
  /**
   * Bytes before the first record. A large array starts at a G1 region boundary; after its
   * 16-byte header, 48 bytes of padding start every record on a 32-byte boundary, so no record
   * straddles two 64-byte cache lines.
   */
  private static final int PADDING = 48;
  /** Most persons a population can hold (records are indexed by an int byte offset). */
  public static final int MAX_PERSONS = (Integer.MAX_VALUE - PADDING) / RECORD_BYTES;

  // byte offsets within a record
  private static final int GROUP = 0;
  private static final int AGE_BAND = 1;
  private static final int STATE = 2;
  private static final int STATUS = 3;
  private static final int FLAGS = 4;
  private static final int CASE_TYPE = 5;
  private static final int JAIL = 6;
  private static final int CONVICTIONS = 7;
  private static final int BOOKINGS = 8;
  private static final int TRACT = 12;
  private static final int VERSION = 16;
  private static final int PROPENSITY = 20;
  private static final int RELEASE_DAY = 24;
  private static final int DRAWS = 28;

  private static final VarHandle INT =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle FLOAT =
      MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);

  private int size;
  private int capacity;
  private byte[] records;
  /**
   * Each person's group if in the community, else -1: a one-byte copy of what a victim pick
   * asks of a random resident, so that picks over the whole county do not pull every person's
   * record through the cache.
   */
  private byte[] communityGroup;

  public Population(int capacity) {
    this.capacity = Math.max(1, Math.min(capacity, MAX_PERSONS));
    records = new byte[PADDING + this.capacity * RECORD_BYTES];
    communityGroup = new byte[this.capacity];
  }

  private static int at(int p) {
    return PADDING + p * RECORD_BYTES;
  }

  private int intAt(int p, int field) {
    return (int) INT.get(records, at(p) + field);
  }

  private void setInt(int p, int field, int value) {
    INT.set(records, at(p) + field, value);
  }

  private float floatAt(int p, int field) {
    return (float) FLOAT.get(records, at(p) + field);
  }

  private void setFloat(int p, int field, float value) {
    FLOAT.set(records, at(p) + field, value);
  }

  /** Adds a person in the community and returns the new id. */
  int add(Group g, int ageBandIndex, int homeTract, float latentPropensity) {
    ensureCapacity(size + 1);
    int id = size++;
    int r = at(id);
    records[r + GROUP] = (byte) g.ordinal();
    records[r + AGE_BAND] = (byte) ageBandIndex;
    setInt(id, TRACT, homeTract);
    setFloat(id, PROPENSITY, latentPropensity);
    records[r + STATE] = (byte) PersonState.COMMUNITY.ordinal();
    communityGroup[id] = (byte) g.ordinal();
    records[r + STATUS] = (byte) OffenderStatus.NEVER_BOOKED.ordinal();
    setFloat(id, RELEASE_DAY, Float.NEGATIVE_INFINITY);
    records[r + CASE_TYPE] = -1;
    return id;
  }

  /**
   * Makes room for person ids below {@code persons}; a person's random-stream counter may be used
   * before the person is added.
   */
  @Override
  public void ensureCapacity(int persons) {
    if (persons > capacity) {
      if (persons > MAX_PERSONS) {
        throw new IllegalStateException("a population holds at most " + MAX_PERSONS + " persons");
      }
      capacity = (int) Math.min(MAX_PERSONS, Math.max(persons, capacity + capacity / 2L));
      records = Arrays.copyOf(records, PADDING + capacity * RECORD_BYTES);
      communityGroup = Arrays.copyOf(communityGroup, capacity);
    }
  }

  /** The person's random-stream draw count, moved on by one. */
  @Override
  public int increment(int person) {
    int k = intAt(person, DRAWS) + 1;
    setInt(person, DRAWS, k);
    return k;
  }

  /** Draws the person's random stream has used so far. */
  @Override
  public int get(int person) {
    return intAt(person, DRAWS);
  }

  public int size() {
    return size;
  }

  public Group group(int p) {
    return Group.of(records[at(p) + GROUP]);
  }

  public int groupIndex(int p) {
    return records[at(p) + GROUP];
  }

  void setGroup(int p, Group g) {
    records[at(p) + GROUP] = (byte) g.ordinal();
    if (communityGroup[p] >= 0) {
      communityGroup[p] = (byte) g.ordinal();
    }
  }

  public int ageBand(int p) {
    return records[at(p) + AGE_BAND];
  }

  public PersonState state(int p) {
    return PersonState.of(records[at(p) + STATE]);
  }

  void setState(int p, PersonState s) {
    records[at(p) + STATE] = (byte) s.ordinal();
    communityGroup[p] = s == PersonState.COMMUNITY ? records[at(p) + GROUP] : -1;
  }

  /** The person's group index if the person is in the community, else -1. */
  int groupIfInCommunity(int p) {
    return communityGroup[p];
  }

  public OffenderStatus releaseStatus(int p) {
    return OffenderStatus.of(records[at(p) + STATUS]);
  }

  void setReleaseStatus(int p, OffenderStatus s) {
    records[at(p) + STATUS] = (byte) s.ordinal();
  }

  /** The offender status that applies now, pretrial release taking precedence. */
  public OffenderStatus offenderStatus(int p) {
    return has(p, ON_PRETRIAL_RELEASE) ? OffenderStatus.ON_PRETRIAL_RELEASE : releaseStatus(p);
  }

  boolean has(int p, int flag) {
    return (records[at(p) + FLAGS] & flag) != 0;
  }

  void set(int p, int flag, boolean on) {
    int r = at(p) + FLAGS;
    records[r] = (byte) (on ? records[r] | flag : records[r] & ~flag);
  }

  public boolean isRemovable(int p) {
    return has(p, REMOVABLE);
  }

  public boolean hasDetainer(int p) {
    return has(p, DETAINER);
  }

  public boolean hasViolentConviction(int p) {
    return has(p, VIOLENT_CONVICTION);
  }

  /** Current (or last) case's most serious charge as a crime type index, or -1 if none. */
  public int caseType(int p) {
    return records[at(p) + CASE_TYPE];
  }

  void setCaseType(int p, int type) {
    records[at(p) + CASE_TYPE] = (byte) type;
  }

  /** Index of the jurisdiction whose jail holds (or last held) the person. */
  public int jail(int p) {
    return records[at(p) + JAIL];
  }

  void setJail(int p, int jurisdiction) {
    records[at(p) + JAIL] = (byte) jurisdiction;
  }

  public int convictions(int p) {
    return records[at(p) + CONVICTIONS];
  }

  void addConviction(int p) {
    int r = at(p) + CONVICTIONS;
    if (records[r] < Byte.MAX_VALUE) {
      records[r]++;
    }
  }

  public int bookings(int p) {
    return intAt(p, BOOKINGS);
  }

  void addBooking(int p) {
    setInt(p, BOOKINGS, intAt(p, BOOKINGS) + 1);
  }

  /** Home tract, as a global tract index over all jurisdictions. */
  public int tract(int p) {
    return intAt(p, TRACT);
  }

  public float propensity(int p) {
    return floatAt(p, PROPENSITY);
  }

  /** Time of the last release from custody (schedule days), or -infinity if never released. */
  public double releaseDay(int p) {
    return floatAt(p, RELEASE_DAY);
  }

  void setReleaseDay(int p, double day) {
    setFloat(p, RELEASE_DAY, (float) day);
  }

  /** Version of the person's pending events: any change of custody invalidates older ones. */
  public int version(int p) {
    return intAt(p, VERSION);
  }

  int bumpVersion(int p) {
    int v = intAt(p, VERSION) + 1;
    setInt(p, VERSION, v);
    return v;
  }

  /** Approximate heap bytes held per person slot (for the resource guard and the benchmark). */
  public static int bytesPerPerson() {
    return RECORD_BYTES + 1;
  }
}
