package org.kamcomp.api.run;

import java.util.List;

/**
 * A page of a long list: its items, where it starts ({@code offset}), how many a page holds ({@code
 * limit}; 50 unless asked, at most 500), and how many there are in all.
 */
public record Page<T>(List<T> items, int offset, int limit, long total) {

  static final int DEFAULT = 50;
  static final int MAX = 500;

  /** The page size asked for, within bounds. */
  static int limit(Integer asked) {
    return asked == null ? DEFAULT : Math.max(1, Math.min(MAX, asked));
  }

  static int offset(Integer asked) {
    return asked == null ? 0 : Math.max(0, asked);
  }
}
