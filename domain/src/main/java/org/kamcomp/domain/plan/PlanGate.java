package org.kamcomp.domain.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.envers.Audited;

/** A gate of a plan version's scorecard, as defined by a {@link GateDefinition}. */
@Entity
@Audited
@Table(name = "plan_gate")
public class PlanGate {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_gate_seq")
  @SequenceGenerator(name = "plan_gate_seq", sequenceName = "plan_gate_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_version_id", nullable = false)
  private PlanVersion planVersion;

  @Column(name = "measure_code", nullable = false)
  private String measureCode;

  @Column(name = "minimum_attainment", nullable = false, precision = 12, scale = 6)
  private BigDecimal minimumAttainment;

  /** The measures the gate governs; none means the whole scorecard. */
  @ElementCollection
  @CollectionTable(name = "plan_gate_governed", joinColumns = @JoinColumn(name = "gate_id"))
  @Column(name = "measure_code", nullable = false)
  private Set<String> governedMeasureCodes = new HashSet<>();

  protected PlanGate() {}

  PlanGate(PlanVersion planVersion, GateDefinition d) {
    this.planVersion = planVersion;
    this.measureCode = d.measureCode();
    this.minimumAttainment = d.minimumAttainment();
    this.governedMeasureCodes.addAll(d.governedMeasureCodes());
  }

  public GateDefinition definition() {
    return new GateDefinition(measureCode, minimumAttainment, governedMeasureCodes);
  }
}
