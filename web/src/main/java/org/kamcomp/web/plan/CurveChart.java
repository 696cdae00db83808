package org.kamcomp.web.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.kamcomp.domain.plan.CurvePoint;
import org.kamcomp.domain.plan.CurveType;

/**
 * Payout curves as a Chart.js line chart (PrimeFaces' {@code p:chart} takes Chart.js JSON), drawn
 * the way CALCULATION.md reads them: nothing below the threshold, straight lines (LINEAR) or steps
 * (STEP) between points, the last slope continued above the last point, and the cap cutting the
 * line off. A modifier's curve is clamped at both ends. The entered points are marked; the corners
 * the reading adds are not. Points that do not rise are drawn as entered, so the user sees why the
 * curve is refused. The chart is for the eye only: no payout is computed from its numbers.
 */
public final class CurveChart {

  /** How a curve reads between and beyond its points. */
  public enum Reading {
    LINEAR,
    STEP,
    /** A modifier: linear between points, the first value below, the last above. */
    CLAMPED;

    public static Reading of(CurveType type) {
      return type == CurveType.STEP ? STEP : LINEAR;
    }
  }

  /** One curve of the chart. */
  public record Series(String label, Reading reading, List<CurvePoint> points, BigDecimal cap) {}

  /** Where a participant stands on a curve: their attainment and the payout it reads. */
  public record Marker(String label, BigDecimal x, BigDecimal y) {}

  private static final MathContext MC = MathContext.DECIMAL64;
  private static final BigDecimal EXTEND = new BigDecimal("1.25");
  private static final String[] COLOURS = {
    "#1e3a5f", "#d9822b", "#2b8a3e", "#9c36b5", "#c92a2a", "#1098ad", "#5c940d"
  };

  private CurveChart() {}

  /** A chart of several curves over one axis (for the plan's quantitative measures). */
  static String of(List<Series> series, String xTitle, String yTitle) {
    return of(series, List.of(), xTitle, yTitle);
  }

  /**
   * Curves with a marker on each (the marker at index i belongs to curve i, null for none), in the
   * curve's colour: a statement's attainment against its curves.
   */
  public static String of(List<Series> series, List<Marker> markers, String xTitle, String yTitle) {
    StringBuilder datasets = new StringBuilder();
    for (int i = 0; i < series.size(); i++) {
      if (i > 0) {
        datasets.append(',');
      }
      dataset(datasets, series.get(i), COLOURS[i % COLOURS.length]);
    }
    for (int i = 0; i < markers.size(); i++) {
      Marker m = markers.get(i);
      if (m != null) {
        String colour = COLOURS[i % COLOURS.length];
        datasets
            .append(",{\"label\":\"")
            .append(text(m.label()))
            .append("\",\"showLine\":false,\"pointStyle\":\"rectRot\",\"pointRadius\":8,")
            .append("\"borderColor\":\"#000\",\"backgroundColor\":\"")
            .append(colour)
            .append("\",\"data\":[{\"x\":")
            .append(number(m.x()))
            .append(",\"y\":")
            .append(number(m.y()))
            .append("}]}");
      }
    }
    return "{\"type\":\"scatter\",\"data\":{\"datasets\":["
        + datasets
        + "]},\"options\":{\"maintainAspectRatio\":false,\"animation\":false,"
        + "\"plugins\":{\"legend\":{\"display\":"
        + (series.size() > 1 || !markers.isEmpty())
        + "}},\"scales\":{\"x\":{\"beginAtZero\":"
        + series.stream().noneMatch(x -> x.reading() == Reading.CLAMPED)
        + ",\"title\":{\"display\":true,\"text\":\""
        + text(xTitle)
        + "\"}},\"y\":{\"beginAtZero\":true,\"title\":{\"display\":true,\"text\":\""
        + text(yTitle)
        + "\"}}}}}";
  }

  private static void dataset(StringBuilder json, Series s, String colour) {
    List<Vertex> vertices = vertices(s);
    json.append("{\"label\":\"")
        .append(text(s.label()))
        .append("\",\"showLine\":true,\"borderColor\":\"")
        .append(colour)
        .append("\",\"backgroundColor\":\"")
        .append(colour)
        .append("\",\"data\":[");
    StringBuilder radius = new StringBuilder();
    for (int i = 0; i < vertices.size(); i++) {
      Vertex v = vertices.get(i);
      json.append(i == 0 ? "" : ",")
          .append("{\"x\":")
          .append(number(v.x()))
          .append(",\"y\":")
          .append(number(v.y()))
          .append('}');
      radius.append(i == 0 ? "" : ",").append(v.entered() ? 4 : 0);
    }
    json.append("],\"pointRadius\":[").append(radius).append("]}");
  }

