package org.kamcomp.api.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.kamcomp.domain.plan.CreditingRule;
import org.kamcomp.domain.plan.CurvePoint;
import org.kamcomp.domain.plan.CurveType;
import org.kamcomp.domain.plan.Direction;
import org.kamcomp.domain.plan.Draw;
import org.kamcomp.domain.plan.GateDefinition;
import org.kamcomp.domain.plan.MeasureData;
import org.kamcomp.domain.plan.MeasureDefinition;
import org.kamcomp.domain.plan.MeasureSource;
import org.kamcomp.domain.plan.ModifierDefinition;
import org.kamcomp.domain.plan.PayoutCurve;
import org.kamcomp.domain.plan.PeriodType;
import org.kamcomp.domain.plan.Perspective;
import org.kamcomp.domain.plan.PlanTerms;
import org.kamcomp.domain.plan.PlanVersionSnapshot;
import org.kamcomp.domain.plan.PlanVersionStatus;
import org.kamcomp.domain.plan.ScorecardDefinition;
import org.kamcomp.domain.plan.TargetIncentive;
import org.kamcomp.domain.problem.InvalidInputException;

/** The JSON shapes of plan design: one record per element, each mapping to and from the model. */
public final class PlanDtos {

  private PlanDtos() {}

  /** A curve point: attainment (1.00 = target) and payout (1.00 = the weight's share of TI). */
  public record Point(BigDecimal attainment, BigDecimal payout) {
    static Point from(CurvePoint p) {
      return new Point(p.getAttainment(), p.getPayout());
    }

    CurvePoint toModel() {
      if (attainment == null || payout == null) {
        throw new InvalidInputException("points", "Each point needs an attainment and a payout");
      }
      return new CurvePoint(attainment, payout);
    }
  }

  private static List<CurvePoint> toPoints(List<Point> points) {
    return points == null ? List.of() : points.stream().map(Point::toModel).toList();
  }

  private static List<Point> toDtos(List<CurvePoint> points) {
    return points.stream().map(Point::from).toList();
  }

  public record Curve(CurveType type, List<Point> points, BigDecimal cap) {
    static Curve from(PayoutCurve c) {
      return new Curve(c.type(), toDtos(c.points()), c.cap());
    }

    PayoutCurve toModel() {
      return new PayoutCurve(type == null ? CurveType.LINEAR : type, toPoints(points), cap);
    }
  }

  public record Measure(
      String code,
      String name,
      Perspective perspective,
      MeasureSource source,
      Direction direction,
      MeasureData data,
      BigDecimal weightPercent,
      Curve curve) {
    static Measure from(MeasureDefinition m) {
      return new Measure(
          m.code(),
          m.name(),
          m.perspective(),
          m.source(),
          m.direction(),
          m.data(),
          m.weightPercent(),
          Curve.from(m.curve()));
    }

    MeasureDefinition toModel() {
      return new MeasureDefinition(
          code,
          name,
          perspective,
          source,
          direction,
          data == null && source == MeasureSource.QUALITATIVE ? MeasureData.RATING : data,
          weightPercent,
          curve == null ? null : curve.toModel());
    }
  }

  public record Gate(String measureCode, BigDecimal minimumAttainment, Set<String> governs) {
    static Gate from(GateDefinition g) {
      return new Gate(g.measureCode(), g.minimumAttainment(), g.governedMeasureCodes());
    }

    GateDefinition toModel() {
      return new GateDefinition(measureCode, minimumAttainment, governs);
    }
  }

  public record Modifier(String measureCode, List<Point> points) {
    static Modifier from(ModifierDefinition m) {
      return m == null ? null : new Modifier(m.measureCode(), toDtos(m.points()));
    }

    ModifierDefinition toModel() {
      return new ModifierDefinition(measureCode, toPoints(points));
    }
  }

  public record Scorecard(List<Measure> measures, List<Gate> gates, Modifier modifier) {
    static Scorecard from(ScorecardDefinition s) {
      return new Scorecard(
          s.measures().stream().map(Measure::from).toList(),
          s.gates().stream().map(Gate::from).toList(),
          Modifier.from(s.modifier()));
    }

