package org.kamcomp.web.plan;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.kamcomp.domain.plan.ModifierDefinition;

/** The scorecard's optional modifier as the editor holds it: a measure and multiplier points. */
public class ModifierForm implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String PATH = "scorecard.modifier";

  private boolean enabled;
  private String measureCode;
  private List<PointForm> points = new ArrayList<>();

  ModifierForm() {
    points.add(new PointForm("0.9", "0.9"));
    points.add(new PointForm("1", "1"));
    points.add(new PointForm("1.1", "1.1"));
    renumber();
  }

  static ModifierForm from(ModifierDefinition m) {
    ModifierForm f = new ModifierForm();
    if (m != null) {
      f.enabled = true;
      f.measureCode = m.measureCode();
      f.points = PointForm.from(m.points());
      f.renumber();
    }
    return f;
  }

  /** The modifier as the model takes it; none when it is switched off. */
  ModifierDefinition toDefinition(Parser parser) {
    return enabled
        ? new ModifierDefinition(measureCode, PointForm.toModel(points, parser, "multiplier"))
        : null;
  }

  /** The multiplier curve, clamped at both ends. */
  public String getChart() {
    return CurveChart.of(
        List.of(
            new CurveChart.Series(
                "multiplier", CurveChart.Reading.CLAMPED, PointForm.readable(points), null)),
        "attainment (1 = target)",
        "multiplier");
  }

  public void addPoint() {
    points.add(PointForm.after(points));
    renumber();
  }

  public void removePoint(PointForm point) {
    points.remove(point);
    renumber();
  }

  private void renumber() {
    PointForm.renumber(points, PATH + ".points");
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getMeasureCode() {
    return measureCode;
  }

  public void setMeasureCode(String measureCode) {
    this.measureCode = measureCode;
  }

  public List<PointForm> getPoints() {
    return points;
  }
}
