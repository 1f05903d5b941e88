package org.releasesim.model;

import java.util.Arrays;

/**
 * Every person's state, stored as parallel primitive arrays indexed by person id (about 30 bytes
 * a person), so a county of millions fits in memory and no object exists per person.
 * Package-private setters: only the model's processes change a person.
 */
public final class Population implements java.io.Serializable {
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

  private int size;
  private byte[] group;
  private byte[] ageBand;
  private byte[] state;
  private byte[] status;
  private byte[] flags;
  private byte[] caseType;
  private byte[] jail;
  private byte[] convictions;
  private short[] bookings;
  private int[] tract;
  private int[] version;
  private float[] propensity;
  private float[] releaseDay;

  public Population(int capacity) {
    int c = Math.max(1, capacity);
    group = new byte[c];
    ageBand = new byte[c];
    state = new byte[c];
    status = new byte[c];
    flags = new byte[c];
    caseType = new byte[c];
    jail = new byte[c];
    convictions = new byte[c];
    bookings = new short[c];
    tract = new int[c];
    version = new int[c];
    propensity = new float[c];
    releaseDay = new float[c];
  }

  /** Adds a person in the community and returns the new id. */
  int add(Group g, int ageBandIndex, int homeTract, float latentPropensity) {
    if (size == group.length) {
      grow(size + size / 2 + 1);
    }
    int id = size++;
    group[id] = (byte) g.ordinal();
    ageBand[id] = (byte) ageBandIndex;
    tract[id] = homeTract;
    propensity[id] = latentPropensity;
    state[id] = (byte) PersonState.COMMUNITY.ordinal();
    status[id] = (byte) OffenderStatus.NEVER_BOOKED.ordinal();
    releaseDay[id] = Float.NEGATIVE_INFINITY;
    caseType[id] = -1;
    return id;
  }

  private void grow(int capacity) {
    group = Arrays.copyOf(group, capacity);
    ageBand = Arrays.copyOf(ageBand, capacity);
    state = Arrays.copyOf(state, capacity);
    status = Arrays.copyOf(status, capacity);
    flags = Arrays.copyOf(flags, capacity);
    caseType = Arrays.copyOf(caseType, capacity);
    jail = Arrays.copyOf(jail, capacity);
    convictions = Arrays.copyOf(convictions, capacity);
    bookings = Arrays.copyOf(bookings, capacity);
    tract = Arrays.copyOf(tract, capacity);
    version = Arrays.copyOf(version, capacity);
    propensity = Arrays.copyOf(propensity, capacity);
    releaseDay = Arrays.copyOf(releaseDay, capacity);
  }

  public int size() {
    return size;
  }

  public Group group(int p) {
    return Group.of(group[p]);
  }

  public int groupIndex(int p) {
    return group[p];
  }

  void setGroup(int p, Group g) {
    group[p] = (byte) g.ordinal();
  }

  public int ageBand(int p) {
    return ageBand[p];
  }

  public PersonState state(int p) {
    return PersonState.of(state[p]);
  }

  void setState(int p, PersonState s) {
    state[p] = (byte) s.ordinal();
  }

  public OffenderStatus releaseStatus(int p) {
    return OffenderStatus.of(status[p]);
  }

  void setReleaseStatus(int p, OffenderStatus s) {
    status[p] = (byte) s.ordinal();
  }

  /** The offender status that applies now, pretrial release taking precedence. */
  public OffenderStatus offenderStatus(int p) {
    return has(p, ON_PRETRIAL_RELEASE) ? OffenderStatus.ON_PRETRIAL_RELEASE : releaseStatus(p);
  }

  boolean has(int p, int flag) {
    return (flags[p] & flag) != 0;
  }

  void set(int p, int flag, boolean on) {
    flags[p] = (byte) (on ? flags[p] | flag : flags[p] & ~flag);
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
    return caseType[p];
  }

  void setCaseType(int p, int type) {
    caseType[p] = (byte) type;
  }

  /** Index of the jurisdiction whose jail holds (or last held) the person. */
  public int jail(int p) {
    return jail[p];
  }

  void setJail(int p, int jurisdiction) {
    jail[p] = (byte) jurisdiction;
  }

  public int convictions(int p) {
    return convictions[p];
  }

  void addConviction(int p) {
    if (convictions[p] < Byte.MAX_VALUE) {
      convictions[p]++;
    }
  }

  public int bookings(int p) {
    return bookings[p];
  }

  void addBooking(int p) {
    if (bookings[p] < Short.MAX_VALUE) {
      bookings[p]++;
    }
  }

  /** Home tract, as a global tract index over all jurisdictions. */
  public int tract(int p) {
    return tract[p];
  }

  public float propensity(int p) {
    return propensity[p];
  }

  /** Time of the last release from custody (schedule days), or -infinity if never released. */
  public double releaseDay(int p) {
    return releaseDay[p];
  }

  void setReleaseDay(int p, double day) {
    releaseDay[p] = (float) day;
  }

  /** Version of the person's pending events: any change of custody invalidates older ones. */
  public int version(int p) {
    return version[p];
  }

  int bumpVersion(int p) {
    return ++version[p];
  }

  /** Approximate heap bytes held per person slot (for the resource guard and the benchmark). */
  public static int bytesPerPerson() {
    return 8 + 2 + 4 * 4;
  }
}
