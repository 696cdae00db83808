package org.kamcomp.web.statement;

import java.util.List;
import java.util.Map;

/** Payout distributions (counts per band of target incentive) as a Chart.js bar chart. */
public final class BandsChart {

  private static final String[] COLOURS = {"#1e3a5f", "#d9822b", "#2b8a3e", "#9c36b5"};

  private BandsChart() {}

  /** One bar series per distribution, all over the same bands. */
  public static String of(List<String> labels, List<Map<String, Integer>> distributions) {
    StringBuilder bands = new StringBuilder();
    distributions
        .get(0)
        .keySet()
        .forEach(k -> bands.append(bands.isEmpty() ? "" : ",").append('"').append(k).append('"'));
    StringBuilder datasets = new StringBuilder();
    for (int i = 0; i < distributions.size(); i++) {
      StringBuilder counts = new StringBuilder();
      distributions
          .get(i)
          .values()
          .forEach(v -> counts.append(counts.isEmpty() ? "" : ",").append(v));
      datasets
          .append(i == 0 ? "" : ",")
          .append("{\"label\":\"")
          .append(labels.get(i).replace("\"", "'"))
          .append("\",\"backgroundColor\":\"")
          .append(COLOURS[i % COLOURS.length])
          .append("\",\"data\":[")
          .append(counts)
          .append("]}");
    }
    return "{\"type\":\"bar\",\"data\":{\"labels\":["
        + bands
        + "],\"datasets\":["
        + datasets
        + "]},\"options\":{\"maintainAspectRatio\":false,\"animation\":false,"
        + "\"plugins\":{\"legend\":{\"display\":"
        + (distributions.size() > 1)
        + "}},\"scales\":{\"x\":{\"title\":{\"display\":true,"
        + "\"text\":\"Payout as a share of target incentive\"}},\"y\":{\"beginAtZero\":true,"
        + "\"ticks\":{\"precision\":0},\"title\":{\"display\":true,\"text\":\"Participants\"}}}}}";
  }
}
