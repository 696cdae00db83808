package org.kamcomp.launcher;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The generated demo company, the same on every run (a fixed seed): a head of sales with two
 * regions, North and South, each with a key-account team and account-manager teams; 40 KAMs on the
 * KAM scorecard and 120 AMs on the AM quota plan, the demo logins among them in their places;
 * several hundred accounts in tiers with their account teams (some KAM accounts sold by two KAMs);
 * last year and this year to date of transactions (KAMs: a few large multi-year deals plus run-rate
 * orders; AMs: many small orders), customer results and account-plan ratings.
 *
 * <p>Each part is a CSV file for the platform's own import, so the demo passes the same checks as a
 * customer's data.
 */
public final class DemoCompany {

  static final int PRIOR_YEAR = 2025;
  static final int CURRENT_YEAR = 2026;
  private static final long SEED = 20_260_101L;

  private static final String[] FIRST =
      ("Adele Bernd Carla Dario Elena Felix Greta Hugo Ilse Jakob Karin Lars Maja Nora Oskar Paula"
              + " Quirin Rosa Stefan Tilda Ulf Vera Willem Xenia Yara Zeno Alma Boris Cora Dirk"
              + " Edda Finn Gerda Henrik Iris Jens Klara Lotte Moritz Nele")
          .split(" ");
  private static final String[] LAST =
      ("Arndt Bauer Claes Dahl Eriksen Falk Graf Haas Iversen Jung Koch Lund Marx Nagel Ostrom"
              + " Pohl Quast Roth Sauer Thiel Uhde Vogt Weiss Xander Yilmaz Zeller Alber Brandt"
              + " Conrad Dorn")
          .split(" ");
  private static final String[] ORG_A =
      ("Nordic Alpine Baltic Central Delta Eastern Frontier Global Harbor Inland Keystone Lakeside"
              + " Meridian Northern Oakridge Pioneer Riverside Summit Titan United Vertex Western")
          .split(" ");
  private static final String[] ORG_B =
      ("Industries Logistics Pharma Retail Energy Foods Motors Chemicals Systems Telecom Insurance"
              + " Steel Textiles Media Health Airlines Foundry Mills Brewing Shipping")
          .split(" ");

  /** A person of the demo company. */
  public record Person(
      String username,
      String fullName,
      String title,
      String manager,
      String roleProfile,
      BigDecimal baseSalary) {}

  private final Random random = new Random(SEED);
  private final LocalDate today;
  private final List<Person> people = new ArrayList<>();
  private final List<String> kams = new ArrayList<>();
  private final List<String> ams = new ArrayList<>();
  private final StringBuilder accounts = new StringBuilder("code,name,tier\n");
  private final StringBuilder teams =
      new StringBuilder("account,username,split_percent,valid_from,valid_to,role\n");
  private final StringBuilder transactions =
      new StringBuilder(
          "id,account,booking_date,amount,currency,margin,contract_term_months,first_year_amount,"
              + "cancelled_on\n");
  private final Map<String, List<String>> accountsOf = new LinkedHashMap<>();
  private final Map<String, BigDecimal[]> bookedPerYear = new LinkedHashMap<>();
  private int accountCount;
  private int transactionCount;

  /**
   * Generates the company with transactions up to {@code today} (the current year to date).
   *
   * @param named the people with demo logins, with their places; the rest is generated around them
   */
  public DemoCompany(List<DemoData.Person> named, LocalDate today) {
    this.today = today;
    Map<String, DemoData.Person> byName = new LinkedHashMap<>();
    named.forEach(p -> byName.put(p.username(), p));
    for (DemoData.Person p : named) {
      String role =
          p.title().startsWith("Key Account Manager")
              ? "KAM"
              : p.title().startsWith("Account Manager") ? "AM" : null;
      people.add(
          new Person(p.username(), p.fullName(), p.title(), p.manager(), role, salary(role)));
      if ("KAM".equals(role)) {
        kams.add(p.username());
      } else if ("AM".equals(role)) {
        ams.add(p.username());
      }
    }
    // Two regions: North and South each have a key-account team and account-manager teams.
    team("mona", "KAM", 20);
    manager("sven", "Manager, Key Accounts South", "KAM", 20);
    team("nils", "AM", 20);
    manager("tara", "Manager, Accounts South 2", "AM", 20);
    manager("uwe", "Manager, Accounts North 1", "AM", 20);
    manager("wanda", "Manager, Accounts North 2", "AM", 20);
    manager("xaver", "Manager, Accounts North 3", "AM", 20);
    manager("yvonne", "Manager, Accounts South 3", "AM", 20);
    for (String kam : kams) {
      for (int i = 0; i < 4; i++) {
        account(kam, i == 0 ? "strategic" : "key");
      }
    }
    for (String am : ams) {
      for (int i = 0; i < 3; i++) {
        account(am, "core");
      }
    }
    overlayTeams();
    for (String kam : kams) {
      for (String account : accountsOf.get(kam)) {
        keyAccountBusiness(kam, account);
      }
    }
    for (String am : ams) {
      for (String account : accountsOf.get(am)) {
        coreAccountBusiness(am, account);
      }
    }
  }

