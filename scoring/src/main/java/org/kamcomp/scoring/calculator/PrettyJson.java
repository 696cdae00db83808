package org.kamcomp.scoring.calculator;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes JSON into {@link Bytes} exactly as Jackson's generator with the calculator's pretty
 * printer did ({@code DefaultPrettyPrinter} with a two-space, line-feed indenter for objects and
 * arrays, {@code WRITE_BIGDECIMAL_AS_PLAIN}): {@code "name" : value}, an entry per line indented by
 * two spaces a level, {@code [ ]} and {@code { }} when empty. The same calls give the same bytes,
 * without a generator, a writer and a string per value in between.
 */
final class PrettyJson {

  private static final int MAX_DEPTH = 64;
  private static final byte[][] INDENT = new byte[MAX_DEPTH + 1][];
  private static final byte[] SEPARATOR = " : ".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);

  static {
    for (int level = 0; level <= MAX_DEPTH; level++) {
      byte[] b = new byte[1 + 2 * level];
      Arrays.fill(b, (byte) ' ');
      b[0] = '\n';
      INDENT[level] = b;
    }
  }

  private final Bytes out;
  // per open container: how many entries it has so far
  private final int[] entries = new int[MAX_DEPTH];
  private int depth;

  PrettyJson(Bytes out) {
    this.out = out;
  }

  /**
   * Continues inside containers already open around the bytes written here (for a chunk of
   * statements inside the document's {@code "statements"} array): {@code depth} levels, each with
   * entries before.
   */
  PrettyJson within(int levels) {
    depth = levels;
    Arrays.fill(entries, 0, levels, 1);
    return this;
  }

  private void beforeValue() {
    if (depth > 0) {
      if (entries[depth - 1]++ > 0) {
        out.raw(',');
      }
      out.raw(INDENT[depth]);
    }
  }

  /** A field's name in the object open now, and the separator before its value. */
  PrettyJson name(Field name) {
    int d = depth;
    out.raw(entries[d - 1]++ > 0 ? name.next[d] : name.first[d]);
    return this;
  }

  /**
   * A field's name as written at each depth: the line break, the indentation, the quoted name and
   * the separator; after a comma when it is not the object's first.
   */
  static final class Field {
    private final byte[][] first = new byte[MAX_DEPTH + 1][];
    private final byte[][] next = new byte[MAX_DEPTH + 1][];

    private Field(String name) {
      byte[] quoted = ("\"" + name + "\"").getBytes(StandardCharsets.US_ASCII);
      for (int d = 1; d <= MAX_DEPTH; d++) {
        byte[] b = new byte[INDENT[d].length + quoted.length + SEPARATOR.length];
        System.arraycopy(INDENT[d], 0, b, 0, INDENT[d].length);
        System.arraycopy(quoted, 0, b, INDENT[d].length, quoted.length);
        System.arraycopy(SEPARATOR, 0, b, INDENT[d].length + quoted.length, SEPARATOR.length);
        first[d] = b;
        next[d] = new byte[b.length + 1];
        next[d][0] = ',';
        System.arraycopy(b, 0, next[d], 1, b.length);
      }
    }
  }

  /** A field name, as a constant to pass to {@link #name}. */
  static Field field(String name) {
    return new Field(name);
  }

  PrettyJson startObject() {
    out.raw('{');
    entries[depth++] = 0;
    return this;
  }

  PrettyJson startArray() {
    out.raw('[');
    entries[depth++] = 0;
    return this;
  }

  PrettyJson endObject() {
    end('}');
    return this;
  }

  PrettyJson endArray() {
    end(']');
    return this;
  }

  private void end(char c) {
    int n = entries[--depth];
    if (n > 0) {
      out.raw(INDENT[depth]);
    } else {
      out.raw(' ');
    }
    out.raw(c);
  }

  /** An element of the array open now: an object. */
  PrettyJson elementObject() {
    beforeValue();
    return startObject();
  }

  /** An element of the array open now: a string. */
  PrettyJson element(CharSequence s) {
    beforeValue();
    out.jsonString(s);
    return this;
  }

  PrettyJson objectField(Field name) {
    name(name);
    return startObject();
  }

  PrettyJson arrayField(Field name) {
    name(name);
    return startArray();
  }

  PrettyJson string(Field name, String value) {
    name(name);
    if (value == null) {
      out.raw(NULL);
    } else {
      out.jsonString(value);
    }
    return this;
  }

  /** A string known to need no escaping (an enum's name). */
  PrettyJson ascii(Field name, String value) {
    name(name);
    out.raw('"').ascii(value).raw('"');
    return this;
  }

  PrettyJson date(Field name, java.time.LocalDate value) {
    name(name);
    out.raw('"').date(value).raw('"');
    return this;
  }

  PrettyJson number(Field name, BigDecimal value) {
    name(name);
    if (value == null) {
      out.raw(NULL);
    } else {
      out.plain(value);
    }
    return this;
  }

  /** {@code new BigDecimal(x.stripTrailingZeros().toPlainString())} as a number, or null. */
  PrettyJson stripped(Field name, BigDecimal value) {
    name(name);
    if (value == null) {
      out.raw(NULL);
    } else {
      out.stripped(value);
    }
    return this;
  }

  PrettyJson number(Field name, long value) {
    name(name);
    out.integer(value);
    return this;
  }
}
