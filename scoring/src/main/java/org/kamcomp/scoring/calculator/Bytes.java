package org.kamcomp.scoring.calculator;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * A growable buffer of UTF-8 bytes that the calculator's outputs are written into, a chunk of
 * participants at a time: text is encoded as {@link java.io.OutputStreamWriter} in UTF-8 encodes it
 * (a lone surrogate is {@code ?}), numbers are written as {@link BigDecimal#toPlainString} writes
 * them, dates as {@link LocalDate#toString}, without making a string of each.
 */
final class Bytes {

  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
  private static final long[] POW10 = new long[19];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  private byte[] buf;
  private int len;

  Bytes(int capacity) {
    buf = new byte[Math.max(16, capacity)];
  }

  int length() {
    return len;
  }

  void clear() {
    len = 0;
  }

  void writeTo(OutputStream out, int from) throws IOException {
    if (len > from) {
      out.write(buf, from, len - from);
    }
  }

  byte[] toByteArray() {
    return Arrays.copyOf(buf, len);
  }

  @Override
  public String toString() {
    return new String(buf, 0, len, StandardCharsets.UTF_8);
  }

  private void ensure(int more) {
    if (len + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
    }
  }

  Bytes raw(byte[] b) {
    ensure(b.length);
    System.arraycopy(b, 0, buf, len, b.length);
    len += b.length;
    return this;
  }

  /** Appends the bytes written from {@code from} to {@code to} again. */
  Bytes again(int from, int to) {
    int n = to - from;
    ensure(n);
    System.arraycopy(buf, from, buf, len, n);
    len += n;
    return this;
  }

  Bytes raw(char c) {
    ensure(1);
    buf[len++] = (byte) c;
    return this;
  }

  /** A text known to be ASCII, as it is. */
  Bytes ascii(String s) {
    int n = s.length();
    ensure(n);
    for (int i = 0; i < n; i++) {
      buf[len++] = (byte) s.charAt(i);
    }
    return this;
  }

  // characters a JSON string escapes (below 0x80), and what each becomes ('u': a backslash, u00,
  // two hex digits)
  private static final byte[] ESCAPE = new byte[128];

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPE[c] = 'u';
    }
    ESCAPE['"'] = '"';
    ESCAPE['\\'] = '\\';
    ESCAPE['\b'] = 'b';
    ESCAPE['\f'] = 'f';
    ESCAPE['\n'] = 'n';
    ESCAPE['\r'] = 'r';
    ESCAPE['\t'] = 't';
  }

  private char[] chars = new char[256];

  /** The characters of {@code s} in {@link #chars}, the number of them returned. */
  private int chars(CharSequence s) {
    int n = s.length();
    if (chars.length < n) {
      chars = new char[Math.max(n, chars.length * 2)];
    }
    if (s instanceof String t) {
      t.getChars(0, n, chars, 0);
    } else if (s instanceof StringBuilder t) {
      t.getChars(0, n, chars, 0);
    } else {
      for (int i = 0; i < n; i++) {
        chars[i] = s.charAt(i);
      }
    }
    return n;
  }

  /** A text as UTF-8. */
  Bytes text(String s) {
    int n = chars(s);
    ensure(n);
    char[] c = chars;
    byte[] b = buf;
    int at = len;
    for (int i = 0; i < n; i++) {
      char ch = c[i];
      if (ch >= 0x80) {
        len = at;
        return raw(s.substring(i).getBytes(StandardCharsets.UTF_8));
      }
      b[at++] = (byte) ch;
    }
    len = at;
    return this;
  }

  /** A CSV field: quoted (quotes doubled) when it holds a comma, a quote or a line break. */
  Bytes csvText(String x) {
    if (x == null) {
      return this;
    }
    if (x.indexOf(',') < 0 && x.indexOf('"') < 0 && x.indexOf('\n') < 0) {
      return text(x);
    }
    return raw('"').text(x.replace("\"", "\"\"")).raw('"');
  }

  /**
   * A JSON string as Jackson writes it (the standard escapes: {@code \"}, {@code \\}, {@code \b},
   * {@code \f}, {@code \n}, {@code \r}, {@code \t}, other control characters as a backslash, u00
   * and two hex digits; nothing else escaped).
   */
  Bytes jsonString(CharSequence s) {
    int n = chars(s);
    ensure(n + 2);
    char[] c = chars;
    byte[] b = buf;
    int at = len;
    b[at++] = '"';
    for (int i = 0; i < n; i++) {
      char ch = c[i];
      if (ch < 0x80 && ESCAPE[ch] == 0) {
        b[at++] = (byte) ch;
        continue;
      }
      len = at;
      escaped(c, i, n);
      return this;
    }
    b[at++] = '"';
    len = at;
    return this;
  }

  /** The rest of a JSON string from {@code i}, escaped and encoded, and its closing quote. */
  private void escaped(char[] c, int i, int n) {
    StringBuilder rest = new StringBuilder(n - i + 8);
    for (int j = i; j < n; j++) {
      char d = c[j];
      if (d < 0x80 && ESCAPE[d] != 0) {
        escape(rest, d);
      } else {
        rest.append(d);
      }
    }
    raw(rest.toString().getBytes(StandardCharsets.UTF_8));
    raw('"');
  }

  private static void escape(StringBuilder b, char c) {
    switch (c) {
      case '"' -> b.append("\\\"");
      case '\\' -> b.append("\\\\");
      case '\b' -> b.append("\\b");
      case '\f' -> b.append("\\f");
      case '\n' -> b.append("\\n");
      case '\r' -> b.append("\\r");
      case '\t' -> b.append("\\t");
      default -> b.append("\\u00").append((char) HEX[c >> 4]).append((char) HEX[c & 0xF]);
    }
  }

  /** A whole number. */
  Bytes integer(long v) {
    if (v == Long.MIN_VALUE) {
      return ascii(Long.toString(v));
    }
    ensure(20);
    if (v < 0) {
      buf[len++] = '-';
      v = -v;
    }
    digits(v, 0);
    return this;
  }

  private final byte[] scratch = new byte[20];

  /** The digits of {@code v} (not negative), at least {@code min} of them (zeros in front). */
  private void digits(long v, int min) {
    byte[] t = scratch;
    int i = t.length;
    while (v > Integer.MAX_VALUE) {
      long q = v / 10;
      t[--i] = (byte) ('0' + (v - q * 10));
      v = q;
    }
    int w = (int) v;
    do {
      int q = w / 10;
      t[--i] = (byte) ('0' + (w - q * 10));
      w = q;
    } while (w != 0);
    int n = t.length - i;
    int pad = Math.max(0, min - n);
    ensure(n + pad);
    byte[] b = buf;
    int at = len;
    for (int k = 0; k < pad; k++) {
      b[at++] = '0';
    }
    System.arraycopy(t, i, b, at, n);
    len = at + n;
  }

  /** {@code x.toPlainString()}. */
  Bytes plain(BigDecimal x) {
    int scale = x.scale();
    if (scale >= 0 && scale < 19 && x.precision() < 19) {
      return scaled(x.scaleByPowerOfTen(scale).longValue(), scale);
    }
    return ascii(x.toPlainString());
  }

  /** {@code x.stripTrailingZeros().toPlainString()}: without the zeros after the decimal point. */
  Bytes stripped(BigDecimal x) {
    int scale = x.scale();
    if (scale >= 0 && scale < 19 && x.precision() < 19) {
      long u = x.scaleByPowerOfTen(scale).longValue();
      while (scale > 0 && u % 10 == 0) {
        u /= 10;
        scale--;
      }
      return scaled(u, scale);
    }
    return ascii(x.stripTrailingZeros().toPlainString());
  }

  /** {@code unscaled / 10^scale} as a plain decimal with {@code scale} decimals. */
  Bytes scaled(long unscaled, int scale) {
    if (unscaled == Long.MIN_VALUE) {
      return ascii(BigDecimal.valueOf(unscaled, scale).toPlainString());
    }
    ensure(42);
    if (unscaled < 0) {
      buf[len++] = '-';
      unscaled = -unscaled;
    }
    if (scale == 0) {
      digits(unscaled, 0);
      return this;
    }
    long unit = POW10[scale];
    digits(unscaled / unit, 0);
    buf[len++] = '.';
    digits(unscaled % unit, scale);
    return this;
  }

  // the dates written last, as bytes (statements repeat a few dates)
  private final LocalDate[] dates = new LocalDate[4];
  private final byte[][] dateBytes = new byte[4][];
  private int nextDate;

  /** {@code d.toString()}. */
  Bytes date(LocalDate d) {
    for (int k = 0; k < dates.length; k++) {
      if (d.equals(dates[k])) {
        return raw(dateBytes[k]);
      }
    }
    int from = len;
    formatDate(d);
    int k = nextDate;
    nextDate = (k + 1) % dates.length;
    dates[k] = d;
    dateBytes[k] = Arrays.copyOfRange(buf, from, len);
    return this;
  }

  private Bytes formatDate(LocalDate d) {
    int year = d.getYear();
    if (year < 0 || year > 9999) {
      return ascii(d.toString());
    }
    ensure(10);
    digits(year, 4);
    buf[len++] = '-';
    digits(d.getMonthValue(), 2);
    buf[len++] = '-';
    digits(d.getDayOfMonth(), 2);
    return this;
  }
}
