package org.kamcomp.domain.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;

/** A measure of a plan version's scorecard, as defined by a {@link MeasureDefinition}. */
@Entity
@Audited
@Table(name = "plan_measure")
public class Measure {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_measure_seq")
  @SequenceGenerator(
      name = "plan_measure_seq",
      sequenceName = "plan_measure_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_version_id", nullable = false)
  private PlanVersion planVersion;

  @Column(name = "code", nullable = false)
  private String code;

  @Column(name = "name", nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "perspective", nullable = false, length = 20)
  private Perspective perspective;

  @Enumerated(EnumType.STRING)
  @Column(name = "source", nullable = false, length = 20)
  private MeasureSource source;

  @Enumerated(EnumType.STRING)
  @Column(name = "direction", length = 20)
  private Direction direction;

  @Enumerated(EnumType.STRING)
  @Column(name = "data_rule", nullable = false, length = 20)
  private MeasureData data;

  @Column(name = "weight_percent", nullable = false, precision = 7, scale = 4)
  private BigDecimal weightPercent;

  @Enumerated(EnumType.STRING)
  @Column(name = "curve_type", nullable = false, length = 10)
  private CurveType curveType;

  @Column(name = "curve_cap", precision = 12, scale = 6)
  private BigDecimal curveCap;

  @ElementCollection
  @CollectionTable(name = "plan_measure_point", joinColumns = @JoinColumn(name = "measure_id"))
  @OrderColumn(name = "position")
  private List<CurvePoint> curvePoints = new ArrayList<>();

  protected Measure() {}

  Measure(PlanVersion planVersion, MeasureDefinition d) {
    this.planVersion = planVersion;
    this.code = d.code().strip();
    this.name = d.name().strip();
    this.perspective = d.perspective();
    this.source = d.source();
    this.direction = d.direction();
    this.data = d.data();
    this.weightPercent = d.weightPercent();
    this.curveType = d.curve().type();
    this.curveCap = d.curve().cap();
    this.curvePoints.addAll(d.curve().points());
  }

  public MeasureDefinition definition() {
    return new MeasureDefinition(
        code,
        name,
        perspective,
        source,
        direction,
        data,
        weightPercent,
        new PayoutCurve(curveType, curvePoints, curveCap));
  }

  public String getCode() {
    return code;
  }

  public BigDecimal getWeightPercent() {
    return weightPercent;
  }

  public Perspective getPerspective() {
    return perspective;
  }
}
