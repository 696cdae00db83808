package org.kamcomp.domain.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.metamodel.SingularAttribute;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kamcomp.domain.account.Account;
import org.kamcomp.domain.account.AccountTier;
import org.kamcomp.domain.account.Account_;
import org.kamcomp.domain.actual.MeasureResult;
import org.kamcomp.domain.actual.MeasureResult_;
import org.kamcomp.domain.actual.SalesTransaction;
import org.kamcomp.domain.actual.SalesTransaction_;
import org.kamcomp.domain.assignment.PlanAssignment;
import org.kamcomp.domain.assignment.PlanAssignment_;
import org.kamcomp.domain.participant.Participant;
import org.kamcomp.domain.participant.ParticipantRepository;
import org.kamcomp.domain.participant.Participant_;
import org.kamcomp.domain.plan.MeasureData;
import org.kamcomp.domain.plan.PlanCatalog;
import org.kamcomp.domain.plan.PlanVersion;
import org.kamcomp.domain.plan.PlanVersion_;
import org.kamcomp.domain.problem.InvalidInputException;
import org.kamcomp.domain.role.RoleProfile;
import org.kamcomp.domain.role.RoleProfile_;
import org.kamcomp.scoring.Crediting;

/**
 * Imports rows of one kind in one transaction. Every row is read and checked (types, references,
 * the model's rules, duplicates within the file) before the import counts as done; if any row is
 * bad, the transaction rolls back and every bad row is reported with its number. Records are
 * matched by their natural keys, so importing the same rows again changes nothing.
 */
@ApplicationScoped
@Transactional
public class Importer {

  private static final int CHUNK = 1000;

  /** The largest file an import takes: 50 MB (some 900,000 transactions). */
  public static final int MAX_FILE_BYTES = 50 * 1024 * 1024;

  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(Importer.class.getName());

  @PersistenceContext(unitName = "kam")
  EntityManager em;

  @Inject ParticipantRepository participants;
  @Inject PlanCatalog catalog;

  private final Clock clock = Clock.systemUTC();

  /** Reads CSV text and imports it. */
  public ImportResult importCsv(ImportKind kind, String csv, String importedBy) {
    return importCsv(kind, csv.getBytes(StandardCharsets.UTF_8), importedBy);
  }

  /**
   * Reads an uploaded CSV file, which must be UTF-8 (a byte-order mark is fine), and imports it.
   * The import log keeps the SHA-256 of the file's bytes.
   */
  public ImportResult importCsv(ImportKind kind, byte[] file, String importedBy) {
    long start = System.nanoTime();
    List<ImportRow> rows = CsvFormat.read(CsvFormat.decode(file));
    LOG.fine(() -> "read " + rows.size() + " CSV rows in " + millisSince(start) + " ms");
    return run(kind, rows, "CSV", sha256(file), importedBy);
  }

