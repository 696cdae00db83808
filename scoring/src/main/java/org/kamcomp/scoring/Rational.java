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
    BigInteger unscaled = value.unscaledValue();
    if (scale >= 0 && scale < POW10.length && unscaled.bitLength() < 63) {
      return of(unscaled.longValue(), POW10[scale]);
    }
    if (scale <= 0) {
      return of(unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
    }
    return of(unscaled, BigInteger.TEN.pow(scale));
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
      try {
        if (den == o.den) {
          return of(Math.addExact(num, o.num), den);
        }
        return of(
            Math.addExact(Math.multiplyExact(num, o.den), Math.multiplyExact(o.num, den)),
            Math.multiplyExact(den, o.den));
      } catch (ArithmeticException overflow) {
        // fall through to BigInteger
      }
    }
    return of(
        bigNum().multiply(o.bigDen()).add(o.bigNum().multiply(bigDen())),
        bigDen().multiply(o.bigDen()));
  }

  public Rational subtract(Rational o) {
    return add(o.negate());
  }

  public Rational multiply(Rational o) {
    if (small() && o.small()) {
      // Cross-reduce first: keeps the longs small and the product exact.
      long g1 = gcd(Math.abs(num), o.den);
      long g2 = gcd(Math.abs(o.num), den);
      try {
        return of(
            Math.multiplyExact(num / g1, o.num / g2), Math.multiplyExact(den / g2, o.den / g1));
      } catch (ArithmeticException overflow) {
        // fall through to BigInteger
      }
    }
    return of(bigNum().multiply(o.bigNum()), bigDen().multiply(o.bigDen()));
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
      try {
        return Long.compare(Math.multiplyExact(num, o.den), Math.multiplyExact(o.num, den));
      } catch (ArithmeticException overflow) {
        // fall through to BigInteger
      }
    }
    return bigNum().multiply(o.bigDen()).compareTo(o.bigNum().multiply(bigDen()));
  }

  /**
   * The value rounded once to {@code scale} decimals with {@code mode}: the only place a quotient
   * becomes a decimal.
   */
  public BigDecimal round(int scale, RoundingMode mode) {
    if (small() && mode == RoundingMode.HALF_UP && scale >= 0 && scale < POW10.length) {
      try {
        long scaled = Math.multiplyExact(num, POW10[scale]);
        long q = scaled / den;
        long r = Math.abs(scaled % den);
        // half up: away from zero when the remainder is at least half the denominator
        if (r >= den - r) {
          q += Long.signum(scaled);
        }
        return BigDecimal.valueOf(q, scale);
      } catch (ArithmeticException overflow) {
        // fall through to BigDecimal
      }
    }
    return new BigDecimal(bigNum()).divide(new BigDecimal(bigDen()), scale, mode);
  }

  public BigInteger numerator() {
    return bigNum();
  }

  public BigInteger denominator() {
    return bigDen();
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a == 0 ? 1 : a;
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
