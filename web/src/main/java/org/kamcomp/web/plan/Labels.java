package org.kamcomp.web.plan;

import java.util.Locale;

/** Plain words for the model's constants on pages ("HALF_YEAR" reads "half year"). */
final class Labels {
  private Labels() {}

  static String of(Enum<?> value) {
    return value == null ? "" : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
