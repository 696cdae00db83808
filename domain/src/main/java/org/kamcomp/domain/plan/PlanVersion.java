package org.kamcomp.domain.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.kamcomp.domain.problem.ConflictException;
import org.kamcomp.domain.problem.FieldError;
import org.kamcomp.domain.problem.InvalidInputException;

/**
 * One version of a plan: its terms and its balanced scorecard. A version is created as a draft and
 * edited as a whole (terms and scorecard are checked together, so a draft is always sound); once
 * approved it never changes, and a change is a new draft made from it. The approval workflow will
 * drive {@link #approve}; until then sales operations approves directly.
 */
@Entity
@Audited
@Table(
    name = "plan_version",
    uniqueConstraints = @UniqueConstraint(columnNames = {"plan_id", "number"}))
public class PlanVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_version_seq")
  @SequenceGenerator(
      name = "plan_version_seq",
      sequenceName = "plan_version_seq",
      allocationSize = 10)
  private Long id;

  @Version private long version;

  @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id", nullable = false, updatable = false)
  private Plan plan;

  @Column(name = "number", nullable = false, updatable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private PlanVersionStatus status;

  @Column(name = "effective_from", nullable = false)
  private LocalDate effectiveFrom;

  @Embedded private TargetIncentive targetIncentive;

  @Enumerated(EnumType.STRING)
  @Column(name = "performance_period", nullable = false, length = 20)
  private PeriodType performancePeriod;

  @Enumerated(EnumType.STRING)
  @Column(name = "payout_frequency", nullable = false, length = 20)
  private PeriodType payoutFrequency;

  @Column(name = "advance_rate_percent", precision = 7, scale = 4)
  private BigDecimal advanceRatePercent;

  /** Whether an overpaid true-up is forgiven rather than recovered from later payouts. */
  @Column(name = "true_up_forgiven", nullable = false)
  private boolean trueUpForgiven;

  @Column(name = "plan_cap_multiple", precision = 9, scale = 4)
  private BigDecimal planCapMultiple;

  @Enumerated(EnumType.STRING)
  @Column(name = "crediting_rule", nullable = false, length = 20)
  private CreditingRule creditingRule;

  /** Whether overlay members of account teams are credited, in addition to the primary ones. */
  @Column(name = "overlay_allowed", nullable = false)
  private boolean overlayAllowed;

  @Column(name = "windfall_threshold_percent", precision = 9, scale = 4)
  private BigDecimal windfallThresholdPercent;

  @Enumerated(EnumType.STRING)
  @Column(name = "draw_kind", length = 20)
  private Draw.Kind drawKind;

  @Column(name = "draw_amount", precision = 19, scale = 4)
  private BigDecimal drawAmount;

  @Column(name = "draw_carries_over", nullable = false)
  private boolean drawCarriesOver;

  @Column(name = "clawback_window_months", nullable = false)
  private int clawbackWindowMonths;

  @OneToMany(mappedBy = "planVersion", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderColumn(name = "position")
  private List<Measure> measures = new ArrayList<>();

  @OneToMany(mappedBy = "planVersion", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderColumn(name = "position")
  private List<PlanGate> gates = new ArrayList<>();

  @Column(name = "modifier_measure_code")
  private String modifierMeasureCode;

  @ElementCollection
  @CollectionTable(
      name = "plan_modifier_point",
      joinColumns = @JoinColumn(name = "plan_version_id"))
  @OrderColumn(name = "position")
  private List<CurvePoint> modifierPoints = new ArrayList<>();

  @Column(name = "approved_by")
  private String approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  protected PlanVersion() {}

  private PlanVersion(Plan plan, int number) {
    this.plan = Objects.requireNonNull(plan, "plan is required");
    this.number = number;
    this.status = PlanVersionStatus.DRAFT;
  }

  /** The first version of a new plan, as a draft. */
  public static PlanVersion firstDraft(Plan plan, PlanTerms terms, ScorecardDefinition scorecard) {
    PlanVersion v = new PlanVersion(plan, 1);
    v.define(terms, scorecard);
    return v;
  }

  /** A new draft, numbered after this version, with this version's content to edit. */
  public PlanVersion nextDraft(int number) {
    if (number <= this.number) {
      throw new IllegalArgumentException("a new version is numbered after version " + this.number);
    }
    PlanVersion v = new PlanVersion(plan, number);
    v.define(terms(), scorecard());
    return v;
  }

  /** Replaces the draft's terms and scorecard; every problem of either is reported at once. */
  public void revise(PlanTerms terms, ScorecardDefinition scorecard) {
    requireDraft();
    define(terms, scorecard);
  }

  private void define(PlanTerms terms, ScorecardDefinition scorecard) {
    List<FieldError> errors = new ArrayList<>(terms.problems());
    scorecard.problems().stream()
        .map(e -> new FieldError("scorecard." + e.field(), e.message()))
        .forEach(errors::add);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    this.effectiveFrom = terms.effectiveFrom();
    this.targetIncentive = terms.targetIncentive();
    this.performancePeriod = terms.performancePeriod();
    this.payoutFrequency = terms.payoutFrequency();
    this.advanceRatePercent = terms.advanceRatePercent();
    this.trueUpForgiven = terms.trueUpForgiven();
    this.planCapMultiple = terms.planCapMultiple();
    this.creditingRule = terms.creditingRule();
    this.overlayAllowed = terms.overlayAllowed();
    this.windfallThresholdPercent = terms.windfallThresholdPercent();
    Draw draw = terms.draw();
    this.drawKind = draw == null ? null : draw.kind();
    this.drawAmount = draw == null ? null : draw.amountPerPeriod();
    this.drawCarriesOver = draw != null && draw.carriesOver();
    this.clawbackWindowMonths = terms.clawbackWindowMonths();
    measures.clear();
    scorecard.measures().forEach(m -> measures.add(new Measure(this, m)));
    gates.clear();
    scorecard.gates().forEach(g -> gates.add(new PlanGate(this, g)));
    ModifierDefinition modifier = scorecard.modifier();
    this.modifierMeasureCode = modifier == null ? null : modifier.measureCode();
    modifierPoints.clear();
    if (modifier != null) {
      modifierPoints.addAll(modifier.points());
    }
  }

  /** Approves the draft: from now on it never changes. */
  public void approve(String approver, Instant at) {
    requireDraft();
    this.approvedBy = Objects.requireNonNull(approver, "approver is required");
    this.approvedAt = Objects.requireNonNull(at, "at is required");
    this.status = PlanVersionStatus.APPROVED;
  }

  private void requireDraft() {
    if (status != PlanVersionStatus.DRAFT) {
      throw new ConflictException(
          "Version "
              + number
              + " of plan "
              + plan.getCode()
              + " is "
              + status.name().toLowerCase()
              + " and can no longer change; edit a new draft of it instead");
    }
  }

  public PlanTerms terms() {
    return new PlanTerms(
        effectiveFrom,
        targetIncentive,
        performancePeriod,
        payoutFrequency,
        advanceRatePercent,
        trueUpForgiven,
        planCapMultiple,
        creditingRule,
        overlayAllowed,
        windfallThresholdPercent,
        drawKind == null ? null : new Draw(drawKind, drawAmount, drawCarriesOver),
        clawbackWindowMonths);
  }

  /** The version as the calculation reads it. */
  public org.kamcomp.scoring.PlanRules rules() {
    return PlanRulesMapping.rules(plan.getCode(), number, plan.getCurrency(), terms(), scorecard());
  }

  public ScorecardDefinition scorecard() {
    return new ScorecardDefinition(
        measures.stream().map(Measure::definition).toList(),
        gates.stream().map(PlanGate::definition).toList(),
        modifierMeasureCode == null
            ? null
            : new ModifierDefinition(modifierMeasureCode, modifierPoints));
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Plan getPlan() {
    return plan;
  }

  public int getNumber() {
    return number;
  }

  public PlanVersionStatus getStatus() {
    return status;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public Instant getApprovedAt() {
    return approvedAt;
  }

  // The other side may be a Hibernate proxy, whose fields are empty: compare through getters.
  @Override
  public boolean equals(Object o) {
    return this == o
        || (o instanceof PlanVersion v
            && getPlan().getCode().equals(v.getPlan().getCode())
            && getNumber() == v.getNumber());
  }

  @Override
  public int hashCode() {
    return Objects.hash(getPlan().getCode(), getNumber());
  }
}