    ScorecardDefinition toModel() {
      return new ScorecardDefinition(
          measures == null ? List.of() : measures.stream().map(Measure::toModel).toList(),
          gates == null ? List.of() : gates.stream().map(Gate::toModel).toList(),
          modifier == null ? null : modifier.toModel());
    }
  }

  /** The plan version's terms; the target incentive is an amount or a percentage of base. */
  public record Terms(
      @NotNull(message = "is required") LocalDate effectiveFrom,
      @NotNull(message = "is required") TargetIncentive.Kind targetIncentiveKind,
      @NotNull(message = "is required") BigDecimal targetIncentive,
      @NotNull(message = "is required") PeriodType performancePeriod,
      @NotNull(message = "is required") PeriodType payoutFrequency,
      BigDecimal advanceRatePercent,
      Boolean trueUpForgiven,
      BigDecimal planCapMultiple,
      @NotNull(message = "is required") CreditingRule creditingRule,
      Boolean overlayAllowed,
      BigDecimal windfallThresholdPercent,
      Draw.Kind drawKind,
      BigDecimal drawAmountPerPeriod,
      boolean drawCarriesOver,
      int clawbackWindowMonths) {

    static Terms from(PlanTerms t) {
      return new Terms(
          t.effectiveFrom(),
          t.targetIncentive().getKind(),
          t.targetIncentive().getValue(),
          t.performancePeriod(),
          t.payoutFrequency(),
          t.advanceRatePercent(),
          t.trueUpForgiven(),
          t.planCapMultiple(),
          t.creditingRule(),
          t.overlayAllowed(),
          t.windfallThresholdPercent(),
          t.draw() == null ? null : t.draw().kind(),
          t.draw() == null ? null : t.draw().amountPerPeriod(),
          t.draw() != null && t.draw().carriesOver(),
          t.clawbackWindowMonths());
    }

    PlanTerms toModel() {
      return new PlanTerms(
          effectiveFrom,
          new TargetIncentive(targetIncentiveKind, targetIncentive),
          performancePeriod,
          payoutFrequency,
          advanceRatePercent,
          Boolean.TRUE.equals(trueUpForgiven),
          planCapMultiple,
          creditingRule,
          Boolean.TRUE.equals(overlayAllowed),
          windfallThresholdPercent,
          drawKind == null && drawAmountPerPeriod == null
              ? null
              : new Draw(drawKind, drawAmountPerPeriod, drawCarriesOver),
          clawbackWindowMonths);
    }
  }

  /** A new plan with its first draft version. */
  public record NewPlan(
      @NotBlank(message = "is required") String code,
      @NotBlank(message = "is required") String name,
      @NotBlank(message = "is required") String roleProfileCode,
      @NotBlank(message = "is required") String currency,
      @NotNull(message = "is required") @Valid Terms terms,
      @NotNull(message = "is required") Scorecard scorecard) {}

  /** A revision of a draft, made on the version the editor read. */
  public record Revision(
      @NotNull(message = "is required: the version you read") Long version,
      @NotNull(message = "is required") @Valid Terms terms,
      @NotNull(message = "is required") Scorecard scorecard) {}

  /** An approval of a draft, as read at a version. */
  public record Approval(@NotNull(message = "is required: the version you read") Long version) {}

  /** A plan version as the API shows it; pay mix at target is derived when TI is a percentage. */
  public record Version(
      String planCode,
      String planName,
      String roleProfileCode,
      String currency,
      int number,
      PlanVersionStatus status,
      long version,
      Terms terms,
      Scorecard scorecard,
      String approvedBy,
      Instant approvedAt) {
    public static Version from(PlanVersionSnapshot s) {
      return new Version(
          s.planCode(),
          s.planName(),
          s.roleProfileCode(),
          s.currency(),
          s.number(),
          s.status(),
          s.version(),
          Terms.from(s.terms()),
          Scorecard.from(s.scorecard()),
          s.approvedBy(),
          s.approvedAt());
    }
  }
}
