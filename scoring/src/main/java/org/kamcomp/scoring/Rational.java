package org.kamcomp.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational number: a numerator and a positive denominator in lowest terms. Quotients
 * (attainment, interpolation, proration, months / 12) are kept exactly and divided once, at the
 * rounding of a payout event, so a half cent reached through a repeating quotient such as 31/30
 * rounds the way the rules say. Comparisons are exact.
 */
public final class Rational implements Comparable<Rational> {

  public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
  public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);
  public static final Rational TWO = new Rational(BigInteger.TWO, BigInteger.ONE);
  public static final Rational HUNDRED = new Rational(BigInteger.valueOf(100), BigInteger.ONE);

  private final BigInteger num;
  private final BigInteger den;

  private Rational(BigInteger num, BigInteger den) {
    this.num = num;
    this.den = den;
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
    BigInteger gcd = num.gcd(den);
    if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
      num = num.divide(gcd);
      den = den.divide(gcd);
    }
    return num.signum() == 0 ? ZERO : new Rational(num, den);
  }

  public static Rational of(long num, long den) {
    return of(BigInteger.valueOf(num), BigInteger.valueOf(den));
  }

  public static Rational of(long value) {
    return new Rational(BigInteger.valueOf(value), BigInteger.ONE);
  }

  /** The exact value of a decimal: 1.10 is 11/10. */
  public static Rational of(BigDecimal value) {
    Objects.requireNonNull(value, "value is required");
    if (value.scale() <= 0) {
      return new Rational(value.toBigIntegerExact(), BigInteger.ONE);
    }
    return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  public Rational add(Rational o) {
    if (den.equals(o.den)) {
      return of(num.add(o.num), den);
    }
    return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
  }

  public Rational subtract(Rational o) {
    return add(o.negate());
  }

  public Rational multiply(Rational o) {
    return of(num.multiply(o.num), den.multiply(o.den));
  }

  public Rational divide(Rational o) {
    if (o.num.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    return of(num.multiply(o.den), den.multiply(o.num));
  }

  public Rational negate() {
    return num.signum() == 0 ? this : new Rational(num.negate(), den);
  }

  public int signum() {
    return num.signum();
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
    if (den.equals(o.den)) {
      return num.compareTo(o.num);
    }
    return num.multiply(o.den).compareTo(o.num.multiply(den));
  }

  /**
   * The value rounded once to {@code scale} decimals with {@code mode}: the only place a quotient
   * becomes a decimal.
   */
  public BigDecimal round(int scale, RoundingMode mode) {
    return new BigDecimal(num).divide(new BigDecimal(den), scale, mode);
  }

  public BigInteger numerator() {
    return num;
  }

  public BigInteger denominator() {
    return den;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rational r && num.equals(r.num) && den.equals(r.den);
  }

  @Override
  public int hashCode() {
    return Objects.hash(num, den);
  }

  @Override
  public String toString() {
    return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den;
  }
}