  record Vertex(BigDecimal x, BigDecimal y, boolean entered) {}

  /** The corners of the curve as it reads, from attainment 0 to a quarter beyond the last point. */
  static List<Vertex> vertices(Series s) {
    List<CurvePoint> points = s.points();
    List<Vertex> out = new ArrayList<>();
    if (points.isEmpty()) {
      return out;
    }
    if (!rising(points)) {
      points.forEach(p -> out.add(new Vertex(p.getAttainment(), p.getPayout(), true)));
      return out;
    }
    CurvePoint first = points.get(0);
    CurvePoint last = points.get(points.size() - 1);
    BigDecimal end;
    if (s.reading() == Reading.CLAMPED) {
      // A modifier acts around target: show its points with a margin either side, not from 0.
      BigDecimal margin =
          last.getAttainment().subtract(first.getAttainment()).divide(BigDecimal.valueOf(2), MC);
      if (margin.signum() == 0) {
        margin = new BigDecimal("0.1");
      }
      BigDecimal start = first.getAttainment().subtract(margin).max(BigDecimal.ZERO);
      end = last.getAttainment().add(margin);
      if (start.compareTo(first.getAttainment()) < 0) {
        out.add(new Vertex(start, first.getPayout(), false));
      }
    } else {
      end =
          last.getAttainment().signum() > 0
              ? last.getAttainment().multiply(EXTEND)
              : BigDecimal.ONE;
      if (first.getAttainment().signum() > 0) {
        out.add(new Vertex(BigDecimal.ZERO, BigDecimal.ZERO, false)); // nothing below threshold
        out.add(new Vertex(first.getAttainment(), BigDecimal.ZERO, false));
      }
    }
    BigDecimal previous = null;
    for (CurvePoint p : points) {
      if (s.reading() == Reading.STEP && previous != null) {
        out.add(new Vertex(p.getAttainment(), previous, false));
      }
      out.add(new Vertex(p.getAttainment(), p.getPayout(), true));
      previous = p.getPayout();
    }
    out.add(new Vertex(end, beyondLast(s.reading(), points, end), false));
    return capped(out, s.cap());
  }

  private static BigDecimal beyondLast(Reading reading, List<CurvePoint> points, BigDecimal end) {
    CurvePoint last = points.get(points.size() - 1);
    if (reading != Reading.LINEAR || points.size() == 1) {
      return last.getPayout();
    }
    CurvePoint before = points.get(points.size() - 2);
    BigDecimal slope =
        last.getPayout()
            .subtract(before.getPayout())
            .divide(last.getAttainment().subtract(before.getAttainment()), MC);
    return last.getPayout().add(slope.multiply(end.subtract(last.getAttainment()), MC));
  }

  /** Cuts the line at the cap, with a corner where it reaches the cap. */
  private static List<Vertex> capped(List<Vertex> vertices, BigDecimal cap) {
    if (cap == null) {
      return vertices;
    }
    List<Vertex> out = new ArrayList<>();
    for (int i = 0; i < vertices.size(); i++) {
      Vertex v = vertices.get(i);
      if (i > 0) {
        Vertex u = vertices.get(i - 1);
        boolean crosses =
            u.y().compareTo(cap) < 0 && v.y().compareTo(cap) > 0
                || u.y().compareTo(cap) > 0 && v.y().compareTo(cap) < 0;
        if (crosses && v.x().compareTo(u.x()) != 0) {
          BigDecimal x =
              u.x()
                  .add(
                      cap.subtract(u.y())
                          .multiply(v.x().subtract(u.x()))
                          .divide(v.y().subtract(u.y()), MC));
          out.add(new Vertex(x, cap, false));
        }
      }
      out.add(new Vertex(v.x(), v.y().min(cap), v.entered()));
    }
    return out;
  }

  private static boolean rising(List<CurvePoint> points) {
    for (int i = 1; i < points.size(); i++) {
      if (points.get(i).getAttainment().compareTo(points.get(i - 1).getAttainment()) <= 0) {
        return false;
      }
    }
    return true;
  }

  private static String number(BigDecimal value) {
    BigDecimal rounded = value.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.signum() == 0 ? "0" : rounded.toPlainString();
  }

  private static String text(String s) {
    return s == null ? "" : s.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