  /** Fills a named manager's team up to {@code size} with generated people of a role. */
  private void team(String manager, String role, int size) {
    long already = people.stream().filter(p -> manager.equals(p.manager())).count();
    for (long i = already; i < size; i++) {
      hire(manager, role);
    }
  }

  private void manager(String username, String title, String role, int size) {
    people.add(
        new Person(
            username,
            Character.toUpperCase(username.charAt(0)) + username.substring(1) + " " + last(),
            title,
            "victor",
            null,
            new BigDecimal("110000")));
    team(username, role, size);
  }

  private void hire(String manager, String role) {
    String first;
    String last;
    do { // one name per person, as in a real company
      first = FIRST[random.nextInt(FIRST.length)];
      last = last();
    } while (hasName(first + " " + last));
    String base = (first + "." + last).toLowerCase().replace(' ', '-');
    String username = base;
    for (int n = 2; exists(username); n++) {
      username = base + n;
    }
    people.add(
        new Person(
            username,
            first + " " + last,
            "KAM".equals(role) ? "Key Account Manager" : "Account Manager",
            manager,
            role,
            salary(role)));
    ("KAM".equals(role) ? kams : ams).add(username);
  }

  private boolean hasName(String fullName) {
    return people.stream().anyMatch(p -> p.fullName().equals(fullName));
  }

  private boolean exists(String username) {
    return people.stream().anyMatch(p -> p.username().equals(username));
  }

  private String last() {
    return LAST[random.nextInt(LAST.length)];
  }

  private BigDecimal salary(String role) {
    if (role == null) {
      return null;
    }
    int low = "KAM".equals(role) ? 95 : 55;
    int span = "KAM".equals(role) ? 30 : 17;
    return BigDecimal.valueOf((low + random.nextInt(span + 1)) * 1000L);
  }

  private void account(String owner, String tier) {
    accountCount++;
    String code = "ACC-%04d".formatted(accountCount);
    String name = ORG_A[random.nextInt(ORG_A.length)] + " " + ORG_B[random.nextInt(ORG_B.length)];
    accounts.append(code).append(',').append(name).append(' ').append(accountCount).append(',');
    accounts.append(tier).append('\n');
    accountsOf.computeIfAbsent(owner, o -> new ArrayList<>()).add(code);
  }

  /**
   * Account teams: the owner is credited 100 %; one key account in four is sold with a second KAM
   * of the same team (team selling), who gets a 40 % overlay from the start of the current year.
   */
  private void overlayTeams() {
    Map<String, String> managerOf = new LinkedHashMap<>();
    people.forEach(p -> managerOf.put(p.username(), p.manager()));
    for (var entry : accountsOf.entrySet()) {
      String owner = entry.getKey();
      List<String> peers =
          kams.stream()
              .filter(k -> !k.equals(owner) && managerOf.get(k).equals(managerOf.get(owner)))
              .toList();
      for (String account : entry.getValue()) {
        teams.append(account).append(',').append(owner).append(",100,");
        teams.append(PRIOR_YEAR).append("-01-01,,primary\n");
        if (kams.contains(owner) && !peers.isEmpty() && random.nextInt(4) == 0) {
          String peer = peers.get(random.nextInt(peers.size()));
          teams.append(account).append(',').append(peer).append(",40,");
          teams.append(CURRENT_YEAR).append("-01-01,,overlay\n");
        }
      }
    }
  }

