/**
 * Incentive plans and their versions: target incentive, periods, payout frequency with advances,
 * the balanced scorecard (weighted measures with payout curves, caps, gates and a modifier), the
 * plan cap, crediting, windfall, draws and clawback. A version is a draft until approved; an
 * approved version never changes.
 */
package org.kamcomp.domain.plan;