  private static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }

  /**
   * Imports rows already read (from JSON, numbered from 1).
   *
   * @param source the document the rows came from, for the import record's checksum
   */
  public ImportResult importRows(
      ImportKind kind, List<ImportRow> rows, String source, String importedBy) {
    return run(kind, rows, "JSON", sha256(source), importedBy);
  }

  /** The latest accepted imports, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ImportBatch> recent() {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<ImportBatch> q = cb.createQuery(ImportBatch.class);
    Root<ImportBatch> b = q.from(ImportBatch.class);
    q.select(b).orderBy(cb.desc(b.get(ImportBatch_.id)));
    return em.createQuery(q).setMaxResults(200).getResultList();
  }

  private ImportResult run(
      ImportKind kind, List<ImportRow> rows, String format, String sha256, String importedBy) {
    List<RowError> errors = new ArrayList<>();
    checkColumns(kind, rows, errors);
    if (!errors.isEmpty()) {
      throw new ImportRejectedException(errors);
    }
    Counts counts = new Counts();
    long start = System.nanoTime();
    switch (kind) {
      case PARTICIPANTS -> participants(rows, errors, counts);
      case ACCOUNTS -> accounts(rows, errors, counts);
      case ACCOUNT_TEAMS -> accountTeams(rows, errors, counts);
      case ASSIGNMENTS -> assignments(rows, errors, counts);
      case TARGETS -> targets(rows, errors, counts);
      case TRANSACTIONS -> transactions(rows, errors, counts);
      case RESULTS -> results(rows, errors, counts, importedBy);
    }
    if (!errors.isEmpty()) {
      errors.sort(Comparator.comparingInt(RowError::row).thenComparing(RowError::field));
      throw new ImportRejectedException(errors);
    }
    ImportResult result =
        new ImportResult(kind, rows.size(), counts.created, counts.updated, counts.unchanged);
    em.persist(new ImportBatch(result, format, sha256, importedBy, clock.instant()));
    LOG.info(
        () ->
            "Import of "
                + kind.slug()
                + " by "
                + importedBy
                + ": "
                + result
                + " checked and written in "
                + millisSince(start)
                + " ms (the commit follows)");
    return result;
  }

  private static final class Counts {
    int created;
    int updated;
    int unchanged;

    void count(boolean isNew, boolean changed) {
      if (isNew) {
        created++;
      } else if (changed) {
        updated++;
      } else {
        unchanged++;
      }
    }
  }

  private static void checkColumns(ImportKind kind, List<ImportRow> rows, List<RowError> errors) {
    Set<String> known = new HashSet<>(kind.required());
    known.addAll(kind.optional());
    Set<String> seen = new HashSet<>();
    for (ImportRow row : rows) {
      for (String column : row.values().keySet()) {
        if (!known.contains(column) && seen.add(column)) {
          errors.add(
              new RowError(
                  row.number(),
                  column,
                  "Unknown column \""
                      + column
                      + "\"; "
                      + kind.slug()
                      + " have the columns "
                      + kind.header()));
        }
      }
    }
  }

  /** Notes a row whose natural key an earlier row of the file already used. */
  private static <K> boolean firstOccurrence(
      Map<K, Integer> seen, K key, RowReader r, String column, String what) {
    Integer earlier = seen.putIfAbsent(key, r.number());
    if (earlier != null) {
      r.error(column, what + " is already in row " + earlier + " of this import");
      return false;
    }
    return true;
  }

  // --- participants -------------------------------------------------------------------------

  private record ParticipantRow(
      RowReader r,
      String username,
      String fullName,
      String email,
      String title,
      String manager,
      String roleProfile,
      BigDecimal baseSalary,
      Currency currency,
      LocalDate startDate) {}

  private void participants(List<ImportRow> rows, List<RowError> errors, Counts counts) {
    Map<String, ParticipantRow> byUsername = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (ImportRow row : rows) {
      RowReader r = new RowReader(row, errors);
      int before = errors.size();
      String username = r.text("username", true);
      if (username != null && !username.matches("[a-z0-9][a-z0-9._@-]{0,99}")) {
        r.error("username", "may hold lower-case letters, digits and . _ @ - only (at most 100)");
      }
      ParticipantRow p =
          new ParticipantRow(
              r,
              username,
              r.text("full_name", true),
              r.text("email", false),
              r.text("title", false),
              r.text("manager", false),
              r.text("role_profile", false),
              r.decimal("base_salary", false),
              r.currency("currency", true),
              r.date("start_date", true));
      if (p.email() != null && !p.email().matches("[^@\\s]+@[^@\\s]+")) {
        r.error("email", "\"" + p.email() + "\" is not an e-mail address");
      }
      if (p.baseSalary() != null && p.baseSalary().signum() < 0) {
        r.error("base_salary", "A base salary is not negative");
      }
      if (username != null && username.equals(p.manager())) {
        r.error("manager", "Nobody is their own manager");
      }
      if (username != null
          && firstOccurrence(seen, username, r, "username", username)
          && errors.size() == before) {
        byUsername.put(username, p);
      }
    }
    Map<String, Participant> existing =
        byKey(Participant.class, Participant_.username, collectNames(byUsername.values()));
    Map<String, RoleProfile> roles =
        byKey(
            RoleProfile.class,
            RoleProfile_.code,
            byUsername.values().stream()
                .map(ParticipantRow::roleProfile)
                .filter(Objects::nonNull)
                .toList());
    // Managers first: a row may name a manager further down the file.
    List<ParticipantRow> pending = new ArrayList<>(byUsername.values());
    boolean progress = true;
    while (!pending.isEmpty() && progress) {
      progress = false;
      for (var it = pending.iterator(); it.hasNext(); ) {
        ParticipantRow p = it.next();
        if (p.manager() != null
            && !existing.containsKey(p.manager())
            && byUsername.containsKey(p.manager())) {
          continue; // the manager's row comes first
        }
        it.remove();
        progress = true;
        applyParticipant(p, existing, roles, counts);
      }
    }
    for (ParticipantRow p : pending) {
      p.r().error("manager", p.manager() + " is part of a loop of managers in this import");
    }
  }

  private static List<String> collectNames(Collection<ParticipantRow> rows) {
    Set<String> names = new HashSet<>();
    for (ParticipantRow p : rows) {
      names.add(p.username());
      if (p.manager() != null) {
        names.add(p.manager());
      }
    }
    return List.copyOf(names);
  }

  private void applyParticipant(
      ParticipantRow p,
      Map<String, Participant> existing,
      Map<String, RoleProfile> roles,
      Counts counts) {
    Participant manager = null;
    if (p.manager() != null) {
      manager = existing.get(p.manager());
      if (manager == null) {
        p.r().error("manager", "No participant has the user name " + p.manager());
        return;
      }
    }
    RoleProfile role = null;
    if (p.roleProfile() != null) {
      role = roles.get(p.roleProfile());
      if (role == null) {
        p.r().error("role_profile", "No role profile has the code " + p.roleProfile());
        return;
      }
    }
    Participant current = existing.get(p.username());
    try {
      if (current == null) {
        Participant created =
            new Participant(
                p.username(),
                p.fullName(),
                p.email(),
                p.title(),
                p.currency(),
                p.startDate(),
                manager);
        created.revise(
            p.fullName(), p.email(), p.title(), p.currency(), p.startDate(), role, p.baseSalary());
        em.persist(created);
        em.flush(); // people below need the id for their manager path
        existing.put(p.username(), created);
        counts.count(true, true);
      } else {
        // A column the file does not have leaves that field as it is; an empty cell clears it.
        boolean changed =
            current.revise(
                p.fullName(),
                p.r().has("email") ? p.email() : current.getEmail(),
                p.r().has("title") ? p.title() : current.getTitle(),
                p.currency(),
                p.startDate(),
                p.r().has("role_profile") ? role : current.getRoleProfile().orElse(null),
                p.r().has("base_salary") ? p.baseSalary() : current.getBaseSalary().orElse(null));
        if (p.r().has("manager")) {
          changed |= participants.move(current, manager);
        }
        counts.count(false, changed);
      }
    } catch (IllegalArgumentException e) {
      p.r().error("manager", e.getMessage());
    }
  }

  // --- accounts -------------------------------------------------------------------------------

  private void accounts(List<ImportRow> rows, List<RowError> errors, Counts counts) {
    record AccountRow(RowReader r, String code, String name, AccountTier tier) {}
    List<AccountRow> good = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (ImportRow row : rows) {
      RowReader r = new RowReader(row, errors);
      int before = errors.size();
      var a =
          new AccountRow(
              r,
              r.text("code", true),
              r.text("name", true),
              r.choice("tier", AccountTier.class, true));
      if (a.code() != null && a.code().length() > 50) {
        r.error("code", "An account code has at most 50 characters");
      }
      if (a.code() != null
          && firstOccurrence(seen, a.code(), r, "code", "Account " + a.code())
          && errors.size() == before) {
        good.add(a);
      }
    }
    Map<String, Account> existing =
        byKey(Account.class, Account_.code, good.stream().map(AccountRow::code).toList());
    for (AccountRow a : good) {
      Account current = existing.get(a.code());
      if (current == null) {
        em.persist(new Account(a.code(), a.name(), a.tier()));
        counts.count(true, true);
      } else {
        counts.count(false, current.revise(a.name(), a.tier()));
      }
    }
  }

  // --- account teams --------------------------------------------------------------------------

  private void accountTeams(List<ImportRow> rows, List<RowError> errors, Counts counts) {
    record TeamRow(
        RowReader r,
        String account,
        String username,
        BigDecimal split,
        LocalDate from,
        LocalDate to,
        Crediting.Role role) {}
    List<TeamRow> good = new ArrayList<>();
    Map<List<Object>, Integer> seen = new HashMap<>();
    for (ImportRow row : rows) {
      RowReader r = new RowReader(row, errors);
      int before = errors.size();
      var t =
          new TeamRow(
              r,
              r.text("account", true),
              r.text("username", true),
              r.decimal("split_percent", true),
              r.date("valid_from", true),
              r.date("valid_to", false),
              r.choice("role", Crediting.Role.class, false));
      if (errors.size() == before
          && firstOccurrence(
              seen,
              List.of(t.account(), t.username(), t.from()),
              r,
              "valid_from",
              t.username() + " on " + t.account() + " from " + t.from())) {
        good.add(t);
      }
    }
    Map<String, Account> accounts =
        byKey(Account.class, Account_.code, good.stream().map(TeamRow::account).toList());
    Map<String, Participant> people =
        byKey(
            Participant.class,
            Participant_.username,
            good.stream().map(TeamRow::username).toList());
    Map<String, RowReader> firstRowOf = new LinkedHashMap<>();
    for (TeamRow t : good) {
      Account account = accounts.get(t.account());
      Participant person = people.get(t.username());
      if (account == null) {
        t.r().error("account", "No account has the code " + t.account());
      }
      if (person == null) {
        t.r().error("username", "No participant has the user name " + t.username());
      }
      if (account == null || person == null) {
        continue;
      }
      firstRowOf.putIfAbsent(account.getCode(), t.r());
      try {
        var current =
            account.getTeam().stream()
                .filter(
                    m ->
                        m.getParticipant().getId().equals(person.getId())
                            && m.getValidFrom().equals(t.from()))
                .findFirst();
        // An absent column keeps what the place has; a new place is primary unless it says not.
        LocalDate to =
            t.r().has("valid_to") || current.isEmpty() ? t.to() : current.get().getValidTo();
        Crediting.Role role =
            t.r().has("role") && t.role() != null
                ? t.role()
                : current.map(m -> m.getRole()).orElse(Crediting.Role.PRIMARY);
        boolean changed = account.assign(person, t.split(), t.from(), to, role);
        counts.count(current.isEmpty(), changed);
      } catch (InvalidInputException e) {
        t.r().rejected(e);
      }
    }
    // Checked once every row is in, so that moving a split between people is never refused.
    firstRowOf.forEach(
        (code, r) -> {
          String over = accounts.get(code).primarySplitsAbove100();
          if (over != null) {
            r.error(
                "split_percent",
                "The primary splits on "
                    + code
                    + " add up to more than 100 % "
                    + over
                    + "; primary splits never exceed 100 % on any day: make a place an overlay"
                    + " (role overlay) or lower a split");
          }
        });
  }

  // --- assignments and targets ----------------------------------------------------------------

  private void assignments(List<ImportRow> rows, List<RowError> errors, Counts counts) {
    record AssignmentRow(
        RowReader r, String username, String plan, Integer number, LocalDate from, LocalDate to) {}
    List<AssignmentRow> good = new ArrayList<>();
    Map<List<Object>, Integer> seen = new HashMap<>();
    for (ImportRow row : rows) {
      RowReader r = new RowReader(row, errors);
      int before = errors.size();
      var a =
          new AssignmentRow(
              r,
              r.text("username", true),
              r.text("plan", true),
              r.integer("plan_version", true),
              r.date("valid_from", true),
              r.date("valid_to", true));
      if (errors.size() == before
          && firstOccurrence(
              seen,
              List.of(a.username(), a.plan(), a.from()),
              r,
              "valid_from",
              "The assignment of " + a.username() + " to " + a.plan() + " from " + a.from())) {
        good.add(a);
      }
    }
    Map<String, Participant> people =
        byKey(
            Participant.class,
            Participant_.username,
            good.stream().map(AssignmentRow::username).toList());
    Map<String, List<PlanAssignment>> current = assignmentsOf(people.values());
    for (AssignmentRow a : good) {
      Participant person = people.get(a.username());
      if (person == null) {
        a.r().error("username", "No participant has the user name " + a.username());
        continue;
      }
      PlanVersion version = catalog.findVersion(a.plan(), a.number()).orElse(null);
      if (version == null) {
        a.r().error("plan_version", "Plan " + a.plan() + " has no version " + a.number());
        continue;
      }
      List<PlanAssignment> theirs = current.computeIfAbsent(a.username(), u -> new ArrayList<>());
      PlanAssignment same =
          theirs.stream()
              .filter(
                  x ->
                      x.getPlanVersion().getPlan().getCode().equals(a.plan())
                          && x.getValidFrom().equals(a.from()))
              .findFirst()
              .orElse(null);
      try {
        if (same == null) {
          PlanAssignment created = PlanAssignment.assign(person, version, a.from(), a.to(), theirs);
          em.persist(created);
          theirs.add(created);
          counts.count(true, true);
        } else if (same.getPlanVersion().getNumber() != a.number()) {
          a.r()
              .error(
                  "plan_version",
                  "This assignment is to version "
                      + same.getPlanVersion().getNumber()
                      + "; to move to another version, end it and start a new one");
        } else {
          counts.count(false, same.endOn(a.to(), theirs));
        }
      } catch (InvalidInputException e) {
        a.r().rejected(e);
      }
    }
  }

  private void targets(List<ImportRow> rows, List<RowError> errors, Counts counts) {
    record TargetRow(
        RowReader r,
        String username,
        String plan,
        String measure,
        LocalDate periodEnd,
        BigDecimal target) {}
    List<TargetRow> good = new ArrayList<>();
    Map<List<Object>, Integer> seen = new HashMap<>();
    for (ImportRow row : rows) {
      RowReader r = new RowReader(row, errors);
      int before = errors.size();
      var t =
          new TargetRow(
              r,
              r.text("username", true),
              r.text("plan", true),
              r.text("measure", true),
              r.date("period_end", true),
              r.decimal("target", true));
      if (errors.size() == before
          && firstOccurrence(
              seen,
              List.of(t.username(), t.plan(), t.measure(), t.periodEnd()),
              r,
              "period_end",
              "The target of " + t.username() + " on " + t.measure() + " to " + t.periodEnd())) {
        good.add(t);
      }
    }
    Map<String, Participant> people =
        byKey(
            Participant.class,
            Participant_.username,
            good.stream().map(TargetRow::username).toList());
    Map<String, List<PlanAssignment>> current = assignmentsOf(people.values());
    for (TargetRow t : good) {
      if (!people.containsKey(t.username())) {
        t.r().error("username", "No participant has the user name " + t.username());
        continue;
      }
      PlanAssignment assignment =
          current.getOrDefault(t.username(), List.of()).stream()
              .filter(
                  a ->
                      a.getPlanVersion().getPlan().getCode().equals(t.plan())
                          && !t.periodEnd().isBefore(a.getValidFrom())
                          && !t.periodEnd()
                              .isAfter(a.targetPeriod().endOfPeriodContaining(a.getValidTo())))
              .findFirst()
              .orElse(null);
      if (assignment == null) {
        t.r()
            .error(
                "period_end",
                t.username()
                    + " has no assignment to plan "
                    + t.plan()
                    + " for the period ending "
                    + t.periodEnd()
                    + "; import the assignment first");
        continue;
      }
      try {
        boolean isNew =
            assignment.getTargets().stream()
                .noneMatch(
                    x ->
                        x.getMeasureCode().equals(t.measure())
                            && x.getPeriodEnd().equals(t.periodEnd()));
        counts.count(isNew, assignment.setTarget(t.measure(), t.periodEnd(), t.target()));
      } catch (InvalidInputException e) {
        t.r().rejected(e);
      }
    }
  }

  private Map<String, List<PlanAssignment>> assignmentsOf(Collection<Participant> people) {
    Map<String, List<PlanAssignment>> byUsername = new HashMap<>();
    if (people.isEmpty()) {
      return byUsername;
    }
    // Locks the people whose assignments change, so two imports cannot add overlapping ones.
    List<Participant> all = new ArrayList<>(people);
    for (int i = 0; i < all.size(); i += CHUNK) {
      List<Long> ids =
          all.subList(i, Math.min(all.size(), i + CHUNK)).stream().map(Participant::getId).toList();
      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<Participant> lock = cb.createQuery(Participant.class);
      Root<Participant> lp = lock.from(Participant.class);
      em.createQuery(lock.select(lp).where(lp.get(Participant_.id).in(ids)))
          .setLockMode(LockModeType.PESSIMISTIC_WRITE)
          .getResultList();
      CriteriaQuery<PlanAssignment> q = cb.createQuery(PlanAssignment.class);
      Root<PlanAssignment> a = q.from(PlanAssignment.class);
      a.fetch(PlanAssignment_.planVersion).fetch(PlanVersion_.plan);
      q.select(a).where(a.get(PlanAssignment_.participant).get(Participant_.id).in(ids));
      for (PlanAssignment x : em.createQuery(q).getResultList()) {
        byUsername.computeIfAbsent(x.getParticipant().getUsername(), u -> new ArrayList<>()).add(x);
      }
    }
    return byUsername;
  }

  // --- transactions ---------------------------------------------------------------------------

  private void transactions(List<ImportRow> rows, List<RowError> errors, Counts counts) {
    record TransactionRow(RowReader r, String id, String account, SalesTransaction.Facts facts) {}
    List<TransactionRow> good = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (ImportRow row : rows) {
      RowReader r = new RowReader(row, errors);
      int before = errors.size();
      String id = r.text("id", true);
      String account = r.text("account", true);
      Integer term = r.integer("contract_term_months", false);
      var facts =
          new SalesTransaction.Facts(
              r.date("booking_date", true),
              r.decimal("amount", true),
              r.decimal("margin", false),
              r.currency("currency", true),
              term == null ? 12 : term,
              r.decimal("first_year_amount", false),
              r.date("cancelled_on", false));
      if (errors.size() == before) {
        facts.problems().forEach(e -> r.error(e.field(), e.message()));
      }
      if (id != null && id.length() > 100) {
        r.error("id", "A transaction id has at most 100 characters");
      }
      if (errors.size() == before && firstOccurrence(seen, id, r, "id", "Transaction " + id)) {
        good.add(new TransactionRow(r, id, account, facts));
      }
    }
    // Detached after the first chunk, which is fine: a new transaction needs only their id.
    Map<String, Account> accounts =
        byKey(Account.class, Account_.code, good.stream().map(TransactionRow::account).toList());
    for (TransactionRow t : good) {
      if (!accounts.containsKey(t.account())) {
        t.r().error("account", "No account has the code " + t.account());
      }
    }
    if (!errors.isEmpty()) {
      return; // a rejected file: nothing to write
    }
    for (int i = 0; i < good.size(); i += CHUNK) {
      List<TransactionRow> chunk = good.subList(i, Math.min(good.size(), i + CHUNK));
      Map<String, SalesTransaction> existing =
          byKey(
              SalesTransaction.class,
              SalesTransaction_.externalId,
              chunk.stream().map(TransactionRow::id).toList());
      for (TransactionRow t : chunk) {
        Account account = accounts.get(t.account());
        SalesTransaction current = existing.get(t.id());
        if (current == null) {
          em.persist(new SalesTransaction(t.id(), account, t.facts()));
          counts.count(true, true);
        } else {
          SalesTransaction.Facts facts = kept(t.r(), t.facts(), current.facts());
          List<org.kamcomp.domain.problem.FieldError> problems = facts.problems();
          if (problems.isEmpty()) {
            counts.count(false, current.revise(account, facts));
          } else {
            problems.forEach(e -> t.r().error(e.field(), e.message()));
          }
        }
      }
      // Keeps the persistence context small: a large file is written in chunks.
      em.flush();
      em.clear();
    }
  }

  /** The facts of a row, a column the file does not have keeping the transaction's own. */
  private static SalesTransaction.Facts kept(
      RowReader r, SalesTransaction.Facts row, SalesTransaction.Facts current) {
    return new SalesTransaction.Facts(
        row.bookingDate(),
        row.amount(),
        r.has("margin") ? row.margin() : current.margin(),
        row.currency(),
        r.has("contract_term_months") ? row.contractTermMonths() : current.contractTermMonths(),
        r.has("first_year_amount") ? row.firstYearAmount() : current.firstYearAmount(),
        r.has("cancelled_on") ? row.cancelledOn() : current.cancelledOn());
  }

  // --- results and ratings --------------------------------------------------------------------

  private void results(
      List<ImportRow> rows, List<RowError> errors, Counts counts, String importedBy) {
    record ResultRow(
        RowReader r,
        String username,
        String measure,
        LocalDate periodEnd,
        BigDecimal value,
        String comment) {}
    List<ResultRow> good = new ArrayList<>();
    Map<List<Object>, Integer> seen = new HashMap<>();
    for (ImportRow row : rows) {
      RowReader r = new RowReader(row, errors);
      int before = errors.size();
      var x =
          new ResultRow(
              r,
              r.text("username", true),
              r.text("measure", true),
              r.date("period_end", true),
              r.decimal("value", true),
              r.text("comment", false));
      if (errors.size() == before
          && firstOccurrence(
              seen,
              List.of(x.username(), x.measure(), x.periodEnd()),
              r,
              "period_end",
              "The result of " + x.username() + " on " + x.measure() + " to " + x.periodEnd())) {
        good.add(x);
      }
    }
    Map<String, Participant> people =
        byKey(
            Participant.class,
            Participant_.username,
            good.stream().map(ResultRow::username).toList());
    Map<List<Object>, MeasureResult> existing = new HashMap<>();
    if (!people.isEmpty()) {
      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<MeasureResult> q = cb.createQuery(MeasureResult.class);
      Root<MeasureResult> m = q.from(MeasureResult.class);
      m.fetch(MeasureResult_.participant);
      q.select(m).where(m.get(MeasureResult_.participant).in(people.values()));
      for (MeasureResult mr : em.createQuery(q).getResultList()) {
        existing.put(
            List.of(mr.getParticipant().getUsername(), mr.getMeasureCode(), mr.getPeriodEnd()), mr);
      }
    }
    Instant now = clock.instant();
    Map<String, List<PlanAssignment>> plans = assignmentsOf(people.values());
    for (ResultRow x : good) {
      Participant person = people.get(x.username());
      if (person == null) {
        x.r().error("username", "No participant has the user name " + x.username());
        continue;
      }
      String problem =
          resultProblem(
              plans.getOrDefault(x.username(), List.of()), x.measure(), x.periodEnd(), x.value());
      if (problem != null) {
        x.r().error(problem.startsWith("A rating") ? "value" : "measure", problem);
        continue;
      }
      MeasureResult current = existing.get(List.of(x.username(), x.measure(), x.periodEnd()));
      if (current == null) {
        em.persist(
            new MeasureResult(
                person, x.measure(), x.periodEnd(), x.value(), x.comment(), importedBy, now));
        counts.count(true, true);
      } else {
        String comment = x.r().has("comment") ? x.comment() : current.getComment();
        counts.count(false, current.record(x.value(), comment, importedBy, now));
      }
    }
  }

  /**
   * Why a result cannot be recorded, or null: the measure must be on the plan the person is
   * assigned to at the period end, recorded rather than computed from transactions, and a rating
   * must lie on the measure's scale.
   */
  private static String resultProblem(
      List<PlanAssignment> assignments, String measure, LocalDate periodEnd, BigDecimal value) {
    for (PlanAssignment a : assignments) {
      if (periodEnd.isBefore(a.getValidFrom())
          || periodEnd.isAfter(a.targetPeriod().endOfPeriodContaining(a.getValidTo()))) {
        continue;
      }
      var m =
          a.getPlanVersion().scorecard().measures().stream()
              .filter(d -> d.code().equals(measure))
              .findFirst()
              .orElse(null);
      if (m == null) {
        return "Plan " + a.getPlanVersion().getPlan().getCode() + " has no measure " + measure;
      }
      if (m.data().fromTransactions()) {
        return "\""
            + m.name()
            + "\" is computed from the credited transactions; import those instead of a result";
      }
      if (m.data() == MeasureData.RATING) {
        return m.ratingProblem(value);
      }
      return null;
    }
    return "There is no plan assignment on " + periodEnd + " with a measure " + measure;
  }

  // --- lookups --------------------------------------------------------------------------------

  /** The entities whose key attribute is among {@code keys}, by key, read in chunks. */
  private <E> Map<String, E> byKey(
      Class<E> type, SingularAttribute<? super E, String> key, Collection<String> keys) {
    Map<String, E> found = new HashMap<>();
    List<String> distinct = keys.stream().filter(Objects::nonNull).distinct().toList();
    for (int i = 0; i < distinct.size(); i += CHUNK) {
      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
      Root<E> root = q.from(type);
      q.multiselect(root.get(key), root)
          .where(root.get(key).in(distinct.subList(i, Math.min(distinct.size(), i + CHUNK))));
      for (Object[] row : em.createQuery(q).getResultList()) {
        @SuppressWarnings("unchecked")
        E entity = (E) row[1];
        found.put((String) row[0], entity);
      }
    }
    return found;
  }

  static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
