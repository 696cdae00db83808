package org.kamcomp.web.plan;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.kamcomp.domain.plan.GateDefinition;

/** A gate as the editor holds it: a measure, its minimum attainment, and what it governs. */
public class GateForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String path = "";
  private String measureCode;
  private String minimumAttainment;
  private List<String> governedMeasureCodes = new ArrayList<>();

  GateForm(String measureCode) {
    this.measureCode = measureCode;
    this.minimumAttainment = "0.5";
  }

  static GateForm from(GateDefinition g) {
    GateForm f = new GateForm(g.measureCode());
    f.minimumAttainment = Parser.show(g.minimumAttainment());
    f.governedMeasureCodes = new ArrayList<>(g.governedMeasureCodes().stream().sorted().toList());
    return f;
  }

  GateDefinition toDefinition(Parser parser) {
    return new GateDefinition(
        measureCode,
        parser.decimal(minimumAttainment, path + ".minimumAttainment"),
        new LinkedHashSet<>(governedMeasureCodes));
  }

  void renumber(String prefix) {
    this.path = prefix;
  }

  public String getPath() {
    return path;
  }

  public String getMeasureCode() {
    return measureCode;
  }

  public void setMeasureCode(String measureCode) {
    this.measureCode = measureCode;
  }

  public String getMinimumAttainment() {
    return minimumAttainment;
  }

  public void setMinimumAttainment(String minimumAttainment) {
    this.minimumAttainment = minimumAttainment;
  }

  /** The measures the gate governs; none ticked means the whole scorecard. */
  public List<String> getGovernedMeasureCodes() {
    return governedMeasureCodes;
  }

  public void setGovernedMeasureCodes(List<String> governedMeasureCodes) {
    this.governedMeasureCodes =
        governedMeasureCodes == null ? new ArrayList<>() : new ArrayList<>(governedMeasureCodes);
  }
}
