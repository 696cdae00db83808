package org.kamcomp.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational number: a numerator and a positive denominator in lowest terms. Quotients
 * (attainment, interpolation, proration, months / 12) are kept exactly and divided once, at the
 * rounding of a payout event, so a half cent reached through a repeating quotient such as 31/30
 * rounds the way the rules say. Comparisons are exact (cross-multiplied).
 *
 * <p>Held in two {@code long}s while they suffice, which is nearly always, and in {@link
 * BigInteger}s when a product would overflow: the result is the same either way, only faster.
 */
public final class Rational implements Comparable<Rational> {

  public static final Rational ZERO = new Rational(0, 1);
  public static final Rational ONE = new Rational(1, 1);
  public static final Rational TWO = new Rational(2, 1);
  public static final Rational HUNDRED = new Rational(100, 1);

  private static final long[] POW10 = new long[19];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  // Either the longs hold the value (big == null), or bigNum/bigDen do.
  private final long num;
  private final long den;
  private final BigInteger bigNum;
  private final BigInteger bigDen;

  private Rational(long num, long den) {
    this.num = num;
    this.den = den;
    this.bigNum = null;
    this.bigDen = null;
  }

  private Rational(BigInteger num, BigInteger den) {
    this.num = 0;
    this.den = 0;
    this.bigNum = num;
    this.bigDen = den;
  }

