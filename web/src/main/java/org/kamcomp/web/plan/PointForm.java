package org.kamcomp.web.plan;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.kamcomp.domain.plan.CurvePoint;

/** One point of a payout or modifier curve as typed: attainment and payout (or multiplier). */
public class PointForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String path = "";
  private String attainment;
  private String payout;

  PointForm(String attainment, String payout) {
    this.attainment = attainment;
    this.payout = payout;
  }

  static PointForm from(CurvePoint p) {
    return new PointForm(Parser.show(p.getAttainment()), Parser.show(p.getPayout()));
  }

  static List<PointForm> from(List<CurvePoint> points) {
    List<PointForm> forms = new ArrayList<>();
    points.forEach(p -> forms.add(from(p)));
    return forms;
  }

  /** The points as the model takes them; a blank or unreadable value is reported, not guessed. */
  static List<CurvePoint> toModel(List<PointForm> points, Parser parser, String payoutWord) {
    List<CurvePoint> model = new ArrayList<>();
    for (PointForm p : points) {
      BigDecimal a = parser.required(p.attainment, p.path + ".attainment", "Enter the attainment");
      BigDecimal v = parser.required(p.payout, p.path + ".payout", "Enter the " + payoutWord);
      if (a != null && v != null) {
        model.add(new CurvePoint(a, v));
      }
    }
    return model;
  }

  /** The points that can be read so far, for the live chart. */
  static List<CurvePoint> readable(List<PointForm> points) {
    List<CurvePoint> model = new ArrayList<>();
    for (PointForm p : points) {
      BigDecimal a = Parser.lenient(p.attainment);
      BigDecimal v = Parser.lenient(p.payout);
      if (a != null && v != null) {
        model.add(new CurvePoint(a, v));
      }
    }
    return model;
  }

  /** A point to add after the given ones: a little further along, paying as much as the last. */
  static PointForm after(List<PointForm> points) {
    List<CurvePoint> read = readable(points);
    if (read.isEmpty()) {
      return new PointForm("1", "1");
    }
    CurvePoint last = read.get(read.size() - 1);
    return new PointForm(
        Parser.show(last.getAttainment().add(new BigDecimal("0.2"))),
        Parser.show(last.getPayout()));
  }

  static void renumber(List<PointForm> points, String prefix) {
    for (int i = 0; i < points.size(); i++) {
      points.get(i).path = prefix + "[" + i + "]";
    }
  }

  /** The model's path of this point, e.g. {@code scorecard.measures[0].curve.points[2]}. */
  public String getPath() {
    return path;
  }

  public String getAttainment() {
    return attainment;
  }

  public void setAttainment(String attainment) {
    this.attainment = attainment;
  }

  public String getPayout() {
    return payout;
  }

  public void setPayout(String payout) {
    this.payout = payout;
  }
}
