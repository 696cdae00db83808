package org.kamcomp.domain.plan;

import java.math.BigDecimal;

/**
 * A draw per performance period, prorated like the target incentive: a guarantee pays the larger of
 * earnings and draw; a recoverable draw is paid back from later earnings above it.
 */
public record Draw(Kind kind, BigDecimal amountPerPeriod, boolean carriesOver) {

  /** The kinds of draw. */
  public enum Kind {
    GUARANTEE,
    RECOVERABLE
  }
}
