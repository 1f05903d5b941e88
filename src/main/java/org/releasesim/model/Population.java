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
  /** Flag: removed, and a re-entry is scheduled. */
  static final int REENTRY_PENDING = 1 << 5;
  /** Flag: removed from the United States before (ICE holds the earlier removal order). */
  static final int PRIOR_REMOVAL = 1 << 6;
  /** Flag: an immigration judge's final order of removal that was not carried out. */
  static final int FINAL_ORDER = 1 << 7;

  /**
   * Bytes of one person's record: every field of a person in one stretch of memory, so an event
   * that touches a person loads one cache line, not one line from each of a dozen arrays. With
   * millions of persons whose events fire in random order, that is what keeps the run's time
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
  /** An int of bit fields: group, age band, state, status, flags, case type, jail, convictions. */
  private static final int WORD = 0;
  private static final int SLOT = 4;
  /** Bookings in the low 16 bits (saturating), the coded birth day in the high 16. */
  private static final int BOOKINGS_BIRTH = 8;
  private static final int TRACT = 12;
  private static final int VERSION = 16;
  private static final int PROPENSITY = 20;
  private static final int RELEASE_DAY = 24;
  private static final int DRAWS = 28;

  // bit fields of the status word: shift and width
  private static final BitField GROUP = new BitField(0, 2);
  private static final BitField STATE = new BitField(2, 3);
  private static final BitField STATUS = new BitField(5, 3);
  private static final BitField FLAGS = new BitField(8, 8);
  /** Stored plus one, so that "no case" (-1) is 0. */
  private static final BitField CASE_TYPE = new BitField(16, 3);
  /** Up to 64 jurisdictions, as {@code ScenarioParams} allows. */
  private static final BitField JAIL = new BitField(19, 6);
  private static final BitField CONVICTIONS = new BitField(25, 6);
  private static final BitField BOOKINGS = new BitField(0, 16);
  private static final BitField BIRTH = new BitField(16, 16);

  /**
   * Birth days are kept to {@value #BIRTH_RESOLUTION_DAYS} days from this schedule day (120 years
   * before day 0), which in 16 bits reaches about 238 years past day 0: the oldest resident at the
   * start and the longest run the time limits allow both fit.
   */
  static final double BIRTH_EPOCH_DAY = -120 * 365.25;
  static final int BIRTH_RESOLUTION_DAYS = 2;
  /** Latest schedule day a birth day can be stored for. */
  static final double LAST_BIRTH_DAY = BIRTH_EPOCH_DAY + 0xFFFF * BIRTH_RESOLUTION_DAYS;

  static {
    // the status word's fields must hold every value of what they store
    fits(GROUP, Group.count() - 1);
    fits(STATE, PersonState.values().length - 1);
    fits(STATUS, OffenderStatus.values().length - 1);
    fits(CASE_TYPE, CrimeType.count());
    fits(FLAGS, FINAL_ORDER);
  }

  private static void fits(BitField f, long largest) {
    if (largest > f.max()) {
      throw new IllegalStateException("a person's status word field is too narrow");
    }
  }

  /** A field of {@code width} bits at {@code shift} in the status word. */
  private record BitField(int shift, int width) {
    int max() {
      return (1 << width) - 1;
    }

    int of(int word) {
      return word >>> shift & max();
    }

    int with(int word, int value) {
      return word & ~(max() << shift) | (value & max()) << shift;
    }
  }

  private static final VarHandle INT =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle FLOAT =
      MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);

  private int size;
  private int capacity;
  /** Written by {@link #writeObject}: only what is in use. */
  private transient byte[] records;
  private final TractResidents[] tracts;

  /**
   * @param capacity persons expected (the records grow when more are added)
   * @param tractCount tracts over all jurisdictions (global tract indices)
   */
  public Population(int capacity, int tractCount) {
    this.capacity = Math.max(1, Math.min(capacity, MAX_PERSONS));
    records = new byte[PADDING + this.capacity * RECORD_BYTES];
    tracts = new TractResidents[tractCount];
    for (int t = 0; t < tractCount; t++) {
      tracts[t] = new TractResidents();
    }
  }

  private int field(int p, BitField f) {
    return f.of(intAt(p, WORD));
  }

  private void setField(int p, BitField f, int value) {
    setInt(p, WORD, f.with(intAt(p, WORD), value));
  }

  /** The residents of a tract (global tract index), for victim and collateral picks. */
  public TractResidents residents(int globalTract) {
    return tracts[globalTract];
  }

  /** The person's slot among the residents of the person's home tract. */
  int slot(int p) {
    return intAt(p, SLOT);
  }

  private void updateVictimCopy(int p) {
    int word = intAt(p, WORD);
    int group = STATE.of(word) == PersonState.COMMUNITY.ordinal() ? GROUP.of(word) : -1;
    tracts[intAt(p, TRACT)].setGroupIfInCommunity(intAt(p, SLOT), group);
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
  int add(Group g, double birthDay, int homeTract, float latentPropensity) {
    ensureCapacity(size + 1);
    int id = size++;
    setInt(id, TRACT, homeTract);
    setInt(id, SLOT, tracts[homeTract].add(id, g.ordinal()));
    setInt(id, WORD, STATE.with(0, PersonState.COMMUNITY.ordinal()));
    startLife(id, g, birthDay, latentPropensity);
    return id;
  }

  /**
   * A new occupant takes over a person's record (a birth replacing a death, a newcomer replacing
   * someone who moved away): same home tract, slot, event version and random stream, everything
   * else new. The caller has already moved the record to the community.
   */
  void newOccupant(int p, Group g, double birthDay, float latentPropensity) {
    startLife(p, g, birthDay, latentPropensity);
  }

  private void startLife(int p, Group g, double birthDay, float latentPropensity) {
    int word = GROUP.with(0, g.ordinal());
    word = STATE.with(word, field(p, STATE));
    word = STATUS.with(word, OffenderStatus.NEVER_BOOKED.ordinal());
    word = CASE_TYPE.with(word, -1 + 1);
    setInt(p, WORD, word);
    setInt(p, BOOKINGS_BIRTH, BIRTH.with(0, birthCode(birthDay)));
    setFloat(p, PROPENSITY, latentPropensity);
    setFloat(p, RELEASE_DAY, Float.NEGATIVE_INFINITY);
    updateVictimCopy(p);
  }

  private static int birthCode(double birthDay) {
    if (birthDay < BIRTH_EPOCH_DAY || birthDay > LAST_BIRTH_DAY) {
      throw new IllegalArgumentException("birth day " + birthDay + " outside the storable range");
    }
    return (int) Math.round((birthDay - BIRTH_EPOCH_DAY) / BIRTH_RESOLUTION_DAYS);
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
    return Group.of(field(p, GROUP));
  }

  public int groupIndex(int p) {
    return field(p, GROUP);
  }

  void setGroup(int p, Group g) {
    setField(p, GROUP, g.ordinal());
    updateVictimCopy(p);
  }

  /** Schedule day of the person's birth (to {@value #BIRTH_RESOLUTION_DAYS} days). */
  public double birthDay(int p) {
    return BIRTH_EPOCH_DAY + BIRTH.of(intAt(p, BOOKINGS_BIRTH)) * (double) BIRTH_RESOLUTION_DAYS;
  }

  /** Age in years at schedule day {@code now} (never negative). */
  public double ageYears(int p, double now) {
    return Math.max(0, (now - birthDay(p)) / org.releasesim.model.param.TimeParams.DAYS_PER_YEAR);
  }

  /** Age band at {@code now}: 0 = 0-14, 1 = 15-24, 2 = 25-39, 3 = 40 and over. */
  public int ageBand(int p, double now) {
    return AgeBand.of(ageYears(p, now));
  }

  public PersonState state(int p) {
    return PersonState.of(field(p, STATE));
  }

  void setState(int p, PersonState s) {
    setField(p, STATE, s.ordinal());
    updateVictimCopy(p);
  }

  public OffenderStatus releaseStatus(int p) {
    return OffenderStatus.of(field(p, STATUS));
  }

  void setReleaseStatus(int p, OffenderStatus s) {
    setField(p, STATUS, s.ordinal());
  }

  /** The offender status that applies now, pretrial release taking precedence. */
  public OffenderStatus offenderStatus(int p) {
    return has(p, ON_PRETRIAL_RELEASE) ? OffenderStatus.ON_PRETRIAL_RELEASE : releaseStatus(p);
  }

  boolean has(int p, int flag) {
    return (field(p, FLAGS) & flag) != 0;
  }

  void set(int p, int flag, boolean on) {
    int flags = field(p, FLAGS);
    setField(p, FLAGS, on ? flags | flag : flags & ~flag);
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
    return field(p, CASE_TYPE) - 1;
  }

  void setCaseType(int p, int type) {
    setField(p, CASE_TYPE, type + 1);
  }

  /** Index of the jurisdiction whose jail holds (or last held) the person. */
  public int jail(int p) {
    return field(p, JAIL);
  }

  void setJail(int p, int jurisdiction) {
    setField(p, JAIL, jurisdiction);
  }

  public int convictions(int p) {
    return field(p, CONVICTIONS);
  }

  void addConviction(int p) {
    int c = field(p, CONVICTIONS);
    if (c < CONVICTIONS.max()) {
      setField(p, CONVICTIONS, c + 1);
    }
  }

  public int bookings(int p) {
    return BOOKINGS.of(intAt(p, BOOKINGS_BIRTH));
  }

  void addBooking(int p) {
    int packed = intAt(p, BOOKINGS_BIRTH);
    int n = BOOKINGS.of(packed);
    if (n < BOOKINGS.max()) {
      setInt(p, BOOKINGS_BIRTH, BOOKINGS.with(packed, n + 1));
    }
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

  /**
   * Writes the records up to the last byte that is not zero. The room kept to grow (a third of
   * the array after a growth) is zeros, and writing it made checkpoints half as large again.
   */
  private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
    out.defaultWriteObject();
    int used = records.length;
    while (used > 0 && records[used - 1] == 0) {
      used--;
    }
    out.writeInt(records.length);
    out.writeInt(used);
    out.write(records, 0, used);
  }

  private void readObject(java.io.ObjectInputStream in)
      throws java.io.IOException, ClassNotFoundException {
    in.defaultReadObject();
    records = new byte[in.readInt()];
    in.readFully(records, 0, in.readInt());
  }
}