  /** A key account: run-rate orders each month and, most years, one large multi-year deal. */
  private void keyAccountBusiness(String kam, String account) {
    for (int year = PRIOR_YEAR; year <= CURRENT_YEAR; year++) {
      for (int month = 1; month <= 12; month++) {
        int amount = 3_000 + random.nextInt(7_000);
        transaction(kam, account, day(year, month), amount, 12, null);
      }
      if (random.nextInt(10) < 7) {
        int term = 24 + 12 * random.nextInt(2);
        int amount = 250_000 + random.nextInt(950_000);
        int month = 1 + random.nextInt(12);
        transaction(kam, account, day(year, month), amount, term, amount * 12 / term);
      }
    }
  }

  /** A core account: one to three small orders a month. */
  private void coreAccountBusiness(String am, String account) {
    for (int year = PRIOR_YEAR; year <= CURRENT_YEAR; year++) {
      for (int month = 1; month <= 12; month++) {
        int orders = 1 + random.nextInt(3);
        for (int i = 0; i < orders; i++) {
          transaction(am, account, day(year, month), 2_000 + random.nextInt(23_000), 12, null);
        }
      }
    }
  }

  private LocalDate day(int year, int month) {
    return YearMonth.of(year, month).atDay(1 + random.nextInt(28));
  }

