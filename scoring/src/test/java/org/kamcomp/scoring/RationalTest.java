package org.kamcomp.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Exact arithmetic: the fast path in longs agrees with BigInteger arithmetic everywhere. */
class RationalTest {

  @Test
  void decimalsAreExactAndReduced() {
    assertEquals("11/10", Rational.of(new BigDecimal("1.10")).toString());
    assertEquals("1200", Rational.of(new BigDecimal("1.2E+3")).toString());
    assertEquals("-1/3", Rational.of(2, -6).toString());
  }

  @Test
  void roundingIsHalfUpAwayFromZeroOnTheExactValue() {
    assertEquals(new BigDecimal("0.16"), Rational.of(155, 1000).round(2, RoundingMode.HALF_UP));
    assertEquals(new BigDecimal("-0.16"), Rational.of(-155, 1000).round(2, RoundingMode.HALF_UP));
    assertEquals(
        new BigDecimal("0.15"), Rational.of(1549999, 10000000).round(2, RoundingMode.HALF_UP));
    assertEquals(new BigDecimal("1.03"), Rational.of(31, 30).round(2, RoundingMode.HALF_UP));
  }

  @Test
  void overflowingProductsMoveToBigIntegersWithoutLosingAnything() {
    Rational big = Rational.of(Long.MAX_VALUE - 1, 3);
    Rational square = big.multiply(big);
    assertEquals(
        BigInteger.valueOf(Long.MAX_VALUE - 1).pow(2).divide(BigInteger.ONE),
        square.multiply(Rational.of(9)).numerator());
    assertEquals(0, square.divide(big).compareTo(big));
  }

  @Test
  void theFastPathAgreesWithBigIntegerArithmetic() {
    Random random = new Random(1);
    for (int i = 0; i < 20_000; i++) {
      long a = random.nextLong() >> random.nextInt(64);
      long b = (random.nextLong() >> random.nextInt(64)) | 1;
      long c = random.nextLong() >> random.nextInt(64);
      long d = (random.nextLong() >> random.nextInt(64)) | 1;
      Rational x = Rational.of(a, b);
      Rational y = Rational.of(c, d);
      BigFraction bx = new BigFraction(BigInteger.valueOf(a), BigInteger.valueOf(b));
      BigFraction by = new BigFraction(BigInteger.valueOf(c), BigInteger.valueOf(d));
      assertEquals(bx.add(by).toString(), x.add(y).toString());
      assertEquals(bx.multiply(by).toString(), x.multiply(y).toString());
      assertEquals(bx.compareTo(by), Integer.signum(x.compareTo(y)));
      assertEquals(
          new BigDecimal(bx.num).divide(new BigDecimal(bx.den), 4, RoundingMode.HALF_UP),
          x.round(4, RoundingMode.HALF_UP));
    }
  }

  @Test
  void divisionByZeroIsRefused() {
    assertThrows(ArithmeticException.class, () -> Rational.ONE.divide(Rational.ZERO));
    assertThrows(ArithmeticException.class, () -> Rational.of(1, 0));
  }

  /** A plain BigInteger fraction, the reference the fast path is checked against. */
  private record BigFraction(BigInteger num, BigInteger den) {
    BigFraction {
      if (den.signum() < 0) {
        num = num.negate();
        den = den.negate();
      }
      BigInteger g = num.gcd(den);
      if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
        num = num.divide(g);
        den = den.divide(g);
      }
      if (num.signum() == 0) {
        den = BigInteger.ONE;
      }
    }

    BigFraction add(BigFraction o) {
      return new BigFraction(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    BigFraction multiply(BigFraction o) {
      return new BigFraction(num.multiply(o.num), den.multiply(o.den));
    }

    int compareTo(BigFraction o) {
      return Integer.signum(num.multiply(o.den).compareTo(o.num.multiply(den)));
    }

    @Override
    public String toString() {
      return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den;
    }
  }
}
