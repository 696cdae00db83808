package org.kamcomp.domain.imports;

import java.util.List;

/**
 * What an import holds, with its columns (CSV headers or JSON keys) and which are required. The
 * natural key of each kind makes re-importing a file idempotent.
 */
public enum ImportKind {
  PARTICIPANTS(
      "username",
      List.of("username", "full_name", "currency", "start_date"),
      List.of("email", "title", "manager", "role_profile", "base_salary")),
  ACCOUNTS("code", List.of("code", "name", "tier"), List.of()),
  ACCOUNT_TEAMS(
      "account, username, valid_from",
      List.of("account", "username", "split_percent", "valid_from"),
      List.of("valid_to", "role")),
  ASSIGNMENTS(
      "username, plan, valid_from",
      List.of("username", "plan", "plan_version", "valid_from", "valid_to"),
      List.of()),
  TARGETS(
      "username, plan, measure, period_end",
      List.of("username", "plan", "measure", "period_end", "target"),
      List.of()),
  TRANSACTIONS(
      "id",
      List.of("id", "account", "booking_date", "amount", "currency"),
      List.of("margin", "contract_term_months", "first_year_amount", "cancelled_on")),
  RESULTS(
      "username, measure, period_end",
      List.of("username", "measure", "period_end", "value"),
      List.of("comment"));

  private final String naturalKey;
  private final List<String> required;
  private final List<String> optional;

  ImportKind(String naturalKey, List<String> required, List<String> optional) {
    this.naturalKey = naturalKey;
    this.required = required;
    this.optional = optional;
  }

  /** The columns that identify a row's record: a second import of the same key updates it. */
  public String naturalKey() {
    return naturalKey;
  }

  public List<String> required() {
    return required;
  }

  public List<String> optional() {
    return optional;
  }

  /** The kind named in a URL or form: {@code account-teams} is {@link #ACCOUNT_TEAMS}. */
  public static ImportKind fromSlug(String slug) {
    for (ImportKind k : values()) {
      if (k.slug().equals(slug)) {
        return k;
      }
    }
    return null;
  }

  public String slug() {
    return name().toLowerCase().replace('_', '-');
  }

  /** A header line with every column, required ones first: the template of a CSV file. */
  public String header() {
    return String.join(",", required)
        + (optional.isEmpty() ? "" : "," + String.join(",", optional));
  }
}