  /**
   * One transaction; drawn whatever the date, so the random stream (and the company) is the same on
   * every day, and written only when booked by today.
   */
  private void transaction(
      String owner, String account, LocalDate booked, int amount, int term, Integer firstYear) {
    int marginPercent = 20 + random.nextInt(21);
    boolean returned = random.nextInt(200) == 0;
    boolean cancelled = random.nextInt(100) == 0;
    LocalDate cancelledOn = booked.plusDays(15 + random.nextInt(75));
    if (booked.isAfter(today)) {
      return;
    }
    transactionCount++;
    BigDecimal value = BigDecimal.valueOf(returned ? -amount / 4 : amount);
    BigDecimal margin =
        value
            .multiply(BigDecimal.valueOf(marginPercent))
            .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    transactions
        .append("T-%06d".formatted(transactionCount))
        .append(',')
        .append(account)
        .append(',')
        .append(booked)
        .append(',')
        .append(value.toPlainString())
        .append(",EUR,")
        .append(margin.toPlainString())
        .append(',')
        .append(term)
        .append(',')
        .append(firstYear == null ? "" : firstYear.toString())
        .append(',')
        .append(cancelled && !cancelledOn.isAfter(today) ? cancelledOn.toString() : "")
        .append('\n');
    if (!returned && !cancelled) {
      bookedPerYear.computeIfAbsent(
          owner, o -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      int slot = booked.getYear() - PRIOR_YEAR;
      BigDecimal credited = term > 12 && firstYear != null ? BigDecimal.valueOf(firstYear) : value;
      bookedPerYear.get(owner)[slot] = bookedPerYear.get(owner)[slot].add(credited);
    }
  }

  public List<Person> people() {
    return List.copyOf(people);
  }

  /** Participants as CSV, managers before the people who report to them. */
  public String participantsCsv() {
    StringBuilder csv =
        new StringBuilder(
            "username,full_name,title,email,manager,role_profile,base_salary,currency,start_date\n");
    for (Person p : people) {
      csv.append(p.username())
          .append(',')
          .append(p.fullName())
          .append(',')
          .append(p.title().contains(",") ? "\"" + p.title() + "\"" : p.title())
          .append(',')
          .append(p.username())
          .append("@demo.kamcomp.org,")
          .append(p.manager() == null ? "" : p.manager())
          .append(',')
          .append(p.roleProfile() == null ? "" : p.roleProfile())
          .append(',')
          .append(p.baseSalary() == null ? "" : p.baseSalary().toPlainString())
          .append(",EUR,2022-01-01\n");
    }
    return csv.toString();
  }

  public String accountsCsv() {
    return accounts.toString();
  }

  public String accountTeamsCsv() {
    return teams.toString();
  }

  public String transactionsCsv() {
    return transactions.toString();
  }

  /** Last year and this year on each person's plan: KAMs the scorecard, AMs the quota plan. */
  public String assignmentsCsv() {
    StringBuilder csv = new StringBuilder("username,plan,plan_version,valid_from,valid_to\n");
    for (int year = PRIOR_YEAR; year <= CURRENT_YEAR; year++) {
      for (String kam : kams) {
        csv.append(kam).append(",KAM-SCORECARD,1,").append(year).append("-01-01,");
        csv.append(year).append("-12-31\n");
      }
      for (String am : ams) {
        csv.append(am).append(",AM-QUOTA,1,").append(year).append("-01-01,");
        csv.append(year).append("-12-31\n");
      }
    }
    return csv.toString();
  }

  /**
   * Targets set as a sales-ops team would: revenue near what each person's accounts booked (their
   * territory's potential, some stretched, some soft); margin 30 %, share of wallet 35 %,
   * satisfaction 80. KAM targets are cumulative to each quarter's end (advances); AM targets are
   * per quarter.
   */
  public String targetsCsv() {
    StringBuilder csv = new StringBuilder("username,plan,measure,period_end,target\n");
    Random targets = new Random(SEED + 1);
    for (int year = PRIOR_YEAR; year <= CURRENT_YEAR; year++) {
      int slot = year - PRIOR_YEAR;
      for (String kam : kams) {
        BigDecimal annual = target(kam, slot, targets);
        for (int q = 1; q <= 4; q++) {
          String end = YearMonth.of(year, q * 3).atEndOfMonth().toString();
          BigDecimal toDate =
              annual
                  .multiply(BigDecimal.valueOf(q))
                  .divide(BigDecimal.valueOf(4), 0, RoundingMode.HALF_UP);
          line(csv, kam, "KAM-SCORECARD", "revenue", end, toDate);
          line(csv, kam, "KAM-SCORECARD", "margin", end, BigDecimal.valueOf(30));
          line(csv, kam, "KAM-SCORECARD", "share-of-wallet", end, BigDecimal.valueOf(35));
          line(csv, kam, "KAM-SCORECARD", "csat", end, BigDecimal.valueOf(80));
        }
      }
      for (String am : ams) {
        BigDecimal quarter =
            target(am, slot, targets).divide(BigDecimal.valueOf(4), 0, RoundingMode.HALF_UP);
        for (int q = 1; q <= 4; q++) {
          String end = YearMonth.of(year, q * 3).atEndOfMonth().toString();
          line(csv, am, "AM-QUOTA", "revenue", end, quarter);
        }
      }
    }
    return csv.toString();
  }

  /** A yearly revenue target: last year's bookings (for the prior year, its own) times 0.9-1.15. */
  private BigDecimal target(String who, int slot, Random targets) {
    BigDecimal[] booked =
        bookedPerYear.getOrDefault(who, new BigDecimal[] {BigDecimal.ONE, BigDecimal.ONE});
    BigDecimal basis = booked[0].signum() > 0 ? booked[0] : BigDecimal.valueOf(100_000);
    BigDecimal factor = BigDecimal.valueOf(90 + targets.nextInt(26 + slot * 5), 2);
    return basis
        .multiply(factor)
        .setScale(-3, RoundingMode.HALF_UP)
        .max(BigDecimal.valueOf(10_000));
  }

  private static void line(
      StringBuilder csv, String who, String plan, String measure, String end, BigDecimal target) {
    csv.append(who).append(',').append(plan).append(',').append(measure).append(',');
    csv.append(end).append(',').append(target.toPlainString()).append('\n');
  }

  /**
   * Customer results and ratings of each KAM at each quarter's end up to today: satisfaction, share
   * of wallet, and the manager's account-plan rating (1-5, mostly 3 or 4).
   */
  public String resultsCsv() {
    StringBuilder csv = new StringBuilder("username,measure,period_end,value,comment\n");
    Random results = new Random(SEED + 2);
    for (int year = PRIOR_YEAR; year <= CURRENT_YEAR; year++) {
      for (int q = 1; q <= 4; q++) {
        LocalDate end = YearMonth.of(year, q * 3).atEndOfMonth();
        for (String kam : kams) {
          int csat = 68 + results.nextInt(28);
          int wallet = 25 + results.nextInt(20);
          int rating = new int[] {2, 3, 3, 3, 4, 4, 4, 5}[results.nextInt(8)];
          if (end.isAfter(today)) {
            continue;
          }
          csv.append(kam).append(",csat,").append(end).append(',').append(csat).append(",\n");
          csv.append(kam).append(",share-of-wallet,").append(end).append(',').append(wallet);
          csv.append(",\n");
          csv.append(kam).append(",account-plan,").append(end).append(',').append(rating);
          csv.append(",quarterly account plan review\n");
        }
      }
    }
    return csv.toString();
  }
}
