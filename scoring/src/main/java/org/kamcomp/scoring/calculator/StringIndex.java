package org.kamcomp.scoring.calculator;

import java.util.Arrays;

/**
 * A compact map from strings to numbers 0 and up (open addressing: two arrays, no entry objects),
 * for indexes over a large scenario: participants by id, interned texts. Not thread-safe while it
 * is being filled; safe to read from several threads afterwards.
 */
final class StringIndex {

  private String[] keys;
  private int[] values;
  private int size;
  private int mask;

  StringIndex(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new String[cap];
    values = new int[cap];
    mask = cap - 1;
  }

  int size() {
    return size;
  }

  private static int spread(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /** The number of {@code key}, or -1 (also for null). */
  int get(String key) {
    if (key == null) {
      return -1;
    }
    int i = spread(key.hashCode()) & mask;
    for (String k; (k = keys[i]) != null; i = (i + 1) & mask) {
      if (k.equals(key)) {
        return values[i];
      }
    }
    return -1;
  }

  /** The stored key equal to {@code key}, or null. */
  String canonical(String key) {
    if (key == null) {
      return null;
    }
    int i = spread(key.hashCode()) & mask;
    for (String k; (k = keys[i]) != null; i = (i + 1) & mask) {
      if (k.equals(key)) {
        return k;
      }
    }
    return null;
  }

  /** Maps {@code key} to {@code value} unless it has a number: then that number, else -1. */
  int putIfAbsent(String key, int value) {
    int i = spread(key.hashCode()) & mask;
    for (String k; (k = keys[i]) != null; i = (i + 1) & mask) {
      if (k.equals(key)) {
        return values[i];
      }
    }
    keys[i] = key;
    values[i] = value;
    if (++size * 2 > keys.length) {
      grow();
    }
    return -1;
  }

  private void grow() {
    String[] oldKeys = keys;
    int[] oldValues = values;
    keys = new String[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      String k = oldKeys[j];
      if (k != null) {
        int i = spread(k.hashCode()) & mask;
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = k;
        values[i] = oldValues[j];
      }
    }
  }

  /** The keys by their numbers (for an index whose numbers are 0 to size - 1). */
  String[] keysByValue() {
    String[] out = new String[size];
    for (int j = 0; j < keys.length; j++) {
      if (keys[j] != null) {
        out[values[j]] = keys[j];
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return Arrays.toString(keysByValue());
  }
}
