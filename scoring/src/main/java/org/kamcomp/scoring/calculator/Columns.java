package org.kamcomp.scoring.calculator;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The large lists of a scenario (participants, assignments, actuals) held as columns of numbers and
 * shared strings instead of one object per entry and field: a few dozen bytes an entry. Each is a
 * read-only {@link List} whose elements are made when read ({@link List#get}), equal to what the
 * scenario's JSON binds to, except what the calculator never reads (a participant's name). Safe to
 * read from several threads once filled.
 */
final class Columns {

  private Columns() {}

  /** Strings read once each: equal texts share one instance (ids, codes, dates repeat). */
  static final class Strings {
    private final StringIndex index = new StringIndex(1 << 10);
    private String[] all = new String[1 << 10];

    String intern(String s) {
      if (s == null) {
        return null;
      }
      int n = index.size();
      int known = index.putIfAbsent(s, n);
      if (known >= 0) {
        return all[known];
      }
      if (n == all.length) {
        all = Arrays.copyOf(all, n * 2);
      }
      all[n] = s;
      return s;
    }
  }

  /** Decimals as unscaled longs and scales; nulls and larger ones apart. */
  static final class Decimals {
    private static final byte NULL = Byte.MIN_VALUE;
    private static final byte LARGE = Byte.MIN_VALUE + 1;

    private long[] unscaled = new long[16];
    private byte[] scale = new byte[16];
    private final Map<Integer, BigDecimal> large = new HashMap<>();
    private int size;

    int size() {
      return size;
    }

    void clear() {
      size = 0;
      large.clear();
    }

    private void grow() {
      if (size == unscaled.length) {
        unscaled = Arrays.copyOf(unscaled, size * 2);
        scale = Arrays.copyOf(scale, size * 2);
      }
    }

    void add(long u, int s) {
      if (s <= LARGE || s > Byte.MAX_VALUE) {
        add(BigDecimal.valueOf(u, s));
        return;
      }
      grow();
      unscaled[size] = u;
      scale[size++] = (byte) s;
    }

    void add(BigDecimal x) {
      if (x == null) {
        grow();
        scale[size++] = NULL;
        return;
      }
      int s = x.scale();
      if (x.precision() < 19 && s > LARGE && s <= Byte.MAX_VALUE) {
        grow();
        unscaled[size] = s == 0 ? x.longValue() : x.scaleByPowerOfTen(s).longValue();
        scale[size++] = (byte) s;
        return;
      }
      grow();
      large.put(size, x);
      scale[size++] = LARGE;
    }

    BigDecimal get(int i) {
      byte s = scale[i];
      if (s == NULL) {
        return null;
      }
      if (s == LARGE) {
        return large.get(i);
      }
      return BigDecimal.valueOf(unscaled[i], s);
    }

    void trim() {
      unscaled = Arrays.copyOf(unscaled, size);
      scale = Arrays.copyOf(scale, size);
    }
  }

  /** A list of entries, a null entry where the JSON has null. */
  abstract static class Table<T> extends AbstractList<T> implements RandomAccess {
    private final BitSet nulls = new BitSet();
    int size;

    @Override
    public int size() {
      return size;
    }

    void addNull() {
      nulls.set(size);
      addEmpty();
    }

    /** Adds an entry with every field null (for a null entry). */
    abstract void addEmpty();

    abstract T make(int i);

    @Override
    public T get(int i) {
      if (i < 0 || i >= size) {
        throw new IndexOutOfBoundsException(i);
      }
      return nulls.get(i) ? null : make(i);
    }

    static String[] grow(String[] a, int size) {
      return size < a.length ? a : Arrays.copyOf(a, a.length * 2);
    }
  }

  /** The participants: id and base salary (the name is read, not kept: nothing uses it). */
  static final class Participants extends Table<Scenario.Participant> {
    private String[] id = new String[16];
    private final Decimals baseSalary = new Decimals();

    void add(String id, BigDecimal baseSalary) {
      this.id = grow(this.id, size);
      this.id[size++] = id;
      this.baseSalary.add(baseSalary);
    }

    @Override
    void addEmpty() {
      add(null, null);
    }

    @Override
    Scenario.Participant make(int i) {
      return new Scenario.Participant(id[i], null, baseSalary.get(i));
    }

    void trim() {
      id = Arrays.copyOf(id, size);
      baseSalary.trim();
    }
  }

  /**
   * The assignments, their targets as (measure, number) entries; other targets as read. An
   * assignment's targets are added ({@link #target}) before the assignment itself ({@link #add}).
   */
  static final class Assignments extends Table<Scenario.Assignment> {
    private String[] participant = new String[16];
    private String[] plan = new String[16];
    private String[] from = new String[16];
    private String[] to = new String[16];
    // targets of assignment i: entries targetStart[i] to targetStart[i + 1]; -1: no targets (null)
    private int[] targetStart = new int[17];
    private boolean[] noTargets = new boolean[16];
    private String[] targetKey = new String[16];
    private final Decimals targetValue = new Decimals();
    private final Map<Integer, Object> otherValue = new HashMap<>();
    private int entries;

    void target(String key, BigDecimal number) {
      targetKey = grow(targetKey, entries);
      targetKey[entries++] = key;
      targetValue.add(number);
    }

    void target(String key, long unscaled, int scale) {
      targetKey = grow(targetKey, entries);
      targetKey[entries++] = key;
      targetValue.add(unscaled, scale);
    }

    /** A target that is not a number (a schedule by date, or anything else the JSON holds). */
    void otherTarget(String key, Object value) {
      targetKey = grow(targetKey, entries);
      otherValue.put(entries, value);
      targetKey[entries++] = key;
      targetValue.add(null);
    }

    void add(String participant, String plan, String from, String to, boolean targets) {
      this.participant = grow(this.participant, size);
      this.plan = grow(this.plan, size);
      this.from = grow(this.from, size);
      this.to = grow(this.to, size);
      if (size + 1 >= targetStart.length) {
        targetStart = Arrays.copyOf(targetStart, targetStart.length * 2);
      }
      if (size >= noTargets.length) {
        noTargets = Arrays.copyOf(noTargets, noTargets.length * 2);
      }
      this.participant[size] = participant;
      this.plan[size] = plan;
      this.from[size] = from;
      this.to[size] = to;
      noTargets[size] = !targets;
      targetStart[size + 1] = entries;
      size++;
    }

    @Override
    void addEmpty() {
      add(null, null, null, null, false);
    }

    @Override
    Scenario.Assignment make(int i) {
      Map<String, Object> targets = null;
      if (!noTargets[i]) {
        int lo = targetStart[i];
        int hi = targetStart[i + 1];
        targets = new LinkedHashMap<>(Math.max(4, (hi - lo) * 2));
        for (int e = lo; e < hi; e++) {
          BigDecimal v = targetValue.get(e);
          targets.put(targetKey[e], v != null ? v : otherValue.get(e));
        }
      }
      return new Scenario.Assignment(participant[i], plan[i], from[i], to[i], targets);
    }

    void trim() {
      participant = Arrays.copyOf(participant, size);
      plan = Arrays.copyOf(plan, size);
      from = Arrays.copyOf(from, size);
      to = Arrays.copyOf(to, size);
      targetStart = Arrays.copyOf(targetStart, size + 1);
      noTargets = Arrays.copyOf(noTargets, size);
      targetKey = Arrays.copyOf(targetKey, entries);
      targetValue.trim();
    }
  }

  /** The given actuals. */
  static final class Actuals extends Table<Scenario.Actual> {
    private String[] participant = new String[16];
    private String[] measure = new String[16];
    private String[] date = new String[16];
    private final Decimals value = new Decimals();

    void add(String participant, String measure, String date) {
      this.participant = grow(this.participant, size);
      this.measure = grow(this.measure, size);
      this.date = grow(this.date, size);
      this.participant[size] = participant;
      this.measure[size] = measure;
      this.date[size] = date;
      size++;
    }

    Decimals values() {
      return value;
    }

    @Override
    void addEmpty() {
      value.add(null);
      add(null, null, null);
    }

    @Override
    Scenario.Actual make(int i) {
      return new Scenario.Actual(participant[i], measure[i], value.get(i), date[i]);
    }

    void trim() {
      participant = Arrays.copyOf(participant, size);
      measure = Arrays.copyOf(measure, size);
      date = Arrays.copyOf(date, size);
      value.trim();
    }
  }
}