  /** num / den, reduced; den must not be 0. */
  public static Rational of(BigInteger num, BigInteger den) {
    Objects.requireNonNull(num, "num is required");
    Objects.requireNonNull(den, "den is required");
    if (den.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    if (den.signum() < 0) {
      num = num.negate();
      den = den.negate();
    }
    if (num.signum() == 0) {
      return ZERO;
    }
    BigInteger gcd = num.gcd(den);
    if (!gcd.equals(BigInteger.ONE)) {
      num = num.divide(gcd);
      den = den.divide(gcd);
    }
    if (num.bitLength() < 63 && den.bitLength() < 63) {
      return new Rational(num.longValue(), den.longValue());
    }
    return new Rational(num, den);
  }

  public static Rational of(long num, long den) {
    if (den == 0) {
      throw new ArithmeticException("division by zero");
    }
    if (num == Long.MIN_VALUE || den == Long.MIN_VALUE) {
      return of(BigInteger.valueOf(num), BigInteger.valueOf(den));
    }
    if (den < 0) {
      num = -num;
      den = -den;
    }
    if (num == 0) {
      return ZERO;
    }
    long gcd = gcd(Math.abs(num), den);
    return new Rational(num / gcd, den / gcd);
  }

  public static Rational of(long value) {
    return new Rational(value, 1);
  }

  /** The exact value of a decimal: 1.10 is 11/10. */
  public static Rational of(BigDecimal value) {
    Objects.requireNonNull(value, "value is required");
    int scale = value.scale();
    if (scale >= 0 && scale < POW10.length && value.precision() < 19) {
      // a compact decimal: its unscaled value without a BigInteger
      long unscaled = scale == 0 ? value.longValue() : value.scaleByPowerOfTen(scale).longValue();
      if (unscaled == 0) {
        return ZERO;
      }
      while (scale > 0 && unscaled % 10 == 0) {
        unscaled /= 10;
        scale--;
      }
      if (scale == 0) {
        return new Rational(unscaled, 1);
      }
      long den = POW10[scale];
      long gcd = gcd(Math.abs(unscaled), den);
      return new Rational(unscaled / gcd, den / gcd);
    }
    BigInteger unscaled = value.unscaledValue();
    if (scale >= 0 && scale < POW10.length && unscaled.bitLength() < 63) {
      return of(unscaled.longValue(), POW10[scale]);
    }
    if (scale <= 0) {
      return of(unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
    }
    return of(unscaled, BigInteger.TEN.pow(scale));
  }

  /** A decimal and its quotient, remembered. */
  private static final class Constant {
    final BigDecimal decimal;
    final Rational value;

    Constant(BigDecimal decimal, Rational value) {
      this.decimal = decimal;
      this.value = value;
    }
  }

  // Decimals read again and again (a plan's curve points, caps, weights, gates), by identity: a
  // few slots, each the last decimal seen there; a miss is only a conversion.
  private static final Constant[] CONSTANTS = new Constant[1024];

  /**
   * {@link #of(BigDecimal)} for a decimal that is read many times, such as a plan's: the same
   * value, remembered by the decimal's identity (so that a plan is not converted again for every
   * participant).
   */
  static Rational constant(BigDecimal value) {
    int slot = System.identityHashCode(value) & (CONSTANTS.length - 1);
    Constant c = CONSTANTS[slot];
    if (c != null && c.decimal == value) {
      return c.value;
    }
    return remember(value, slot);
  }

  private static Rational remember(BigDecimal value, int slot) {
    Rational r = of(value);
    CONSTANTS[slot] = new Constant(value, r);
    return r;
  }

  private boolean small() {
    return bigNum == null;
  }

  private BigInteger bigNum() {
    return small() ? BigInteger.valueOf(num) : bigNum;
  }

  private BigInteger bigDen() {
    return small() ? BigInteger.valueOf(den) : bigDen;
  }

  public Rational add(Rational o) {
    if (small() && o.small()) {
      Rational sum = addSmall(o);
      if (sum != null) {
        return sum;
      }
    }
    return addBig(o);
  }

  // Overflow is tested, not caught: an overflowing Math.*Exact in compiled code leaves it for the
  // interpreter each time, and large sums overflow often (the raw total of six measures).

  /** Whether {@code a x b} overflows a long. */
  private static boolean productOverflows(long a, long b) {
    return Math.multiplyHigh(a, b) != ((a * b) >> 63);
  }

  /** Whether {@code a + b}, which is {@code sum}, overflowed. */
  private static boolean sumOverflowed(long a, long b, long sum) {
    return ((a ^ sum) & (b ^ sum)) < 0;
  }

  /** The sum in longs, or null when it does not fit. */
  private Rational addSmall(Rational o) {
    if (o.num == 0) {
      return this;
    }
    if (num == 0) {
      return o;
    }
    if (den == o.den) {
      long n = num + o.num;
      return sumOverflowed(num, o.num, n) ? null : of(n, den);
    }
    // Knuth's: with g = gcd(den, o.den), only a gcd with g remains to reduce the sum
    long g = gcd(den, o.den);
    long left = o.den / g;
    long right = den / g;
    if (productOverflows(num, left) || productOverflows(o.num, right)) {
      return null;
    }
    long a = num * left;
    long b = o.num * right;
    long t = a + b;
    if (sumOverflowed(a, b, t)) {
      return null;
    }
    if (g == 1) {
      // both in lowest terms and the denominators coprime: the sum is in lowest terms
      if (productOverflows(den, o.den)) {
        return null;
      }
      return t == 0 || t == Long.MIN_VALUE ? of(t, den * o.den) : new Rational(t, den * o.den);
    }
    if (t == 0) {
      return ZERO;
    }
    if (t == Long.MIN_VALUE) {
      return null;
    }
    long g2 = gcd(Math.abs(t), g);
    long d = o.den / g2;
    if (productOverflows(right, d)) {
      return null;
    }
    return new Rational(t / g2, right * d);
  }

  // The BigInteger paths apart, so that the long paths compile small.
  private Rational addBig(Rational o) {
    return of(
        bigNum().multiply(o.bigDen()).add(o.bigNum().multiply(bigDen())),
        bigDen().multiply(o.bigDen()));
  }

  private Rational multiplyBig(Rational o) {
    return of(bigNum().multiply(o.bigNum()), bigDen().multiply(o.bigDen()));
  }

  private int compareBig(Rational o) {
    return bigNum().multiply(o.bigDen()).compareTo(o.bigNum().multiply(bigDen()));
  }

  public Rational subtract(Rational o) {
    return add(o.negate());
  }

  public Rational multiply(Rational o) {
    if (small() && o.small()) {
      // Cross-reduce first: keeps the longs small and the product exact.
      if (num == 0 || o.num == 0) {
        return ZERO;
      }
      long g1 = gcd(Math.abs(num), o.den);
      long g2 = gcd(Math.abs(o.num), den);
      long a = num / g1;
      long b = o.num / g2;
      long c = den / g2;
      long d = o.den / g1;
      if (!productOverflows(a, b) && !productOverflows(c, d)) {
        // both in lowest terms and cross-reduced: the product is in lowest terms
        long n = a * b;
        return n == Long.MIN_VALUE ? of(n, c * d) : new Rational(n, c * d);
      }
    }
    return multiplyBig(o);
  }

  public Rational divide(Rational o) {
    if (o.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    return multiply(o.reciprocal());
  }

  private Rational reciprocal() {
    if (small()) {
      return num < 0 ? new Rational(-den, -num) : new Rational(den, num);
    }
    return of(bigDen, bigNum);
  }

  public Rational negate() {
    if (signum() == 0) {
      return this;
    }
    return small() && num != Long.MIN_VALUE
        ? new Rational(-num, den)
        : of(bigNum().negate(), bigDen());
  }

  public int signum() {
    return small() ? Long.signum(num) : bigNum.signum();
  }

  public Rational min(Rational o) {
    return compareTo(o) <= 0 ? this : o;
  }

  public Rational max(Rational o) {
    return compareTo(o) >= 0 ? this : o;
  }

  /** Exact comparison, by cross-multiplying. */
  @Override
  public int compareTo(Rational o) {
    if (small() && o.small()) {
      if (den == o.den) {
        return Long.compare(num, o.num);
      }
      // num x o.den against o.num x den, in 128 bits
      long hi1 = Math.multiplyHigh(num, o.den);
      long hi2 = Math.multiplyHigh(o.num, den);
      if (hi1 != hi2) {
        return hi1 < hi2 ? -1 : 1;
      }
      return Long.compareUnsigned(num * o.den, o.num * den);
    }
    return compareBig(o);
  }

  /**
   * The value rounded once to {@code scale} decimals with {@code mode}: the only place a quotient
   * becomes a decimal.
   */
  public BigDecimal round(int scale, RoundingMode mode) {
    if (mode == RoundingMode.HALF_UP) {
      long q = halfUp(scale);
      if (q != NO_FAST_PATH) {
        return BigDecimal.valueOf(q, scale);
      }
    }
    if (mode == RoundingMode.HALF_UP && scale >= 0) {
      return roundBig(scale);
    }
    return new BigDecimal(bigNum()).divide(new BigDecimal(bigDen()), scale, mode);
  }

  /** Half up in BigIntegers: the quotient of num x 10^scale by den, away from 0 at a half. */
  private BigDecimal roundBig(int scale) {
    BigInteger n = bigNum();
    BigInteger d = bigDen();
    BigInteger[] qr = n.abs().multiply(BigInteger.TEN.pow(scale)).divideAndRemainder(d);
    BigInteger q = qr[0];
    if (qr[1].shiftLeft(1).compareTo(d) >= 0) {
      q = q.add(BigInteger.ONE);
    }
    return new BigDecimal(n.signum() < 0 ? q.negate() : q, scale);
  }

  /** What {@link #halfUp} gives when the value does not fit its fast path. */
  static final long NO_FAST_PATH = Long.MIN_VALUE;

  /**
   * The unscaled value of {@code round(scale, HALF_UP)} when it is worked out in longs, else {@link
   * #NO_FAST_PATH}.
   */
  long halfUp(int scale) {
    if (small() && scale >= 0 && scale < POW10.length) {
      long p = POW10[scale];
      long hi = Math.multiplyHigh(num, p);
      long scaled = num * p;
      if ((hi == 0 && scaled >= 0) || (hi == -1 && scaled < 0)) {
        long q = scaled / den;
        long r = Math.abs(scaled % den);
        // half up: away from zero when the remainder is at least half the denominator
        if (r >= den - r) {
          q += Long.signum(scaled);
        }
        return q;
      }
    }
    return NO_FAST_PATH;
  }

  /**
   * Appends {@code round(scale, HALF_UP).toPlainString()}, or with {@code strip} the same without
   * the zeros after the decimal point ({@code stripTrailingZeros().toPlainString()}), without
   * making a decimal on the way.
   */
  void appendRounded(StringBuilder b, int scale, boolean strip) {
    long q = halfUp(scale);
    if (q == NO_FAST_PATH || q == Long.MIN_VALUE) {
      BigDecimal d = round(scale, RoundingMode.HALF_UP);
      b.append((strip ? d.stripTrailingZeros() : d).toPlainString());
      return;
    }
    if (strip) {
      while (scale > 0 && q % 10 == 0) {
        q /= 10;
        scale--;
      }
    }
    appendPlain(b, q, scale);
  }

  /** Appends {@code x.toPlainString()}, or with {@code strip} of {@code x.stripTrailingZeros()}. */
  static void appendDecimal(StringBuilder b, BigDecimal x, boolean strip) {
    int scale = x.scale();
    if (scale >= 0 && scale < POW10.length && x.precision() < 19) {
      long u = scale == 0 ? x.longValue() : x.scaleByPowerOfTen(scale).longValue();
      if (strip) {
        while (scale > 0 && u % 10 == 0) {
          u /= 10;
          scale--;
        }
      }
      appendPlain(b, u, scale);
    } else {
      b.append((strip ? x.stripTrailingZeros() : x).toPlainString());
    }
  }

  /** {@code BigDecimal.valueOf(unscaled, scale).toPlainString()} for a scale from 0 to 18. */
  static void appendPlain(StringBuilder b, long unscaled, int scale) {
    if (unscaled < 0) {
      b.append('-');
      unscaled = -unscaled;
    }
    if (scale == 0) {
      b.append(unscaled);
      return;
    }
    long unit = POW10[scale];
    b.append(unscaled / unit).append('.');
    long fraction = unscaled % unit;
    for (int d = scale - 1; d > 0 && fraction < POW10[d]; d--) {
      b.append('0');
    }
    b.append(fraction);
  }

  public BigInteger numerator() {
    return bigNum();
  }

  public BigInteger denominator() {
    return bigDen();
  }

  /** The greatest common divisor of two numbers not negative (binary: shifts, no division). */
  private static long gcd(long a, long b) {
    if (a == 0 || b == 0) {
      long c = a | b;
      return c == 0 ? 1 : c;
    }
    if (a == 1 || b == 1) {
      return 1;
    }
    // one division brings the larger below the smaller; then in ints when they fit
    if (a < b) {
      long t = a;
      a = b;
      b = t;
    }
    a %= b;
    if (a == 0) {
      return b;
    }
    if (b <= Integer.MAX_VALUE) {
      int x = (int) b;
      int y = (int) a;
      while (y != 0) {
        int t = x % y;
        x = y;
        y = t;
      }
      return x;
    }
    int shift = Long.numberOfTrailingZeros(a | b);
    a >>>= Long.numberOfTrailingZeros(a);
    do {
      b >>>= Long.numberOfTrailingZeros(b);
      if (a > b) {
        long t = b;
        b = a;
        a = t;
      }
      b -= a;
    } while (b != 0);
    return a << shift;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rational r && bigNum().equals(r.bigNum()) && bigDen().equals(r.bigDen());
  }

  @Override
  public int hashCode() {
    return Objects.hash(bigNum(), bigDen());
  }

  @Override
  public String toString() {
    return bigDen().equals(BigInteger.ONE) ? bigNum().toString() : bigNum() + "/" + bigDen();
  }
}
