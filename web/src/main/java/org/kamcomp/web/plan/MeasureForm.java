package org.kamcomp.web.plan;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.kamcomp.domain.plan.CurveType;
import org.kamcomp.domain.plan.Direction;
import org.kamcomp.domain.plan.MeasureData;
import org.kamcomp.domain.plan.MeasureDefinition;
import org.kamcomp.domain.plan.MeasureSource;
import org.kamcomp.domain.plan.PayoutCurve;
import org.kamcomp.domain.plan.Perspective;

/**
 * One measure of the scorecard as the editor holds it, with its payout curve. The only place the
 * editor builds a {@link MeasureDefinition}.
 */
public class MeasureForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int key;
  private String path = "";
  private String code;
  private String name;
  private Perspective perspective;
  private MeasureSource source = MeasureSource.QUANTITATIVE;
  private Direction direction = Direction.HIGHER_IS_BETTER;
  private MeasureData data = MeasureData.BOOKINGS;
  private String weightPercent;
  private CurveType curveType = CurveType.LINEAR;
  private String cap;
  private List<PointForm> points = new ArrayList<>();

  /** A new measure on the usual curve: 50 % at 80 % attainment, 100 % at target, 200 % at 120 %. */
  MeasureForm(int key) {
    this.key = key;
    this.perspective = Perspective.FINANCIAL;
    this.weightPercent = "0";
    this.cap = "2";
    points.add(new PointForm("0.8", "0.5"));
    points.add(new PointForm("1", "1"));
    points.add(new PointForm("1.2", "2"));
  }

  static MeasureForm from(MeasureDefinition m, int key) {
    MeasureForm f = new MeasureForm(key);
    f.code = m.code();
    f.name = m.name();
    f.perspective = m.perspective();
    f.source = m.source();
    f.direction = m.direction();
    f.data = m.data();
    f.weightPercent = Parser.show(m.weightPercent());
    f.curveType = m.curve().type();
    f.cap = Parser.show(m.curve().cap());
    f.points = PointForm.from(m.curve().points());
    return f;
  }

  MeasureDefinition toDefinition(Parser parser) {
    return new MeasureDefinition(
        trimmed(code),
        trimmed(name),
        perspective,
        source,
        direction,
        data,
        parser.decimal(weightPercent, path + ".weightPercent"),
        new PayoutCurve(
            curveType == null ? CurveType.LINEAR : curveType,
            PointForm.toModel(points, parser, "payout"),
            parser.decimal(cap, path + ".curve.cap")));
  }

  /** The curve drawn from what can be read so far. */
  CurveChart.Series series() {
    return new CurveChart.Series(
        name == null || name.isBlank() ? "curve" : name,
        CurveChart.Reading.of(curveType),
        PointForm.readable(points),
        Parser.lenient(cap));
  }

  /** This measure's payout curve as a chart, redrawn as its points, type and cap change. */
  public String getChart() {
    return CurveChart.of(
        List.of(series()), isRated() ? "rating" : "attainment (1 = target)", "payout (x weight)");
  }

  BigDecimal weight() {
    return Parser.lenient(weightPercent);
  }

  /**
   * A rated measure has no direction and is measured on ratings: choosing "rated" sets both, and
   * choosing "from data" again restores a direction and data to measure.
   */
  public void sourceChanged() {
    if (source == MeasureSource.QUALITATIVE) {
      direction = null;
      data = MeasureData.RATING;
    } else {
      if (direction == null) {
        direction = Direction.HIGHER_IS_BETTER;
      }
      if (data == null || data == MeasureData.RATING) {
        data = MeasureData.BOOKINGS;
      }
    }
  }

  public void addPoint() {
    points.add(PointForm.after(points));
    renumber(path);
  }

  public void removePoint(PointForm point) {
    points.remove(point);
    renumber(path);
  }

  void renumber(String prefix) {
    this.path = prefix;
    PointForm.renumber(points, prefix + ".curve.points");
  }

  public boolean isRated() {
    return source == MeasureSource.QUALITATIVE;
  }

  private static String trimmed(String s) {
    return s == null ? null : s.strip();
  }

  /** A key that stays with the measure while rows move, for the page's ids of its chart. */
  public int getKey() {
    return key;
  }

  public String getPath() {
    return path;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Perspective getPerspective() {
    return perspective;
  }

  public void setPerspective(Perspective perspective) {
    this.perspective = perspective;
  }

  public MeasureSource getSource() {
    return source;
  }

  public void setSource(MeasureSource source) {
    this.source = source;
  }

  public Direction getDirection() {
    return direction;
  }

  public void setDirection(Direction direction) {
    this.direction = direction;
  }

  public MeasureData getData() {
    return data;
  }

  public void setData(MeasureData data) {
    this.data = data;
  }

  public String getWeightPercent() {
    return weightPercent;
  }

  public void setWeightPercent(String weightPercent) {
    this.weightPercent = weightPercent;
  }

  public CurveType getCurveType() {
    return curveType;
  }

  public void setCurveType(CurveType curveType) {
    this.curveType = curveType;
  }

  public String getCap() {
    return cap;
  }

  public void setCap(String cap) {
    this.cap = cap;
  }

  public List<PointForm> getPoints() {
    return points;
  }
}
