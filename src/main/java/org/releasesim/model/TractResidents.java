package org.releasesim.model;

import java.util.Arrays;

/**
 * The persons whose home is one tract, in the order they came, each with a one-byte copy of
 * what a victim pick asks: the person's group if in the community, else -1. A pick reads one byte
 * at a random slot instead of a person's id and then that person's record: two cache misses
 * fewer for every victimisation in a county too large for the cache.
 */
public final class TractResidents implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private int[] persons = new int[8];
  private byte[] groups = new byte[8];
  private int size;

  /** Adds a person and returns the person's slot. */
  int add(int person, int groupIfInCommunity) {
    if (size == persons.length) {
      persons = Arrays.copyOf(persons, size * 2);
      groups = Arrays.copyOf(groups, size * 2);
    }
    persons[size] = person;
    groups[size] = (byte) groupIfInCommunity;
    return size++;
  }

  /** Persons ever resident here (removed ones included). */
  public int size() {
    return size;
  }

  /** The person in a slot. */
  public int person(int slot) {
    return persons[slot];
  }

  /** The group of the person in a slot if in the community, else -1. */
  int groupIfInCommunity(int slot) {
    return groups[slot];
  }

  void setGroupIfInCommunity(int slot, int group) {
    groups[slot] = (byte) group;
  }
}
